package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayDeque;
import java.util.Deque;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.junit.jupiter.api.Test;

class XsdRegexTest {

    private static boolean matches(String xsd, String value) {
        return XsdRegex.compile(xsd).matcher(value).matches();
    }

    @Test
    void caretAndDollarAreLiteral() {
        assertThat(matches("^a$", "^a$")).isTrue();
        assertThat(matches("^a$", "a")).isFalse();
        assertThat(matches("[^a]", "b")).isTrue();
    }

    @Test
    void dotIsAnyCharacterButLineFeedAndCarriageReturn() {
        for (String any : new String[] {"a", " ", "\t", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C", "\u4E2D",
            "\uD83D\uDE00"}) {
            assertThat(matches(".", any)).as(". ~ U+%04X", any.codePointAt(0)).isTrue();
        }
        assertThat(matches(".", "\n")).isFalse();
        assertThat(matches(".", "\r")).isFalse();
        assertThat(matches("a.*b", "a\r\nb")).isFalse();
        assertThat(matches("..", "\uD83D\uDE00")).isFalse(); // one code point
        assertThat(matches("[.]", "a")).isFalse();
        assertThat(matches("\\.", "a")).isFalse();
    }

    @Test
    void spaceIsSpaceTabLineFeedAndCarriageReturn() {
        assertThat(matches("\\s+", " \t\n\r")).isTrue();
        for (String notSpace : new String[] {"\f", "\u000B", "\u00A0", "\u0085", "\u2028", "\u3000", "a"}) {
            assertThat(matches("\\s", notSpace)).as("\\s ~ U+%04X", (int) notSpace.charAt(0)).isFalse();
            assertThat(matches("\\S", notSpace)).as("\\S ~ U+%04X", (int) notSpace.charAt(0)).isTrue();
            assertThat(matches("[^\\s]", notSpace)).as("[^\\s] ~ U+%04X", (int) notSpace.charAt(0)).isTrue();
        }
        assertThat(matches("\\S", " ")).isFalse();
        assertThat(matches("[a\\S]", "\t")).isFalse();
        assertThat(matches("[^\\S]", "\f")).isFalse();
        assertReadTheSameOnJava8AndLater("[^a\\S]");
    }

    @Test
    void nameClasses() {
        assertThat(matches("\\i\\c*", "_ab-1.c")).isTrue();
        assertThat(matches("\\i\\c*", "1ab")).isFalse();
        assertThat(matches("[\\i]+", "ab")).isTrue();
        assertThat(matches("\\I", "1")).isTrue();
        assertThat(matches("\\C", " ")).isTrue();
    }

    @Test
    void classSubtractionAndBlocks() {
        assertThat(matches("[a-z-[aeiou]]+", "bcd")).isTrue();
        assertThat(matches("[a-z-[aeiou]]+", "bad")).isFalse();
        assertThat(matches("\\p{IsBasicLatin}+", "abc")).isTrue();
        assertThat(matches("\\p{IsBasicLatin}+", "\u00E9")).isFalse();
        assertThat(matches("[a&b]+", "a&b")).isTrue();
    }

    @Test
    void commonPatternsPassThrough() {
        assertThat(matches("\\d{4}-\\d{2}", "2024-01")).isTrue();
        assertThat(matches("(ap|na)-[a-z]+-\\d", "ap-guangzhou-1")).isTrue();
        assertThat(XsdRegex.toJava("a{2,3}|b?")).isEqualTo("a{2,3}|b?");
    }

    @Test
    void digitIsAnyUnicodeDecimalDigit() {
        assertThat(matches("-?\\d+,-?\\d+", "553,439")).isTrue();
        assertThat(matches("-?\\d+,-?\\d+", "\u0665\u0665\u0663,\u0664\u0663\u0669")).isTrue(); // Arabic-Indic 553,439
        assertThat(matches("\\d+", "\u0966\u06F1\u0E52\uFF13")).isTrue(); // Devanagari, Extended Arabic-Indic, Thai, fullwidth
        assertThat(matches("\\d", "\u00B2")).isFalse(); // superscript two: No, not Nd
        assertThat(matches("\\d", "\u2167")).isFalse(); // Roman numeral eight: Nl
        assertThat(matches("\\d", "\u4E00")).isFalse();
        assertThat(matches("\\D+", "a_\u4E2D\u00B2 ")).isTrue();
        assertThat(matches("\\D", "7")).isFalse();
        assertThat(matches("\\D", "\u0665")).isFalse();
    }

    @Test
    void digitInsideClasses() {
        assertThat(matches("[\\d,]+", "\u0665,3,\uFF10")).isTrue();
        assertThat(matches("[\\d,]+", "3;4")).isFalse();
        assertThat(matches("[^\\d]", "\u0665")).isFalse();
        assertThat(matches("[^\\d]", "x")).isTrue();
        assertThat(matches("[^\\D]", "\u0665")).isTrue();
        assertThat(matches("[^\\D]", "x")).isFalse();
        assertThat(matches("[\\D-[a]]", "\u4E2D")).isTrue();
        assertThat(matches("[\\D-[a]]", "a")).isFalse();
        assertThat(matches("[\\D-[a]]", "\u0665")).isFalse();
        assertThat(matches("[\\w-[\\d]]+", "ab")).isTrue();
        assertThat(matches("[\\w-[\\d]]+", "a\u0665")).isFalse();
    }

    @Test
    void wordIsEverythingButPunctuationSeparatorsAndOther() {
        assertThat(matches("\\w+", "\u4E2D\u6587")).isTrue(); // CJK letters
        assertThat(matches("\\w+", "e\u0301\u0665\u00B2\u2167$+\u00A9")).isTrue(); // marks, numbers, symbols
        assertThat(matches("\\w+", "a_b")).isFalse(); // '_' is punctuation (Pc)
        for (String notWord : new String[] {"_", "-", ",", "\u3002", " ", "\u00A0", "\u3000", "\t", "\n", "\u200B",
            "\uE000", "\u0378"}) {
            assertThat(matches("\\w", notWord)).as("\\w ~ U+%04X", (int) notWord.charAt(0)).isFalse();
            assertThat(matches("\\W", notWord)).as("\\W ~ U+%04X", (int) notWord.charAt(0)).isTrue();
        }
        assertThat(matches("\\W", "a")).isFalse();
        assertThat(matches("\\W", "\u4E2D")).isFalse();
        assertThat(matches("\\w+\\W\\w+", "\u4E2D_\u6587")).isTrue();
    }

    @Test
    void wordInsideClasses() {
        assertThat(matches("[\\w-]+", "\u4E2D-a")).isTrue();
        assertThat(matches("[\\w-]+", "a_b")).isFalse();
        assertThat(matches("[^\\w]+", "_ ,\u3002")).isTrue();
        assertThat(matches("[^\\w]", "\u4E2D")).isFalse();
        assertThat(matches("[\\w-[a]]+", "b\u4E2D")).isTrue();
        assertThat(matches("[\\w-[a]]", "a")).isFalse();
        assertThat(matches("[\\w-[a]]", "_")).isFalse();
        assertThat(matches("[\\W\\d]+", "_9\u0665 ")).isTrue();
        assertThat(matches("[\\W\\d]", "a")).isFalse();
        assertThat(matches("[^\\W]+", "\u4E2Da")).isTrue();
        assertThat(matches("[^\\W]", "_")).isFalse();
        // No nested class, which Java 8 would leave un-negated inside [^...].
        assertThat(XsdRegex.toJava("[^\\w]")).isEqualTo("[^\\p{L}\\p{M}\\p{N}\\p{S}]");
    }

    @Test
    void negationComesBeforeSubtraction() {
        // (not a-z) minus the vowels: neither a vowel nor any other letter a-z
        assertThat(matches("[^a-z-[aeiou]]", "a")).isFalse();
        assertThat(matches("[^a-z-[aeiou]]", "b")).isFalse();
        assertThat(matches("[^a-z-[aeiou]]", "A")).isTrue();
        assertThat(matches("[^a-z-[aeiou]]", "1")).isTrue();
        assertThat(XsdRegex.toJava("[^a-z-[aeiou]]")).isEqualTo("[[^a-z]&&[^aeiou]]");
        assertReadTheSameOnJava8AndLater("[^a-z-[aeiou]]");
    }

    @Test
    void nestedAndPositiveSubtraction() {
        // a-z minus (the vowels minus e): the consonants and e
        assertThat(matches("[a-z-[aeiou-[e]]]+", "bez")).isTrue();
        assertThat(matches("[a-z-[aeiou-[e]]]", "a")).isFalse();
        assertThat(matches("[a-z-[aeiou-[e]]]", "E")).isFalse();
        assertThat(matches("[a-z-[^aeiou]]+", "aeiou")).isTrue();
        assertThat(matches("[a-z-[^aeiou]]", "b")).isFalse();
        assertThat(matches("[^a-z-[^aeiou]]", "a")).isFalse(); // (not a-z) and a vowel: nothing
        assertThat(matches("[^a-z-[^aeiou]]", "1")).isFalse();
        assertReadTheSameOnJava8AndLater("[a-z-[aeiou-[e]]]");
        assertReadTheSameOnJava8AndLater("[^a-z-[^aeiou-[e]]]");
    }

    @Test
    void negatedGroupsWithEscapesThatAreComplements() {
        assertThat(matches("[^\\I]+", "_a:b")).isTrue(); // [^\I] is \i
        assertThat(matches("[^\\I]", "1")).isFalse();
        assertThat(matches("[^a\\I]", "b")).isTrue();
        assertThat(matches("[^a\\I]", "a")).isFalse();
        assertThat(matches("[^a\\I]", "1")).isFalse();
        assertThat(matches("[^\\C\\d]+", "a-.")).isTrue(); // name characters but digits
        assertThat(matches("[^\\C\\d]", "1")).isFalse();
        assertThat(matches("[^\\C\\d]", " ")).isFalse();
        assertThat(matches("[^\\I-[a]]", "b")).isTrue();
        assertThat(matches("[^\\I-[a]]", "a")).isFalse();
        assertThat(matches("[\\I-[1]]", "2")).isTrue();
        assertThat(matches("[\\I-[1]]", "1")).isFalse();
        for (String xsd : new String[] {"[^\\I]", "[^a\\I]", "[^\\C\\d]", "[^\\I-[a]]", "[\\I-[1]]",
            "[^\\i\\C\\W]", "[\\I\\C-[^\\I]]"}) {
            assertReadTheSameOnJava8AndLater(xsd);
        }
    }

    @Test
    void classSyntaxThatIsNotXsd() {
        for (String xsd : new String[] {"[]", "[^]", "[a[b]]", "[a-c-e]", "[--/]", "[a--b]", "[\\w-a]", "[a-\\d]",
            "[z-a]", "[-[a]]", "[a-[b]c]", "[a-[b]-[c]]", "[a", "[a-[b]", "[\\b]", "[\\x41]", "[\\1]", "[a&&[b]]"}) {
            assertThatIllegalArgumentException().as(xsd).isThrownBy(() -> XsdRegex.toJava(xsd))
                    .withMessageStartingWith("invalid xs:pattern '" + xsd + "' at index ");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> XsdRegex.toJava("[a[b]]"))
                .withMessage("invalid xs:pattern '[a[b]]' at index 2: '[' inside a character class; XML Schema has no"
                        + " nested classes, only subtraction as in [a-z-[aeiou]]; escape a literal '[' as '\\['");
    }

    @Test
    void javaSyntaxThatIsNotXsdIsRejected() {
        for (String xsd : new String[] {"a*?", "a+?", "a??", "a{2}?", "a*+", "a{2,3}+", "a**", "a{2}{3}", "(?:a)",
            "(?i)a", "a(?=b)b", "(a)\\1", "\\b", "\\B", "\\A", "\\z", "\\G", "\\x41", "\\x{41}", "\\u0041", "\\0",
            "\\Qa\\E", "\\e", "\\f", "\\h", "\\R", "\\X", "\\k<a>", "\\pL", "\\p{Alpha}", "\\p{javaLowerCase}",
            "\\p{LC}", "\\p{gc=Lu}", "\\p{InBasicLatin}", "\\p{IsLatin}", "\\P{IsAlphabetic}", "*a", "a{", "a{,2}",
            "x{2,1}", "a}", "]", "(a", "a)", "a\\"}) {
            assertThatIllegalArgumentException().as(xsd).isThrownBy(() -> XsdRegex.compile(xsd))
                    .withMessageStartingWith("invalid xs:pattern '" + xsd + "' at index ");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> XsdRegex.compile("\\d+?"))
                .withMessage("invalid xs:pattern '\\d+?' at index 3: '?' after a quantifier; XML Schema has no lazy"
                        + " (*?), possessive (*+) or repeated quantifiers: remove it, or escape a literal '?' as '\\?'");
    }

    @Test
    void nameClassesAreThoseOfXml10FifthEditionNotTheJdkValidators() {
        // kept on purpose, as the class Javadoc says: the JDK's validator uses the fourth edition's tables
        for (String name : new String[] {"\u2C00a", "\u3001a", "\uF900a"}) {
            assertThat(matches("\\i\\c*", name)).as("cosxml takes U+%04X", (int) name.charAt(0)).isTrue();
            assertThat(JdkXsdOracle.acceptsPattern("\\i\\c*", name)).as("the JDK's validator rejects U+%04X",
                    (int) name.charAt(0)).isFalse();
        }
    }

    @Test
    void quantifiersBeyondWhatJavaCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> XsdRegex.compile("x{99999999999}"))
                .withMessage("invalid xs:pattern 'x{99999999999}' at index 1: the quantifier {99999999999} asks for"
                        + " more than 2147483647 repetitions, the most java.util.regex counts; use a smaller count");
        assertThatIllegalArgumentException().isThrownBy(() -> XsdRegex.compile("ab{2147483648,}"))
                .withMessageStartingWith("invalid xs:pattern 'ab{2147483648,}' at index 2: the quantifier");
        // no Java string is longer than the largest count: a maximum beyond it is no maximum
        assertThat(XsdRegex.toJava("x{1,99999999999}")).isEqualTo("x{1,}");
        assertThat(matches("x{2,99999999999}", "xxx")).isTrue();
        assertThat(matches("x{2,99999999999}", "x")).isFalse();
        assertThat(matches("x{2147483647}", "x")).isFalse();
        for (String xsd : new String[] {"x{1,99999999999}", "x{2147483647}"}) {
            assertThat(JdkXsdOracle.isValidPattern(xsd)).as("the JDK's validator takes %s", xsd).isTrue();
        }
    }

    @Test
    void escapedMetacharactersAndPunctuationAreLiterals() {
        assertThat(matches("\\n\\r\\t\\\\\\|\\.\\?\\*\\+\\(\\)\\{\\}\\-\\[\\]\\^", "\n\r\t\\|.?*+(){}-[]^"))
                .isTrue();
        assertThat(matches("\\$\\&\\/\\#\\\"\\\u00E9", "$&/#\"\u00E9")).isTrue();
        assertThat(matches("a{2}|b{1,}|c{0,1}|()", "")).isTrue();
        assertThat(matches("\\p{IsBasicLatin}\\P{Lu}\\p{Cs}?", "ab")).isTrue();
    }

    @Test
    void escapesAreValidWhereTheJdkSchemaValidatorTakesThem() {
        for (String xsd : new String[] {"[\\$]", "[\\&]", "[\\_]", "[\\/]", "[\\ ]", "[\\:]", "[\\#]", "[\\@]",
            "[\\\u00E9]", "[a-\\~]", "\\<", "\\>", "[\\-]", "[\\^]", "[\\[]", "[\\]]", "[\\\\]", "[\\|]", "[\\.]",
            "[\\n\\r\\t]", "[\\{\\}\\(\\)\\*\\+\\?]", "\\$", "\\#", "\\.", "\\{"}) {
            boolean jdk = JdkXsdOracle.isValidPattern(xsd);
            boolean cosxml;
            try {
                XsdRegex.compile(xsd);
                cosxml = true;
            } catch (IllegalArgumentException invalid) {
                cosxml = false;
            }
            assertThat(cosxml).as("valid: %s (the JDK's validator: %s)", xsd, jdk).isEqualTo(jdk);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> XsdRegex.compile("[\\$]"))
                .withMessage("invalid xs:pattern '[\\$]' at index 1: '\\$' is not an XML Schema escape ('\\' goes only"
                        + " before \\|.?*+(){}-[]^ and n r t); write the character itself");
    }

    @Test
    void literalsInClasses() {
        assertThat(matches("[-a]+", "-a")).isTrue();
        assertThat(matches("[a-]+", "-a")).isTrue();
        assertThat(matches("[^-]", "-")).isFalse();
        assertThat(matches("[\\--/]+", "-./")).isTrue();
        assertThat(matches("[a&&b]+", "a&b")).isTrue();
    }

    /**
     * Java 8 and Java 9+ read a character class differently only where a {@code [^...]} holds a nested class or
     * {@code &&} (JDK-6609854; the CSR JDK-8275184 describes both readings). No Java 8 runs these tests, so they check
     * that a translation never writes one.
     */
    private static void assertReadTheSameOnJava8AndLater(String xsd) {
        String java = XsdRegex.toJava(xsd);
        Deque<Boolean> negated = new ArrayDeque<>();
        for (int i = 0; i < java.length(); i++) {
            char c = java.charAt(i);
            boolean inNegated = !negated.isEmpty() && negated.peek();
            if (c == '\\') {
                i++;
            } else if (c == '[' || (c == '&' && java.startsWith("&&", i) && !negated.isEmpty())) {
                assertThat(inNegated).as("%s -> %s: '%s' at %d inside [^...]", xsd, java, c, i).isFalse();
                if (c == '[') {
                    negated.push(java.startsWith("^", i + 1));
                }
            } else if (c == ']' && !negated.isEmpty()) {
                negated.pop();
            }
        }
    }

    /** The four escapes in and out of classes. None holds a character that would need escaping in the schema. */
    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("-?\\d+,-?\\d+", "\\d*", "\\D+", "\\w+", "\\W*", "\\w+\\W\\w*", "[\\d,]+", "[^\\d]*",
                "[^\\D]+", "[^\\w]+", "[\\w-[a]]+", "[\\w-[\\d]]*", "[\\W\\d]*", "[^\\W]+", "(\\d|\\W)\\w?");
    }

    /**
     * Short strings over digits of several scripts, letters, CJK, punctuation (with '_'), separators, symbols, marks,
     * format and private-use characters, and any other BMP character.
     *
     * <p>Two limits keep to the characters on which the JDK's validator (a Xerces) gives the spec's meaning. It knows
     * only the BMP: every supplementary code point is unassigned to it, so never {@code \w}, although U+20000 is a
     * letter. And its {@code \d} is a fixed table of Unicode 3.x digits (XSD 1.0 cites Unicode 3.1), although its own
     * {@code \p{Nd}} follows the running JDK as Java's does: the table lacks digits added since (NKo U+07C0, Tamil U+0BE6,
     * Sinhala U+0DE6, ...) and keeps Ethiopic U+1369-U+1371, which are No since Unicode 4.1. So the strings stay in
     * the BMP, and decimal digits come only from scripts that had them then and have them now.
     */
    @Provide
    Arbitrary<String> values() {
        Arbitrary<Character> digits = Arbitraries.oneOf(Arbitraries.chars().range('0', '9'),
                Arbitraries.chars().range('\u0660', '\u0669'), Arbitraries.chars().range('\u06F0', '\u06F9'),
                Arbitraries.chars().range('\u0966', '\u096F'), Arbitraries.chars().range('\u0E50', '\u0E59'),
                Arbitraries.chars().range('\uFF10', '\uFF19'));
        Arbitrary<Character> letters = Arbitraries.oneOf(Arbitraries.chars().range('a', 'z'),
                Arbitraries.chars().range('\u4E00', '\u9FFF'));
        Arbitrary<Character> others = Arbitraries.of('_', '-', ',', '.', '!', '\u00BF', '\u3001', '\u3002', '\u300C',
                ' ', '\t', '\n', '\r', '\u00A0', '\u2028', '\u3000', '$', '+', '<', '&', '^', '\u00A9', '\u20AC', '\u2211',
                '\u0301', '\u0903', '\u00B2', '\u00BD', '\u2167', '\u0085', '\u00AD', '\u200B', '\uE000', '\uFDD0', '\u0378');
        Arbitrary<Character> anyBmp = Arbitraries.chars().range('\u0020', '\uFFFD')
                .filter(c -> !Character.isSurrogate(c) && Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER
                        && (c < '\u1369' || c > '\u1371'));
        Arbitrary<Character> chars = Arbitraries.frequencyOf(Tuple.of(4, digits), Tuple.of(3, letters), Tuple.of(3, others),
                Tuple.of(2, anyBmp));
        return chars.list().ofMaxSize(6).map(list -> {
            StringBuilder s = new StringBuilder();
            list.forEach(s::append);
            return s.toString();
        });
    }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReportMode.OFF) // the coverage check below still fails a property that rarely matches
    void agreesWithTheJdkSchemaValidator(@ForAll("patterns") String pattern, @ForAll("values") String value) {
        assertAgreesWithTheJdkSchemaValidator(pattern, value);
    }

    /** Members of generated groups. Each is whole, so that any sequence of them is a group. */
    private static final String[] GROUP_MEMBERS = {"a-z", "A-Z", "0-9", "aeiou", "_", ":", "\\-", "\\.", " ",
        "\u00C0-\u00FF", "\u4E00-\u9FA5", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\i", "\\I", "\\c", "\\C",
        "\\p{Lu}", "\\P{L}", "\\p{P}", "\\p{Zs}", "\\p{M}", "\\p{IsBasicLatin}", "\\P{IsCJKUnifiedIdeographs}"};

    /**
     * One or two pieces, most of them character class expressions as XSD builds them: a group of ranges,
     * characters and escapes, negated or not, with a subtraction nested up to two deep; the others '.' or an escape
     * that is a complement.
     */
    @Provide
    Arbitrary<String> classPatterns() {
        Arbitrary<String> atom = Arbitraries.frequencyOf(Tuple.of(6, classExpression(2)),
                Tuple.of(2, Arbitraries.just(".")), Tuple.of(1, Arbitraries.of("\\I", "\\C", "\\S", "\\W")));
        Arbitrary<String> piece = Combinators.combine(atom, Arbitraries.of("", "?", "*", "*", "+", "{1,3}"))
                .as(String::concat);
        return piece.list().ofMinSize(1).ofMaxSize(2).map(pieces -> String.join("", pieces));
    }

    private static Arbitrary<String> classExpression(int depth) {
        Arbitrary<String> group = Arbitraries.of(GROUP_MEMBERS).list().ofMinSize(1).ofMaxSize(3)
                .map(members -> String.join("", members));
        Arbitrary<String> subtraction = depth == 0 ? Arbitraries.just("")
                : Arbitraries.oneOf(Arbitraries.just(""), classExpression(depth - 1).map(inner -> "-" + inner));
        return Combinators.combine(Arbitraries.of("", "^"), group, subtraction)
                .as((negation, members, minus) -> "[" + negation + members + minus + "]");
    }

    /**
     * Short strings over the characters on which the JDK's validator reads every escape of {@link #GROUP_MEMBERS},
     * and '.', as the spec does: ASCII, tab, line feed, carriage return, NEL (a line end to Java's '.' only),
     * U+0080-U+0131 (no-break space, Latin-1 letters and symbols), combining marks U+0300-U+0345 and CJK
     * U+4E00-U+9FA5. Beyond them its name classes {@code \i} and {@code \c} follow XML 1.0 before the fifth
     * edition (which this class and XSD 1.1 follow), and its '.' also excludes U+2028 and U+2029; see
     * {@link #values()} for its digits and supplementary characters.
     */
    @Provide
    Arbitrary<String> classValues() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.chars().range(' ', '~')),
                Tuple.of(1, Arbitraries.of('\t', '\n', '\r')),
                Tuple.of(1, Arbitraries.just('\u0085')), Tuple.of(2, Arbitraries.chars().range('\u0080', '\u0131')),
                Tuple.of(1, Arbitraries.chars().range('\u0300', '\u0345')),
                Tuple.of(2, Arbitraries.chars().range('\u4E00', '\u9FA5')));
        return chars.list().ofMaxSize(3).map(list -> {
            StringBuilder s = new StringBuilder();
            list.forEach(s::append);
            return s.toString();
        });
    }

    // A fixed seed, so that CI runs the same cases on every JDK; edge cases (522 combinations) would outnumber tries.
    @Property(tries = 500, seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(StatisticsReportMode.OFF)
    void classExpressionsAgreeWithTheJdkSchemaValidator(@ForAll("classPatterns") String pattern,
            @ForAll("classValues") String value) {
        assertReadTheSameOnJava8AndLater(pattern);
        assertAgreesWithTheJdkSchemaValidator(pattern, value);
    }

    private static void assertAgreesWithTheJdkSchemaValidator(String pattern, String value) {
        boolean jdk = JdkXsdOracle.acceptsPattern(pattern, value);
        Statistics.label("accepted").collect(jdk);
        assertThat(matches(pattern, value)).as("%s ~ %s", pattern, codePoints(value)).isEqualTo(jdk);
        Statistics.label("accepted").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 15);
            coverage.check(false).percentage(p -> p > 15);
        });
    }

    private static String codePoints(String s) {
        StringBuilder out = new StringBuilder("\"").append(s.replaceAll("\\p{Cntrl}", "?")).append("\" [");
        s.chars().forEach(c -> out.append(String.format(" U+%04X", c)));
        return out.append(" ]").toString();
    }
}
