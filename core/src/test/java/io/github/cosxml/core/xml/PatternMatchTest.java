package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Patterns whose groups repeat with alternatives make {@code java.util.regex} recurse once per
 * repetition: long values are still judged, as the JDK's schema validator judges them at any length,
 * instead of a {@code StackOverflowError} escaping {@code validate()}.
 */
class PatternMatchTest {
    private static final String LONG = "ab".repeat(100_000);

    @Test
    void aLongValueIsJudgedWhereTheDefaultStackOverflows() {
        FacetSet facets = FacetSet.builder().pattern("(a|b)*").build();

        assertThat(check(LONG, facets).isValid()).isTrue();
        assertThat(check(LONG + "c", facets).violations()).extracting(Violation::facet).containsExactly("pattern");
        assertThat(JdkXsdOracle.acceptsPattern("(a|b)*", LONG)).as("the JDK's validator").isTrue();
    }

    @Test
    void aListOfNamesAsLongAsAValueMayBe() {
        String names = "item-1 ".repeat(20_000) + "last";
        FacetSet facets = FacetSet.builder().pattern("(\\i\\c*( \\i\\c*)*)?").build();

        assertThat(check(names, facets).isValid()).isTrue();
        assertThat(check(names + " 1st", facets).violations()).extracting(Violation::facet).containsExactly("pattern");
    }

    @Test
    void aLongLanguageTagIsJudgedToo() {
        assertThat(TextKind.LANGUAGE.isValid("en" + "-x".repeat(50_000))).isTrue();
        assertThat(TextKind.LANGUAGE.isValid("en" + "-x".repeat(50_000) + "-")).isFalse();
    }

    @Test
    void theFallbackGivesTheSameAnswers() {
        Pattern pattern = XsdRegex.compile("(a|b)*");
        assertThat(PatternMatch.matchesOnALargeStack(pattern, "abba")).isTrue();
        assertThat(PatternMatch.matchesOnALargeStack(pattern, "abc")).isFalse();
    }

    private static ValidationResult check(String value, FacetSet facets) {
        Validation validation = new Validation();
        validation.check("v", value, facets);
        return validation.result();
    }
}
