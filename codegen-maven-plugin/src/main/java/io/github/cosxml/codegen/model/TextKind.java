package io.github.cosxml.codegen.model;

/**
 * What a value kept as text is to XML Schema's facets, by its type's primitive type: length
 * facets count the characters of text, the octets of {@code xs:hexBinary} and
 * {@code xs:base64Binary}, and the items of a list; bounds apply to the number a numeric text
 * stands for.
 */
public enum TextKind {
    /** Characters: string types, and everything not listed below. */
    TEXT,
    /** A number: {@code xs:decimal}, {@code xs:float}, {@code xs:double} and their derivations. */
    NUMBER,
    /** {@code xs:hexBinary}: lengths count octets. */
    HEX_BINARY,
    /** {@code xs:base64Binary}: lengths count decoded octets. */
    BASE64_BINARY,
    /** A list ({@code xs:list}, {@code xs:NMTOKENS}, {@code xs:IDREFS}, {@code xs:ENTITIES}): lengths count items. */
    LIST
}
