package io.github.cosxml.core.xml;

import java.math.BigDecimal;

/**
 * What a value that generated code keeps as a {@code String} is to XML Schema, which decides how
 * {@link FacetSet} measures and compares it: the schema applies length facets to the octets of a
 * binary value and to the items of a list, not to the characters of the text, and bounds to the
 * number a numeric text stands for. Set with {@link FacetSet.Builder#textKind(TextKind)}.
 */
public enum TextKind {
    /** Text: length facets count characters (Unicode code points). The default. */
    TEXT("", null),
    /**
     * A number kept as text, such as the raw text of an enum of {@code xs:int}: bounds, digits,
     * enumeration and fixed values compare the number it stands for. Text that is not a number is
     * left to the other checks.
     */
    NUMBER("", null),
    /** {@code xs:hexBinary}: length facets count octets, two hex digits each. */
    HEX_BINARY(" octets", "xs:hexBinary (two hex digits per octet)"),
    /** {@code xs:base64Binary}: length facets count the decoded octets; whitespace does not count. */
    BASE64_BINARY(" octets", "xs:base64Binary (groups of four base64 characters)"),
    /**
     * A whitespace-separated list kept as one text ({@code xs:NMTOKENS}, {@code xs:IDREFS},
     * {@code xs:ENTITIES}): length facets count items.
     */
    LIST(" items", null);

    private final String unit;
    private final String datatype;

    TextKind(String unit, String datatype) {
        this.unit = unit;
        this.datatype = datatype;
    }

    /**
     * The length XML Schema gives a value of this kind.
     *
     * @param lexical the text, after the type's whitespace rule
     * @return characters, octets or items; -1 if the text is not binary data of this kind
     */
    int length(String lexical) {
        switch (this) {
            case HEX_BINARY:
                return BinaryOctets.ofHex(lexical);
            case BASE64_BINARY:
                return BinaryOctets.ofBase64(lexical);
            case LIST:
                return items(lexical);
            default:
                return lexical.codePointCount(0, lexical.length());
        }
    }

    /** What a length of this kind counts, for messages: empty for characters, else " octets" or " items". */
    String unit() {
        return unit;
    }

    /** The data type of a kind whose text can be invalid (binary data), for messages; else null. */
    String datatype() {
        return datatype;
    }

    /**
     * The number a text of this kind stands for.
     *
     * @param lexical the text, after the type's whitespace rule
     * @return the number, or null if this kind is not {@link #NUMBER} or the text is not a decimal number
     */
    BigDecimal number(String lexical) {
        if (this != NUMBER) {
            return null;
        }
        try {
            return new BigDecimal(lexical.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static int items(String text) {
        int items = 0;
        boolean inItem = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isXmlSpace(text.charAt(i));
            if (!space && !inItem) {
                items++;
            }
            inItem = !space;
        }
        return items;
    }

    static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
