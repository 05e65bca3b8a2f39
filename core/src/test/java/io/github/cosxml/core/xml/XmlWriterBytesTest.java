package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The UTF-8 byte path of {@link XmlWriter} writes exactly the characters of its string path, encoded as the JDK does. */
class XmlWriterBytesTest {

    @Test
    void escapesCarriageReturnsAndAttributeWhitespaceInBytes() {
        String xml = bytes(out -> {
            out.startElement("", "R");
            out.attribute("", "a", "\t\n\r\"<&>\u00E9");
            out.text("\t\n\r\"<&>\u4E2D\uD83D\uDE00");
            out.endElement();
        });
        assertThat(xml).endsWith("<R a=\"&#9;&#10;&#13;&quot;&lt;&amp;&gt;\u00E9\">\t\n&#13;\"&lt;&amp;&gt;\u4E2D\uD83D\uDE00</R>");
    }

    @Test
    void rejectsUnpairedSurrogatesAndNonCharactersWithTheSameErrorAsTheStringPath() {
        for (String bad : new String[] {"x\uD800", "\uD800x", "x\uDC00", "\uDC00\uD800", "\uFFFE", "\uFFFF", "\u0000", "\u001F"}) {
            Consumer<XmlWriter> body = out -> {
                out.startElement("", "R");
                out.element("", "A", bad);
                out.endElement();
            };
            String expected = String.format("U+%04X", (int) firstInvalid(bad));
            assertThatThrownBy(() -> bytes(body)).as(bad).isInstanceOf(XmlWriteException.class)
                    .hasMessageContaining(expected).hasMessageContaining("/R/A");
            assertThatThrownBy(() -> XmlWriter.toXmlString(body)).as(bad).isInstanceOf(XmlWriteException.class)
                    .hasMessageContaining(expected).hasMessageContaining("/R/A");
        }
    }

    @Test
    void namesTheElementOfAnInvalidValueAtEveryDepthAndNamespace() {
        assertThatThrownBy(() -> bytes(out -> out.element("", "Top", "\u0001")))
                .isInstanceOf(XmlWriteException.class).hasMessageContaining("at /Top:");
        assertThatThrownBy(() -> bytes(out -> {
            out.startElement("urn:a", "R");
            out.element("urn:b", "Other", "\uFFFF");
        })).isInstanceOf(XmlWriteException.class).hasMessageContaining("U+FFFF").hasMessageContaining("at /R/Other:");
    }

    @Test
    void writesManyDistinctNamesThroughItsNameCache() {
        Consumer<XmlWriter> body = out -> {
            out.startElement("", "R");
            for (int i = 0; i < 500; i++) {
                out.element("", "N" + (i % 300), "v" + i);
                out.startElement("", "E" + (i % 200));
                out.attribute("", "a", "x");
                out.endElement();
            }
            out.element("", String.join("", java.util.Collections.nCopies(300, "Long")), "long name");
            out.endElement();
        };
        assertThat(bytes(body)).isEqualTo(XmlWriter.toXmlString(body)).contains("<N299>v299</N299><E99 a=\"x\"/>");
    }

    @Test
    void nestsDeeplyAndDeclaresManyPrefixes() {
        Consumer<XmlWriter> body = out -> {
            for (int i = 0; i < 40; i++) {
                out.startElement(i % 2 == 0 ? "urn:e" : "", "E" + i);
                out.attribute("urn:p" + i, "a", "v");
                out.attribute("urn:p0", "b", "w");
            }
            for (int i = 0; i < 40; i++) {
                out.endElement();
            }
            out.startElement("", "After");
            out.attribute("urn:p0", "c", "x");
            out.endElement();
        };
        String xml = XmlWriter.toXmlString(body);
        assertThat(bytes(body)).isEqualTo(xml);
        assertThat(xml).contains("<E39 xmlns=\"\" xmlns:ns40=\"urn:p39\" ns40:a=\"v\" ns1:b=\"w\"/>")
                .endsWith("</E0><After xmlns:ns41=\"urn:p0\" ns41:c=\"x\"/>");
    }

    @Property(tries = 300)
    void bytesAreTheStringEncodedAsUtf8(@ForAll("texts") String text) {
        Consumer<XmlWriter> body = out -> {
            out.startElement("urn:t", "R");
            out.attribute("", "a", text);
            out.attribute("urn:q", "q", text);
            out.element("", "T", text);
            out.text(text);
            out.endElement();
        };
        assertThat(bytes(body)).isEqualTo(XmlWriter.toXmlString(body));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of('<', '>', '&', '"', '\'', '\t', '\n', '\r', ' ', ']'),
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u0080', '\uD7FF'),
                Arbitraries.chars().range('\uE000', '\uFFFD'));
        Arbitrary<String> pairs = Arbitraries.integers().between(0x10000, 0x10FFFF)
                .map(codePoint -> new String(Character.toChars(codePoint)));
        return Arbitraries.oneOf(chars.map(String::valueOf), pairs).list().ofMaxSize(5000)
                .map(parts -> String.join("", parts));
    }

    private static char firstInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0xFFFD || Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) {
                return c;
            }
        }
        throw new AssertionError("no invalid character in " + text);
    }

    private static String bytes(Consumer<XmlWriter> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlWriter.write(out, body);
        byte[] written = out.toByteArray();
        String decoded = new String(written, StandardCharsets.UTF_8);
        assertThat(decoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(written);
        return decoded;
    }
}
