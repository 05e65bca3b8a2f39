package io.github.cosxml.core.xml;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates an XML Schema regular expression ({@code xs:pattern}) into a
 * {@link java.util.regex.Pattern}. XSD patterns are implicitly anchored (use
 * {@link java.util.regex.Matcher#matches()}). What the translation changes:
 * <ul>
 * <li>{@code ^} and {@code $} are ordinary characters;</li>
 * <li>{@code \d} is any Unicode decimal digit ({@code \p{Nd}}), not only {@code 0-9}, and {@code \D} its
 * complement;</li>
 * <li>{@code \w} is every character but punctuation, separators and "other" ({@code \p{P}}, {@code \p{Z}},
 * {@code \p{C}}), so it takes any letter, mark, number or symbol but not {@code _}; {@code \W} is its
 * complement;</li>
 * <li>{@code \i}, {@code \c} (and their negations) are XML name classes;</li>
 * <li>{@code \p{IsBlock}} names a Unicode block;</li>
 * <li>{@code [a-z-[aeiou]]} subtracts a class.</li>
 * </ul>
 * The rest (literals, {@code \s}, {@code \p{Lu}}, groups, quantifiers) is copied as written.
 */
public final class XsdRegex {

    private static final String NAME_START = "_:A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D"
            + "\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
    private static final String NAME_CHAR = NAME_START + "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
    /**
     * XSD's {@code \w}, {@code [#x0000-#x10FFFF]-[\p{P}\p{Z}\p{C}]}, spelled as the other four general categories
     * (Java's {@code \p{C}} includes unassigned code points, so the seven cover each code point once). A nested
     * {@code [^\p{P}\p{Z}\p{C}]} would be wrong inside {@code [^...]} on Java 8, which does not negate nested classes.
     */
    private static final String WORD = "\\p{L}\\p{M}\\p{N}\\p{S}";
    private static final String NON_WORD = "\\p{P}\\p{Z}\\p{C}";

    private XsdRegex() {
    }

    /**
     * Compiles an XSD pattern.
     *
     * @param xsdPattern the pattern as written in the schema
     * @return the Java pattern
     * @throws IllegalArgumentException if the pattern is not valid
     */
    public static Pattern compile(String xsdPattern) {
        String java = toJava(xsdPattern);
        try {
            return Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid xs:pattern '" + xsdPattern + "': " + e.getDescription(), e);
        }
    }

    /**
     * Translates an XSD pattern to Java regex syntax.
     *
     * @param xsd the XSD pattern
     * @return the Java regex
     */
    public static String toJava(String xsd) {
        StringBuilder java = new StringBuilder(xsd.length() + 16);
        int classDepth = 0;
        for (int i = 0; i < xsd.length(); i++) {
            char c = xsd.charAt(i);
            if (c == '\\' && i + 1 < xsd.length()) {
                char next = xsd.charAt(++i);
                switch (next) {
                    case 'd':
                        java.append("\\p{Nd}");
                        break;
                    case 'D':
                        java.append("\\P{Nd}");
                        break;
                    case 'w':
                        java.append(classDepth > 0 ? WORD : "[" + WORD + "]");
                        break;
                    case 'W':
                        java.append(classDepth > 0 ? NON_WORD : "[" + NON_WORD + "]");
                        break;
                    case 'i':
                        java.append(classDepth > 0 ? NAME_START : "[" + NAME_START + "]");
                        break;
                    case 'I':
                        java.append("[^").append(NAME_START).append(']');
                        break;
                    case 'c':
                        java.append(classDepth > 0 ? NAME_CHAR : "[" + NAME_CHAR + "]");
                        break;
                    case 'C':
                        java.append("[^").append(NAME_CHAR).append(']');
                        break;
                    case 'p':
                    case 'P':
                        java.append('\\').append(next);
                        if (xsd.startsWith("{Is", i + 1)) {
                            java.append("{In");
                            i += 3;
                        }
                        break;
                    default:
                        java.append('\\').append(next);
                        break;
                }
            } else if (c == '[') {
                if (classDepth > 0) {
                    java.append("&&[^"); // reached only through "-[": class subtraction
                } else {
                    java.append('[');
                }
                classDepth++;
            } else if (c == ']') {
                classDepth--;
                java.append(']');
            } else if (c == '-' && classDepth > 0 && i + 1 < xsd.length() && xsd.charAt(i + 1) == '[') {
                // subtraction: "-[" becomes "&&[^" when the '[' is processed
            } else if ((c == '^' && classDepth == 0) || c == '$') {
                java.append('\\').append(c);
            } else if (c == '&' && classDepth > 0) {
                java.append("\\&");
            } else {
                java.append(c);
            }
        }
        return java.toString();
    }
}
