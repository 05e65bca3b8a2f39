package io.github.cosxml.core.xml;

/**
 * The number of octets in the text of an {@code xs:hexBinary} or {@code xs:base64Binary} value,
 * by the rules of the JDK's XSD validator (Xerces), without decoding it.
 */
final class BinaryOctets {
    private BinaryOctets() {
    }

    /**
     * The octets of hex text: two hex digits each.
     *
     * @param text the text, after whitespace collapsing
     * @return the number of octets, or -1 if the text is not an even number of hex digits
     */
    static int ofHex(String text) {
        if (text.length() % 2 != 0) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isHexDigit(text.charAt(i))) {
                return -1;
            }
        }
        return text.length() / 2;
    }

    /**
     * The decoded octets of base64 text. Whitespace anywhere does not count; what is left must be
     * groups of four characters of the base64 alphabet, the last group padded with one or two
     * {@code =}, whose unused bits must be zero.
     *
     * @param text the text
     * @return the number of octets, or -1 if the text is not base64
     */
    static int ofBase64(String text) {
        StringBuilder data = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!TextKind.isXmlSpace(text.charAt(i))) {
                data.append(text.charAt(i));
            }
        }
        int length = data.length();
        if (length % 4 != 0) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        for (int i = 0; i < length - 2; i++) {
            if (sextet(data.charAt(i)) < 0) {
                return -1;
            }
        }
        int third = sextet(data.charAt(length - 2));
        int fourth = sextet(data.charAt(length - 1));
        int full = (length / 4 - 1) * 3;
        if (third >= 0 && fourth >= 0) {
            return full + 3;
        }
        if (third >= 0 && data.charAt(length - 1) == '=') {
            // "xyz=": the third character's last two bits are not part of an octet and must be zero
            return (third & 0x3) == 0 ? full + 2 : -1;
        }
        if (data.charAt(length - 2) == '=' && data.charAt(length - 1) == '=') {
            // "xy==": the second character's last four bits must be zero
            return (sextet(data.charAt(length - 3)) & 0xf) == 0 ? full + 1 : -1;
        }
        return -1;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }
}
