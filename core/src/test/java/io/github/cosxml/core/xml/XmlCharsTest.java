package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link XmlChars} says what {@link XmlWriter} refuses: the two never disagree. */
class XmlCharsTest {

    @Test
    void findsTheFirstCharacterXmlCannotHold() {
        assertThat(XmlChars.firstUnwritable("")).isEqualTo(-1);
        assertThat(XmlChars.firstUnwritable("a\t\n\r b\u00E9\uD7FF\uE000\uFFFD\uD83D\uDE00")).isEqualTo(-1);
        assertThat(XmlChars.firstUnwritable("ab\u0000c\u0001")).isEqualTo(2);
        assertThat(XmlChars.firstUnwritable("\u001F")).isZero();
        assertThat(XmlChars.firstUnwritable("a\uD800")).as("a high surrogate at the end").isEqualTo(1);
        assertThat(XmlChars.firstUnwritable("a\uDE00b")).as("a lone low surrogate").isEqualTo(1);
        assertThat(XmlChars.firstUnwritable("\uD83D\uD83D\uDE00")).as("a high surrogate before a pair").isZero();
        assertThat(XmlChars.firstUnwritable("x\uFFFE")).isEqualTo(1);
        assertThat(XmlChars.firstUnwritable("\uFFFF")).isZero();
        assertThat(XmlChars.unwritable("ok")).isNull();
        assertThat(XmlChars.unwritable("Na\u0000me")).isEqualTo("character U+0000 at index 2 cannot be written in"
                + " XML 1.0; remove it or encode the value");
    }

    // A fixed seed, so that a failure is the same on every run; jqwik prints it too.
    @Property(tries = 2000, seed = "20261122")
    void refusesExactlyWhatTheWriterRefuses(@ForAll("texts") String text) {
        int unwritable = XmlChars.firstUnwritable(text);
        XmlWriteException asText = catchThrowableOfType(XmlWriteException.class, () -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.text(text);
            out.endElement();
        }));
        XmlWriteException asAttribute = catchThrowableOfType(XmlWriteException.class,
                () -> XmlWriter.toXmlString(out -> {
                    out.startElement("", "R");
                    out.attribute("", "a", text);
                    out.endElement();
                }));
        assertThat(asText == null).as("the writer writes it as text").isEqualTo(unwritable < 0);
        assertThat(asAttribute == null).as("the writer writes it as an attribute").isEqualTo(unwritable < 0);
        if (unwritable >= 0) {
            assertThat(asText).hasMessageContaining(String.format("U+%04X", (int) text.charAt(unwritable)));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u0020'),
                Arbitraries.chars().range('a', 'c'),
                Arbitraries.chars().range('\uD7FE', '\uE001'),
                Arbitraries.of('\uFFFD', '\uFFFE', '\uFFFF', '\u00E9'));
        return chars.list().ofMaxSize(8).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::append);
            return text.toString();
        });
    }
}
