package io.github.cosxml.core.xml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates an XML Schema regular expression ({@code xs:pattern}) into a
 * {@link java.util.regex.Pattern}. XSD patterns are implicitly anchored (use
 * {@link java.util.regex.Matcher#matches()}). What the translation changes:
 * <ul>
 * <li>{@code ^} and {@code $} are ordinary characters;</li>
 * <li>{@code .} is any character but {@code \n} and {@code \r};</li>
 * <li>{@code \s} is space, tab, line feed and carriage return only;</li>
 * <li>{@code \d} is any Unicode decimal digit ({@code \p{Nd}}), not only {@code 0-9}, and {@code \D} its
 * complement;</li>
 * <li>{@code \w} is every character but punctuation, separators and "other" ({@code \p{P}}, {@code \p{Z}},
 * {@code \p{C}}), so it takes any letter, mark, number or symbol but not {@code _}; {@code \W} is its
 * complement;</li>
 * <li>{@code \i}, {@code \c} (and their negations) are the name start and name characters of XML 1.0 fifth
 * edition (as XSD 1.1 has them), not the tables of XML 1.0 fourth edition that XSD 1.0 and the JDK's validator use:
 * a name may start with many more characters, such as U+2C00, U+3001 or U+F900, which the JDK's validator rejects.
 * This is on purpose: the fifth edition's classes are ranges that do not depend on a Unicode version, and take the
 * names that XML parsers of the fifth edition read;</li>
 * <li>{@code \p{IsBlock}} names a Unicode block of XSD (Unicode 3.1; see {@link XsdBlocks}), not of Java;</li>
 * <li>{@code [a-z-[aeiou]]} subtracts a class, and in {@code [^a-z-[aeiou]]} the {@code ^} negates
 * {@code a-z} only.</li>
 * </ul>
 * Character classes are written so that they mean the same on Java 8 and on Java 9 and later, which read a
 * {@code [^...]} that holds a nested class or {@code &&} differently (JDK-6609854, JDK-8275184): {@code ^} is only
 * ever written over plain characters, ranges and properties, and other complements become intersections. The
 * rest (literals, {@code \p{Lu}}, groups, quantifiers) keeps its meaning.
 *
 * <p>What Java would accept but XML Schema does not is rejected rather than given Java's meaning: lazy, possessive
 * and repeated quantifiers, {@code (?...)} groups, back-references and other escapes of letters and digits that XSD
 * does not define ({@code \b}, {@code \x41}, {@code \Q}, ...), properties other than XSD's categories and blocks,
 * and nested classes ({@code &&} in a class is two literal {@code &}). Outside a class, a backslash before any
 * other character but {@code <} and {@code >} stands for that character, as Java and the JDK's schema validator
 * read it, although XSD defines it only before metacharacters; inside a class, where the JDK's validator rejects
 * them, only XSD's own escapes are taken. XSD puts no limit on a quantifier's counts, {@code java.util.regex} counts
 * to {@link Integer#MAX_VALUE}: a minimum beyond that is rejected, a maximum beyond it is written as none.
 */
public final class XsdRegex {

    private static final String NAME_START = "_:A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D"
            + "\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
    private static final String NAME_CHAR = NAME_START + "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
    /**
     * XSD's {@code \w}, {@code [#x0000-#x10FFFF]-[\p{P}\p{Z}\p{C}]}, spelled as the other four general categories
     * (Java's {@code \p{C}} includes unassigned code points, so the seven cover each code point once).
     */
    private static final String WORD = "\\p{L}\\p{M}\\p{N}\\p{S}";
    private static final String NON_WORD = "\\p{P}\\p{Z}\\p{C}";
    /** XML Schema's single-character escapes (Part 2, F.1.1, SingleCharEsc): n, r, t and the metacharacters. */
    private static final String SINGLE_CHAR_ESCAPES = "nrt\\|.?*+(){}-[]^";
    private static final String JAVA_METACHARACTERS = "\\^$.|?*+()[]{}-&";
    private static final Pattern QUANTITY = Pattern.compile("\\{([0-9]+)(?:,([0-9]*))?}");
    /** The largest count of a quantifier that {@code java.util.regex} takes. */
    private static final BigInteger MOST_REPETITIONS = BigInteger.valueOf(Integer.MAX_VALUE);
    /**
     * The general categories XSD names (Part 2, F.1.1), and Cs, which the JDK's schema validator accepts too; Java
     * knows these and more.
     */
    private static final Pattern CATEGORY =
            Pattern.compile("L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|Z[slp]?|S[mcko]?|C[cfosn]?");
    private static final Pattern BLOCK = Pattern.compile("Is[a-zA-Z0-9-]+");
    /** XSD's {@code \s}; Java's also takes form feed and vertical tab. */
    private static final String SPACE = " \\t\\n\\r";
    /** XSD's {@code .}; Java's also excludes U+0085, U+2028 and U+2029. A class matches a whole surrogate pair. */
    private static final String ANY = "[^\\n\\r]";

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
     * @throws IllegalArgumentException if the pattern is not valid XSD; the message names the index and the fix
     */
    public static String toJava(String xsd) {
        return new Translator(xsd).translate();
    }

    /** Reads one XSD pattern from left to right and writes the Java regex. */
    private static final class Translator {

        private final String xsd;
        private final StringBuilder java;
        private int pos;

        Translator(String xsd) {
            this.xsd = xsd;
            this.java = new StringBuilder(xsd.length() + 16);
        }

        String translate() {
            regExp();
            if (pos < xsd.length()) { // only a ')' ends regExp() early
                throw fail(pos, "')' has no '(' before it; escape a literal ')' as '\\)'");
            }
            return java.toString();
        }

        /** Reads branches separated by {@code |}, up to the end or a {@code )}. */
        private void regExp() {
            branch();
            while (pos < xsd.length() && xsd.charAt(pos) == '|') {
                java.append('|');
                pos++;
                branch();
            }
        }

        private void branch() {
            while (pos < xsd.length() && xsd.charAt(pos) != '|' && xsd.charAt(pos) != ')') {
                atom();
                quantifier();
            }
        }

        private void atom() {
            char c = xsd.charAt(pos);
            if (c == '(') {
                group();
            } else if (c == '[') {
                java.append(classExpression().java());
            } else if (c == '.') {
                java.append(ANY);
                pos++;
            } else if (atClassEscape()) {
                java.append(classEscape().java());
            } else if ("?*+{".indexOf(c) >= 0) {
                throw fail(pos, "'" + c + "' has nothing to repeat; escape a literal '" + c + "' as '\\" + c + "'");
            } else if (c == ']' || c == '}') {
                throw fail(pos, "'" + c + "' is a metacharacter in XML Schema; escape a literal '" + c + "' as '\\" + c
                        + "'");
            } else {
                java.append(literal(singleChar(false)));
            }
        }

        private void group() {
            int open = pos++;
            if (pos < xsd.length() && xsd.charAt(pos) == '?') {
                throw fail(open, "'(?' is Java syntax (non-capturing groups, flags, look-around), not XML Schema;"
                        + " write a plain '(...)'");
            }
            java.append('(');
            regExp();
            if (pos >= xsd.length()) {
                throw fail(open, "'(' is not closed; add ')', or escape a literal '(' as '\\('");
            }
            java.append(')');
            pos++;
        }

        /** Reads the quantifier after an atom, if any. XSD allows one, and has no lazy or possessive forms. */
        private void quantifier() {
            if (pos >= xsd.length() || "?*+{".indexOf(xsd.charAt(pos)) < 0) {
                return;
            }
            java.append(xsd.charAt(pos) == '{' ? quantity() : xsd.substring(pos, ++pos));
            if (pos < xsd.length() && "?*+{".indexOf(xsd.charAt(pos)) >= 0) {
                char extra = xsd.charAt(pos);
                throw fail(pos, "'" + extra + "' after a quantifier; XML Schema has no lazy (*?), possessive (*+) or"
                        + " repeated quantifiers: remove it, or escape a literal '" + extra + "' as '\\" + extra + "'");
            }
        }

        /**
         * Reads {@code {n}}, {@code {n,}} or {@code {n,m}}. A maximum beyond what {@code java.util.regex} counts
         * ({@link Integer#MAX_VALUE}) is written as no maximum, the same on any Java string, which is never longer;
         * a minimum beyond it is rejected.
         */
        private String quantity() {
            Matcher quantity = QUANTITY.matcher(xsd).region(pos, xsd.length());
            if (!quantity.lookingAt()) {
                throw fail(pos, "'{' must start a quantifier such as {2}, {2,} or {2,5};"
                        + " escape a literal '{' as '\\{'");
            }
            BigInteger min = new BigInteger(quantity.group(1));
            String max = quantity.group(2);
            if (max != null && !max.isEmpty() && min.compareTo(new BigInteger(max)) > 0) {
                throw fail(pos, "the quantifier " + quantity.group() + " has its minimum above its maximum; swap them");
            }
            if (min.compareTo(MOST_REPETITIONS) > 0) {
                throw fail(pos, "the quantifier " + quantity.group() + " asks for more than " + MOST_REPETITIONS
                        + " repetitions, the most java.util.regex counts; use a smaller count");
            }
            pos = quantity.end();
            if (max != null && !max.isEmpty() && new BigInteger(max).compareTo(MOST_REPETITIONS) > 0) {
                return "{" + min + ",}";
            }
            return quantity.group();
        }

        /** Reads {@code [group]}, {@code [^group]} or either with {@code -[subtracted]} before the {@code ]}. */
        private CharSet classExpression() {
            int open = pos++;
            boolean negated = pos < xsd.length() && xsd.charAt(pos) == '^';
            if (negated) {
                pos++;
            }
            CharSet set = group(open);
            if (negated) {
                set = new Complement(set);
            }
            if (xsd.startsWith("-[", pos)) {
                pos++;
                set = new Difference(set, classExpression());
                if (pos < xsd.length() && xsd.charAt(pos) != ']') {
                    throw fail(pos, "a subtraction '-[...]' must end its class; close the class with ']' after it");
                }
            }
            if (pos >= xsd.length()) {
                throw fail(open, "'[' is not closed; add ']', or escape it as '\\['");
            }
            pos++;
            return set;
        }

        /** Reads the characters, ranges and escapes of a group up to its {@code ]} or {@code -[}. */
        private CharSet group(int open) {
            List<CharSet> members = new ArrayList<CharSet>();
            while (true) {
                if (pos >= xsd.length()) {
                    throw fail(open, "'[' is not closed; add ']', or escape it as '\\['");
                }
                if (xsd.charAt(pos) == ']' || xsd.startsWith("-[", pos)) {
                    if (members.isEmpty()) {
                        throw fail(pos, "a character class needs at least one character; escape a literal '"
                                + xsd.charAt(pos) + "' as '\\" + xsd.charAt(pos) + "'");
                    }
                    return union(members);
                }
                members.add(member(members.isEmpty()));
            }
        }

        /** Reads one character, range or class escape of a group. */
        private CharSet member(boolean first) {
            char c = xsd.charAt(pos);
            if (c == '[') {
                throw fail(pos, "'[' inside a character class; XML Schema has no nested classes, only subtraction"
                        + " as in [a-z-[aeiou]]; escape a literal '[' as '\\['");
            }
            if (c == '-' && !first && pos + 1 < xsd.length() && xsd.charAt(pos + 1) != ']') {
                throw fail(pos, "'-' is a literal only first or last in a character class; escape it as '\\-'");
            }
            if (atClassEscape()) {
                return classEscape();
            }
            int start = pos;
            int from = singleChar(true);
            if (!atRangeDash()) {
                return new Atoms(literal(from));
            }
            if (c == '-') {
                throw fail(start, "a range cannot start at an unescaped '-'; escape it as '\\-'");
            }
            pos++;
            if (xsd.charAt(pos) == '-' || atClassEscape()) {
                throw fail(pos, "a range must end in a single character; escape a literal '-' as '\\-'");
            }
            int to = singleChar(true);
            if (to < from) {
                throw fail(start, "the range '" + xsd.substring(start, pos) + "' ends before it starts; swap its ends");
            }
            return new Atoms(literal(from) + "-" + literal(to));
        }

        /** True at a '-' that makes a range: not the last character of the group and not a subtraction. */
        private boolean atRangeDash() {
            return pos + 1 < xsd.length() && xsd.charAt(pos) == '-' && xsd.charAt(pos + 1) != '['
                    && xsd.charAt(pos + 1) != ']';
        }

        /**
         * Reads a character, or a single-character escape such as {@code \n} or {@code \-}, as a code point. In a
         * class only XML Schema's own escapes are taken, as the JDK's schema validator takes them; outside one, also a
         * backslash before other punctuation, which it reads as the character, but not {@code \<} or {@code \>}.
         */
        private int singleChar(boolean inClass) {
            if (xsd.charAt(pos) != '\\') {
                int c = xsd.codePointAt(pos);
                pos += Character.charCount(c);
                return c;
            }
            if (pos + 1 >= xsd.length()) {
                throw fail(pos, "'\\' ends the pattern; escape a backslash as '\\\\'");
            }
            int c = xsd.codePointAt(pos + 1);
            if (c < 0x80 && Character.isLetterOrDigit(c) && "nrt".indexOf(c) < 0) {
                throw fail(pos, "'\\" + (char) c + "' is not an XML Schema escape (those are \\n \\r \\t,"
                        + " \\s \\S \\i \\I \\c \\C \\d \\D \\w \\W, \\p{..} \\P{..} and '\\' before a"
                        + " metacharacter); write the character itself");
            }
            if (SINGLE_CHAR_ESCAPES.indexOf(c) < 0 && (inClass || c == '<' || c == '>')) {
                throw fail(pos, "'\\" + new String(Character.toChars(c)) + "' is not an XML Schema escape ('\\' goes"
                        + " only before " + SINGLE_CHAR_ESCAPES.substring(3) + " and n r t); write the character itself");
            }
            pos += 1 + Character.charCount(c);
            return c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
        }

        private boolean atClassEscape() {
            return pos + 1 < xsd.length() && xsd.charAt(pos) == '\\'
                    && "sSiIcCdDwWpP".indexOf(xsd.charAt(pos + 1)) >= 0;
        }

        /** Reads a multi-character escape such as {@code \d} or a property such as {@code \p{Lu}}. */
        private CharSet classEscape() {
            char c = xsd.charAt(pos + 1);
            pos += 2;
            switch (c) {
                case 's':
                    return new Atoms(SPACE);
                case 'S':
                    return new Complement(new Atoms(SPACE));
                case 'i':
                    return new Atoms(NAME_START);
                case 'I':
                    return new Complement(new Atoms(NAME_START));
                case 'c':
                    return new Atoms(NAME_CHAR);
                case 'C':
                    return new Complement(new Atoms(NAME_CHAR));
                case 'd':
                    return new Atoms("\\p{Nd}");
                case 'D':
                    return new Atoms("\\P{Nd}");
                case 'w':
                    return new Atoms(WORD);
                case 'W':
                    return new Atoms(NON_WORD);
                default:
                    return property(c == 'P');
            }
        }

        /**
         * Reads the {@code {...}} after {@code \p} or {@code \P}: a general category, which Java reads as XSD does,
         * or {@code IsBlock}, one of XSD's blocks (see {@link XsdBlocks}).
         */
        private CharSet property(boolean complement) {
            int start = pos - 2;
            int close = xsd.indexOf('}', pos);
            if (!xsd.startsWith("{", pos) || close < 0) {
                throw fail(start, "'\\" + xsd.charAt(pos - 1) + "' needs a property in braces, such as \\p{Lu}"
                        + " or \\p{IsBasicLatin}");
            }
            String name = xsd.substring(pos + 1, close);
            pos = close + 1;
            if (CATEGORY.matcher(name).matches()) {
                return new Atoms((complement ? "\\P{" : "\\p{") + name + "}");
            }
            if (!BLOCK.matcher(name).matches()) {
                throw fail(start, "'" + name + "' is not an XML Schema property; write a general category such as Lu,"
                        + " Nd or P, or 'Is' and a Unicode block, such as IsBasicLatin");
            }
            String block = XsdBlocks.classMembers(name.substring(2));
            if (block == null) {
                throw fail(start, "'" + name.substring(2) + "' is not a Unicode block of XML Schema (the blocks of"
                        + " Unicode 3.1, spaces removed, case as written there); check the spelling, such as"
                        + " IsBasicLatin, IsLatin-1Supplement or IsCJKUnifiedIdeographs");
            }
            Atoms members = new Atoms(block);
            return complement ? new Complement(members) : members;
        }

        private IllegalArgumentException fail(int index, String problem) {
            return new IllegalArgumentException("invalid xs:pattern '" + xsd + "' at index " + index + ": " + problem);
        }
    }

    /**
     * Writes a code point for use in a Java character class or alone: what Java reads specially in either place
     * escaped, tab, line feed and carriage return as {@code \t \n \r}, other controls in hex.
     */
    private static String literal(int c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
        }
        if (c < 0x20 || c == 0x7F) {
            return "\\x{" + Integer.toHexString(c) + "}";
        }
        if (c < 0x80 && JAVA_METACHARACTERS.indexOf(c) >= 0) {
            return "\\" + (char) c;
        }
        return new String(Character.toChars(c));
    }

    /** The union of a group's members: their plain atoms merged into one, nested sets kept apart. */
    private static CharSet union(List<CharSet> members) {
        StringBuilder atoms = new StringBuilder();
        List<CharSet> operands = new ArrayList<CharSet>();
        for (CharSet member : members) {
            if (member instanceof Atoms) {
                atoms.append(((Atoms) member).atoms);
            } else {
                operands.add(member);
            }
        }
        if (atoms.length() > 0) {
            operands.add(0, new Atoms(atoms.toString()));
        }
        return operands.size() == 1 ? operands.get(0) : new Union(operands);
    }

    /**
     * A set of code points that writes itself and its complement as Java character classes whose meaning does not
     * depend on the Java version: {@code [^...]} only over {@link Atoms}, never around a nested class or
     * {@code &&}, and every {@code &&} operand but a leading plain one in brackets.
     */
    private abstract static class CharSet {

        /** This set as a Java character class. */
        abstract String java();

        /** The complement of this set as a Java character class. */
        abstract String complementJava();

        /** This set as one operand of a union or of {@code &&} inside a non-negated Java class. */
        String operand() {
            return java();
        }
    }

    /** Characters, ranges and properties, written one after the other as Java writes them in a class. */
    private static final class Atoms extends CharSet {

        final String atoms;

        Atoms(String atoms) {
            this.atoms = atoms;
        }

        @Override
        String java() {
            return "[" + atoms + "]";
        }

        @Override
        String complementJava() {
            return "[^" + atoms + "]";
        }

        @Override
        String operand() {
            return atoms;
        }
    }

    /** Every code point not in a set: {@code \I}, {@code \C}, or a negated group. */
    private static final class Complement extends CharSet {

        private final CharSet of;

        Complement(CharSet of) {
            this.of = of;
        }

        @Override
        String java() {
            return of.complementJava();
        }

        @Override
        String complementJava() {
            return of.java();
        }
    }

    /** A group with at least one member that is not plain atoms; its complement is the intersection of theirs. */
    private static final class Union extends CharSet {

        private final List<CharSet> members;

        Union(List<CharSet> members) {
            this.members = members;
        }

        @Override
        String java() {
            StringBuilder java = new StringBuilder("[");
            for (CharSet member : members) {
                java.append(member.operand());
            }
            return java.append(']').toString();
        }

        @Override
        String complementJava() {
            StringBuilder java = new StringBuilder("[");
            for (CharSet member : members) {
                java.append(java.length() > 1 ? "&&" : "").append(member.complementJava());
            }
            return java.append(']').toString();
        }
    }

    /** {@code minuend-[subtrahend]}. */
    private static final class Difference extends CharSet {

        private final CharSet minuend;
        private final CharSet subtrahend;

        Difference(CharSet minuend, CharSet subtrahend) {
            this.minuend = minuend;
            this.subtrahend = subtrahend;
        }

        @Override
        String java() {
            return "[" + minuend.operand() + "&&" + subtrahend.complementJava() + "]";
        }

        @Override
        String complementJava() {
            return "[" + subtrahend.operand() + minuend.complementJava() + "]";
        }
    }
}
