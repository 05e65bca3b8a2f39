package io.github.cosxml.core.xml;

/**
 * The XML Schema {@code whiteSpace} facet: how a simple type normalizes the whitespace of its
 * text before the value is read or checked. {@code xs:string} preserves it,
 * {@code xs:normalizedString} replaces it, {@code xs:token} and the types derived from it
 * collapse it. Only tab, line feed, carriage return and space count as whitespace.
 */
public enum WhiteSpace {
    /** The text is kept as it is. */
    PRESERVE,
    /** Each tab, line feed and carriage return becomes a space. */
    REPLACE,
    /** As {@link #REPLACE}, then runs of spaces become one and leading and trailing spaces go. */
    COLLAPSE;

    /**
     * Normalizes text by this rule.
     *
     * @param text the text, or null
     * @return the normalized text (the same instance when nothing changes), or null for null
     */
    public String apply(String text) {
        if (text == null || this == PRESERVE) {
            return text;
        }
        return this == REPLACE ? replace(text) : collapse(text);
    }

    private static String replace(String text) {
        if (!hasControlWhitespace(text)) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isSpace(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasControlWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean isCollapsed(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
            if (c == ' ' && (i == 0 || i == last || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
