package io.github.cosxml.core.xml;

/**
 * The characters an XML 1.0 document can hold (its production {@code Char}): what
 * {@link XmlWriter} refuses to write, for {@link Validation} to report before {@code toXml()}
 * would throw. The writers apply the same rule inside their escaping loops.
 */
final class XmlChars {

    private XmlChars() {
    }

    /**
     * The index of the first character XML 1.0 cannot hold: a control character other than tab,
     * line feed and carriage return, an unpaired surrogate, U+FFFE or U+FFFF.
     *
     * @param text the text
     * @return the index, or -1 when every character can be written
     */
    static int firstUnwritable(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c > 0xFFFD) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why {@code toXml()} cannot write the text, in the words of a violation.
     *
     * @param text the text, or null (none, so nothing to refuse)
     * @return the reason, or null when it can be written
     */
    static String unwritable(String text) {
        int at = text == null ? -1 : firstUnwritable(text);
        return at < 0 ? null : String.format("character U+%04X at index %d cannot be written in XML 1.0; remove it"
                + " or encode the value", (int) text.charAt(at), at);
    }
}
