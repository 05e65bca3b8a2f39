package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

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
}
