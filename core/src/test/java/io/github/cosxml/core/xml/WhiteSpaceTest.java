package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The three whitespace rules of XML Schema, on examples and against a regex reading of the spec. */
class WhiteSpaceTest {

    @Test
    void examples() {
        assertThat(WhiteSpace.PRESERVE.apply(" a\tb ")).isEqualTo(" a\tb ");
        assertThat(WhiteSpace.REPLACE.apply(" a\tb\r\n")).isEqualTo(" a b  ");
        assertThat(WhiteSpace.COLLAPSE.apply(" \t a \n\n b  ")).isEqualTo("a b");
        assertThat(WhiteSpace.COLLAPSE.apply("   ")).isEmpty();
        assertThat(WhiteSpace.COLLAPSE.apply("a\u00A0 b\u2003")).isEqualTo("a\u00A0 b\u2003");
        assertThat(WhiteSpace.COLLAPSE.apply(null)).isNull();
        assertThat(XmlValues.parseToken(" a  b ")).isEqualTo("a b");
        assertThat(XmlValues.parseNormalizedString("a\nb")).isEqualTo("a b");
    }

    @Test
    void textThatIsAlreadyNormalIsReturnedAsItIs() {
        String collapsed = "a b c";
        assertThat(WhiteSpace.COLLAPSE.apply(collapsed)).isSameAs(collapsed);
        String replaced = " a  b ";
        assertThat(WhiteSpace.REPLACE.apply(replaced)).isSameAs(replaced);
    }

    @Property(seed = "20261122")
    void replaceMatchesTheSpec(@ForAll("spaced") String text) {
        assertThat(WhiteSpace.REPLACE.apply(text)).isEqualTo(text.replaceAll("[\t\n\r]", " "));
    }

    @Property(seed = "20261122")
    void collapseMatchesTheSpec(@ForAll("spaced") String text) {
        String expected = text.replaceAll("[\t\n\r ]+", " ").replaceAll("\\A | \\z", "");
        assertThat(WhiteSpace.COLLAPSE.apply(text)).isEqualTo(expected);
        assertThat(WhiteSpace.COLLAPSE.apply(expected)).isSameAs(expected);
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.strings().withChars(" \t\n\rab\u00A0\u2028\u000B").ofMaxLength(12);
    }
}
