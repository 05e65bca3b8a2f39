package io.github.cosxml.codegen.model;

/**
 * What a value kept as text is to XML Schema's facets, by its type's primitive type: length
 * facets count the characters of text, the octets of {@code xs:hexBinary} and
 * {@code xs:base64Binary}, and the items of a list; bounds apply to the number a numeric text
 * stands for, bounds on dates and times to the instants they stand for; names, language tags,
 * durations, binary data, dates and times have a lexical form of their own.
 */
public enum TextKind {
    /** Characters: string types, and everything not listed below. */
    TEXT,
    /** {@code xs:float} and its restrictions: compared as single-precision values. */
    FLOAT,
    /** {@code xs:double} and its restrictions: compared as double-precision values. */
    DOUBLE,
    /** An integer: {@code xs:integer} and its derivations ({@code xs:int}, {@code xs:unsignedByte}, ...). */
    INTEGER,
    /** A decimal number without exponent: {@code xs:decimal} and its restrictions that are not integers. */
    DECIMAL,
    /** {@code xs:boolean} kept as text: a member type of a union, whose values are kept as text. */
    BOOLEAN,
    /** {@code xs:hexBinary}: lengths count octets. */
    HEX_BINARY,
    /** {@code xs:base64Binary}: lengths count decoded octets. */
    BASE64_BINARY,
    /** A list kept as one value (an {@code xs:list} type as a whole): lengths count items. */
    LIST,
    /** {@code xs:NMTOKENS}: a list kept as one text, items {@code xs:NMTOKEN}; lengths count items. */
    NMTOKENS,
    /** {@code xs:IDREFS}, {@code xs:ENTITIES}: a list kept as one text, items {@code xs:NCName}; lengths count items. */
    NCNAMES,
    /** {@code xs:NCName}, {@code xs:ID}, {@code xs:IDREF}, {@code xs:ENTITY}: an XML name without {@code ':'}. */
    NCNAME,
    /** {@code xs:Name}: an XML name. */
    NAME,
    /** {@code xs:QName}: an {@code xs:NCName} with an optional prefix; whether the prefix is bound is not checked. */
    QNAME,
    /** {@code xs:NMTOKEN}: XML name characters. */
    NMTOKEN,
    /** {@code xs:language}: a language tag. */
    LANGUAGE,
    /** {@code xs:duration}: {@code PnYnMnDTnHnMnS}. */
    DURATION,
    /** {@code xs:gYear}. */
    G_YEAR,
    /** {@code xs:gYearMonth}. */
    G_YEAR_MONTH,
    /** {@code xs:gMonth}. */
    G_MONTH,
    /** {@code xs:gDay}. */
    G_DAY,
    /** {@code xs:gMonthDay}. */
    G_MONTH_DAY,
    /**
     * {@code xs:dateTime} and its restrictions: bounds are dates and times ({@link CalendarBounds}),
     * for typed values ({@code OffsetDateTime}) as for text (a {@code jaxb:javaType}'s printed text).
     */
    DATE_TIME,
    /** {@code xs:date}: like {@link #DATE_TIME}, for {@code LocalDate}. */
    DATE,
    /** {@code xs:time}: like {@link #DATE_TIME}, for {@code OffsetTime}. */
    TIME;

    /**
     * Whether {@code validate()} checks the lexical form of this kind's values kept as text (numbers,
     * booleans, binary data, names, language tags, durations, dates and times), so that a value needs
     * its facets checked even when the type declares none.
     *
     * @return true for kinds with a lexical form of their own
     */
    public boolean checksLexicalForm() {
        return this != TEXT && this != LIST;
    }

    /**
     * Whether values of this kind are dates or times, whose bounds are {@link CalendarBounds}; unlike
     * other kinds, these apply to typed values too ({@code OffsetDateTime}, {@code LocalDate},
     * {@code OffsetTime}), which the runtime compares with the bounds as dates and times.
     *
     * @return true for {@link #DATE_TIME}, {@link #DATE} and {@link #TIME}
     */
    public boolean isCalendar() {
        return this == DATE_TIME || this == DATE || this == TIME;
    }

    /**
     * Whether values of this kind are numbers, which the schema compares by value ({@code 02} is
     * {@code 2}).
     *
     * @return true for {@link #FLOAT}, {@link #DOUBLE}, {@link #INTEGER} and {@link #DECIMAL}
     */
    public boolean isNumeric() {
        return this == FLOAT || this == DOUBLE || this == INTEGER || this == DECIMAL;
    }
}
