package io.github.cosxml.core.xml;

import java.util.HashMap;
import java.util.Map;

/**
 * The Unicode blocks XML Schema 1.0 names in {@code \p{IsBlock}} (Part 2, F.1.1: the blocks of Unicode 3.1,
 * spaces removed, names case-sensitive), with the ranges of that version, which the JDK's schema validator
 * uses. Java's {@code \p{InBlock}} follows a later Unicode, with other bounds and names ({@code PrivateUse} is
 * {@code PrivateUseArea} there). The three surrogate blocks are left out, as the JDK's validator leaves them
 * out: no XML character is a surrogate code point.
 */
final class XsdBlocks {
    // name, first and last code point (hex); a name on several lines is the union of their ranges
    private static final String TABLE = ""
            + "BasicLatin 0000 007F\n"
            + "Latin-1Supplement 0080 00FF\n"
            + "LatinExtended-A 0100 017F\n"
            + "LatinExtended-B 0180 024F\n"
            + "IPAExtensions 0250 02AF\n"
            + "SpacingModifierLetters 02B0 02FF\n"
            + "CombiningDiacriticalMarks 0300 036F\n"
            + "Greek 0370 03FF\n"
            + "Cyrillic 0400 04FF\n"
            + "Armenian 0530 058F\n"
            + "Hebrew 0590 05FF\n"
            + "Arabic 0600 06FF\n"
            + "Syriac 0700 074F\n"
            + "Thaana 0780 07BF\n"
            + "Devanagari 0900 097F\n"
            + "Bengali 0980 09FF\n"
            + "Gurmukhi 0A00 0A7F\n"
            + "Gujarati 0A80 0AFF\n"
            + "Oriya 0B00 0B7F\n"
            + "Tamil 0B80 0BFF\n"
            + "Telugu 0C00 0C7F\n"
            + "Kannada 0C80 0CFF\n"
            + "Malayalam 0D00 0D7F\n"
            + "Sinhala 0D80 0DFF\n"
            + "Thai 0E00 0E7F\n"
            + "Lao 0E80 0EFF\n"
            + "Tibetan 0F00 0FFF\n"
            + "Myanmar 1000 109F\n"
            + "Georgian 10A0 10FF\n"
            + "HangulJamo 1100 11FF\n"
            + "Ethiopic 1200 137F\n"
            + "Cherokee 13A0 13FF\n"
            + "UnifiedCanadianAboriginalSyllabics 1400 167F\n"
            + "Ogham 1680 169F\n"
            + "Runic 16A0 16FF\n"
            + "Khmer 1780 17FF\n"
            + "Mongolian 1800 18AF\n"
            + "LatinExtendedAdditional 1E00 1EFF\n"
            + "GreekExtended 1F00 1FFF\n"
            + "GeneralPunctuation 2000 206F\n"
            + "SuperscriptsandSubscripts 2070 209F\n"
            + "CurrencySymbols 20A0 20CF\n"
            + "CombiningMarksforSymbols 20D0 20FF\n"
            + "LetterlikeSymbols 2100 214F\n"
            + "NumberForms 2150 218F\n"
            + "Arrows 2190 21FF\n"
            + "MathematicalOperators 2200 22FF\n"
            + "MiscellaneousTechnical 2300 23FF\n"
            + "ControlPictures 2400 243F\n"
            + "OpticalCharacterRecognition 2440 245F\n"
            + "EnclosedAlphanumerics 2460 24FF\n"
            + "BoxDrawing 2500 257F\n"
            + "BlockElements 2580 259F\n"
            + "GeometricShapes 25A0 25FF\n"
            + "MiscellaneousSymbols 2600 26FF\n"
            + "Dingbats 2700 27BF\n"
            + "BraillePatterns 2800 28FF\n"
            + "CJKRadicalsSupplement 2E80 2EFF\n"
            + "KangxiRadicals 2F00 2FDF\n"
            + "IdeographicDescriptionCharacters 2FF0 2FFF\n"
            + "CJKSymbolsandPunctuation 3000 303F\n"
            + "Hiragana 3040 309F\n"
            + "Katakana 30A0 30FF\n"
            + "Bopomofo 3100 312F\n"
            + "HangulCompatibilityJamo 3130 318F\n"
            + "Kanbun 3190 319F\n"
            + "BopomofoExtended 31A0 31BF\n"
            + "EnclosedCJKLettersandMonths 3200 32FF\n"
            + "CJKCompatibility 3300 33FF\n"
            + "CJKUnifiedIdeographsExtensionA 3400 4DB5\n"
            + "CJKUnifiedIdeographs 4E00 9FFF\n"
            + "YiSyllables A000 A48F\n"
            + "YiRadicals A490 A4CF\n"
            + "HangulSyllables AC00 D7A3\n"
            + "PrivateUse E000 F8FF\n"
            + "CJKCompatibilityIdeographs F900 FAFF\n"
            + "AlphabeticPresentationForms FB00 FB4F\n"
            + "ArabicPresentationForms-A FB50 FDFF\n"
            + "CombiningHalfMarks FE20 FE2F\n"
            + "CJKCompatibilityForms FE30 FE4F\n"
            + "SmallFormVariants FE50 FE6F\n"
            + "ArabicPresentationForms-B FE70 FEFE\n"
            + "Specials FEFF FEFF\n"
            + "HalfwidthandFullwidthForms FF00 FFEF\n"
            + "Specials FFF0 FFFD\n"
            + "OldItalic 10300 1032F\n"
            + "Gothic 10330 1034F\n"
            + "Deseret 10400 1044F\n"
            + "ByzantineMusicalSymbols 1D000 1D0FF\n"
            + "MusicalSymbols 1D100 1D1FF\n"
            + "MathematicalAlphanumericSymbols 1D400 1D7FF\n"
            + "CJKUnifiedIdeographsExtensionB 20000 2A6D6\n"
            + "CJKCompatibilityIdeographsSupplement 2F800 2FA1F\n"
            + "Tags E0000 E007F\n"
            + "PrivateUse F0000 FFFFD\n"
            + "PrivateUse 100000 10FFFD\n";
    private static final Map<String, String> RANGES = ranges();

    private XsdBlocks() {
    }

    /**
     * The members of a Java character class holding the block's code points, such as
     * {@code \x{0370}-\x{03FF}}, or null if XML Schema has no block of that name.
     *
     * @param name the block's name without {@code Is}, such as {@code BasicLatin}
     */
    static String classMembers(String name) {
        return RANGES.get(name);
    }

    private static Map<String, String> ranges() {
        Map<String, String> ranges = new HashMap<String, String>();
        for (String line : TABLE.split("\n")) {
            String[] fields = line.split(" ");
            String range = "\\x{" + fields[1] + "}-\\x{" + fields[2] + "}";
            String earlier = ranges.get(fields[0]);
            ranges.put(fields[0], earlier == null ? range : earlier + range);
        }
        return ranges;
    }
}
