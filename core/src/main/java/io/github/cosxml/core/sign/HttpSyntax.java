package io.github.cosxml.core.sign;

/** The few pieces of HTTP syntax (RFC 9110) the signer checks. */
final class HttpSyntax {
    /** RFC 9110 tchar, by ASCII code: a table, since every header name of every request is checked. */
    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            TCHAR[c] = alnum || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
    }

    private HttpSyntax() {
    }

    /** Whether {@code s} is a non-empty RFC 9110 token (method names, header names). */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Letters, digits and '-' first, by range: nearly every name is made of them only.
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || (c >= '0' && c <= '9')) {
                continue;
            }
            if (c >= 128 || !TCHAR[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} holds neither CR, LF nor any surrogate: one pass that clears the common header
     * value, so that only the rare others are checked again for the precise error.
     */
    static boolean isOneLineWithoutSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without leading and trailing spaces and tabs (HTTP optional whitespace). */
    static String trimWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s} with CR and LF shown as {@code \r} and {@code \n}, for error messages. */
    static String visible(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
