package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@code \p{IsBlock}}: XML Schema's block names and ranges, as the JDK's schema validator reads them. */
class XsdBlocksTest {
    /** Every block name of XML Schema 1.0 (Part 2, F.1.1) the JDK's validator knows. */
    private static final String[] NAMES = {"BasicLatin", "Latin-1Supplement", "LatinExtended-A", "LatinExtended-B",
        "IPAExtensions", "SpacingModifierLetters", "CombiningDiacriticalMarks", "Greek", "Cyrillic", "Armenian",
        "Hebrew", "Arabic", "Syriac", "Thaana", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil",
        "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Georgian", "HangulJamo",
        "Ethiopic", "Cherokee", "UnifiedCanadianAboriginalSyllabics", "Ogham", "Runic", "Khmer", "Mongolian",
        "LatinExtendedAdditional", "GreekExtended", "GeneralPunctuation", "SuperscriptsandSubscripts",
        "CurrencySymbols", "CombiningMarksforSymbols", "LetterlikeSymbols", "NumberForms", "Arrows",
        "MathematicalOperators", "MiscellaneousTechnical", "ControlPictures", "OpticalCharacterRecognition",
        "EnclosedAlphanumerics", "BoxDrawing", "BlockElements", "GeometricShapes", "MiscellaneousSymbols", "Dingbats",
        "BraillePatterns", "CJKRadicalsSupplement", "KangxiRadicals", "IdeographicDescriptionCharacters",
        "CJKSymbolsandPunctuation", "Hiragana", "Katakana", "Bopomofo", "HangulCompatibilityJamo", "Kanbun",
        "BopomofoExtended", "EnclosedCJKLettersandMonths", "CJKCompatibility", "CJKUnifiedIdeographsExtensionA",
        "CJKUnifiedIdeographs", "YiSyllables", "YiRadicals", "HangulSyllables", "PrivateUse",
        "CJKCompatibilityIdeographs", "AlphabeticPresentationForms", "ArabicPresentationForms-A", "CombiningHalfMarks",
        "CJKCompatibilityForms", "SmallFormVariants", "ArabicPresentationForms-B", "Specials",
        "HalfwidthandFullwidthForms", "OldItalic", "Gothic", "Deseret", "ByzantineMusicalSymbols", "MusicalSymbols",
        "MathematicalAlphanumericSymbols", "CJKUnifiedIdeographsExtensionB", "CJKCompatibilityIdeographsSupplement",
        "Tags"};
    private static final Pattern RANGE = Pattern.compile("\\\\x\\{([0-9A-F]+)}-\\\\x\\{([0-9A-F]+)}");

    @Test
    void everyBlockAgreesWithTheJdkAtEachEndOfEachOfItsRanges() {
        for (String name : NAMES) {
            String pattern = "\\p{Is" + name + "}";
            assertThat(JdkXsdOracle.isValidPattern(pattern)).as(pattern).isTrue();
            Pattern java = XsdRegex.compile(pattern);
            Pattern complement = XsdRegex.compile("\\P{Is" + name + "}");
            for (int codePoint : ends(name)) {
                String value = new String(Character.toChars(codePoint));
                boolean jdk = JdkXsdOracle.acceptsPattern(pattern, value);
                assertThat(java.matcher(value).matches()).as("%s ~ U+%04X", pattern, codePoint).isEqualTo(jdk);
                assertThat(complement.matcher(value).matches()).as("\\P ~ U+%04X", codePoint).isEqualTo(!jdk);
            }
        }
    }

    /** The first and last code point of each range of the block, and their neighbours, that XML can hold. */
    private static List<Integer> ends(String name) {
        Matcher ranges = RANGE.matcher(XsdBlocks.classMembers(name));
        TreeSet<Integer> ends = new TreeSet<>();
        while (ranges.find()) {
            int first = Integer.parseInt(ranges.group(1), 16);
            int last = Integer.parseInt(ranges.group(2), 16);
            for (int codePoint : new int[] {first - 1, first, last, last + 1}) {
                if (isXmlChar(codePoint)) {
                    ends.add(codePoint);
                }
            }
        }
        assertThat(ends).as(name).isNotEmpty();
        return new ArrayList<>(ends);
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    @Test
    void privateUseCoversItsThreeRangesAsInUnicode31() {
        Pattern privateUse = XsdRegex.compile("\\p{IsPrivateUse}+");
        assertThat(privateUse.matcher("\uE000\uF8FF" + new String(Character.toChars(0xF0000))
                + new String(Character.toChars(0x10FFFD))).matches()).isTrue();
        assertThat(privateUse.matcher("\uF900").matches()).isFalse();
    }

    @Test
    void blockNamesOfJavaOrOfLaterUnicodeAreNotXsdsAndFailWithTheFix() {
        for (String name : new String[] {"PrivateUseArea", "GreekandCoptic", "CyrillicSupplement", "basiclatin",
            "BASICLATIN", "Latin1Supplement", "HighSurrogates", "LowSurrogates", "HighPrivateUseSurrogates"}) {
            String pattern = "\\p{Is" + name + "}";
            assertThat(JdkXsdOracle.isValidPattern(pattern)).as(pattern).isFalse();
            assertThatIllegalArgumentException().as(pattern).isThrownBy(() -> XsdRegex.compile(pattern))
                    .withMessage("invalid xs:pattern '" + pattern + "' at index 0: '" + name + "' is not a Unicode"
                            + " block of XML Schema (the blocks of Unicode 3.1, spaces removed, case as written there);"
                            + " check the spelling, such as IsBasicLatin, IsLatin-1Supplement or IsCJKUnifiedIdeographs");
        }
    }

    @Property(tries = 400, seed = "20261122")
    void anyCodePointIsInABlockExactlyWhenTheJdkSaysSo(@ForAll("blockNames") String name,
            @ForAll("xmlCodePoints") int codePoint) {
        String pattern = "[a\\p{Is" + name + "}]";
        String value = new String(Character.toChars(codePoint));
        assertThat(XsdRegex.compile(pattern).matcher(value).matches()).as("%s ~ U+%04X", pattern, codePoint)
                .isEqualTo(JdkXsdOracle.acceptsPattern(pattern, value));
    }

    @Provide
    Arbitrary<String> blockNames() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<Integer> xmlCodePoints() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0x20, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0xFFFD), Arbitraries.integers().between(0x10000, 0x10FFFF));
    }
}
