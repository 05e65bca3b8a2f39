package io.github.cosxml.codegen.model;

/** The XML Schema built-in simple types the generator maps to Java types. */
public enum Builtin {
    /** {@code xs:string} and string-derived types, unions: {@code String}. */
    STRING,
    /** {@code xs:int}: {@code Integer}. */
    INT,
    /** {@code xs:long}: {@code Long}. */
    LONG,
    /** {@code xs:short}: {@code Short}. */
    SHORT,
    /** {@code xs:byte}: {@code Byte}. */
    BYTE,
    /** {@code xs:integer} and unbounded integer types: {@code BigInteger}. */
    INTEGER,
    /** {@code xs:decimal}: {@code BigDecimal}. */
    DECIMAL,
    /** {@code xs:boolean}: {@code Boolean}. */
    BOOLEAN,
    /** {@code xs:double}: {@code Double}. */
    DOUBLE,
    /** {@code xs:float}: {@code Float}. */
    FLOAT,
    /** {@code xs:dateTime}: {@code OffsetDateTime}. */
    DATE_TIME,
    /** {@code xs:date}: {@code LocalDate}. */
    DATE,
    /** {@code xs:time}: {@code OffsetTime}. */
    TIME,
    /** {@code xs:duration}: {@code String} (kept as text). */
    DURATION,
    /** {@code xs:base64Binary}: {@code byte[]} is mutable, so kept as {@code String}. */
    BASE64_BINARY,
    /** {@code xs:anyURI}: {@code String}. */
    ANY_URI,
    /** {@code xs:QName}: {@code String} (prefix resolution is not supported). */
    QNAME
}
