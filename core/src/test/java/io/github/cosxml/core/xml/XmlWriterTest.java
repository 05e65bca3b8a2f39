package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void writesDeclarationElementsAttributesAndEmptyElements() {
        String xml = XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.attribute("", "id", "1");
            out.attribute("", "absent", null);
            out.element("", "A", "text");
            out.element("", "Skipped", null);
            out.startElement("", "E");
            out.endElement();
            out.endElement();
        });
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><R id=\"1\"><A>text</A><E/></R>");
    }

    @Test
    void escapesMarkupAndCharactersThatWouldNotRoundTrip() {
        String xml = XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.attribute("", "a", "<&\"'>\t\n\r");
            out.text("<&>\"'\r\n\t]]>");
            out.endElement();
        });
        assertThat(xml).endsWith("<R a=\"&lt;&amp;&quot;'&gt;&#9;&#10;&#13;\">&lt;&amp;&gt;\"'&#13;\n\t]]&gt;</R>");
    }

    @Test
    void rejectsCharactersXmlCannotHoldNamingThePath() {
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.element("", "A", "bad\u0001");
        })).isInstanceOf(XmlWriteException.class).hasMessageContaining("U+0001").hasMessageContaining("/R/A");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.text("\uD800x");
        })).isInstanceOf(XmlWriteException.class).hasMessageContaining("U+D800");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.startElement("", "Order");
            out.attribute("", "id", "7\u0001");
        })).isInstanceOf(XmlWriteException.class)
                .hasMessage("character U+0001 cannot be written in XML 1.0, at /R/Order/@id: remove it or encode the value");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("urn:a", "R");
            out.attribute("urn:b", "lang", "\uFFFE");
        })).isInstanceOf(XmlWriteException.class).hasMessageContaining("U+FFFE").hasMessageContaining(":lang:")
                .hasMessageContaining("at /R/@");
    }

    /**
     * Generated code prints a value before the writer sees it, so a print method's refusal is caught
     * around the document and placed by the writer's position: the element, and the child after which
     * the value came.
     */
    @Test
    void aValueThatCannotBePrintedIsPlacedInTheDocument() {
        IllegalArgumentException refusal = new IllegalArgumentException("cannot write 0000-01-01 as XML Schema 1.0");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.attribute("", "id", "1");
            throw refusal;
        })).isInstanceOf(XmlWriteException.class).hasCause(refusal).hasMessage("cannot write a value in /R (an"
                + " attribute, the text or the first child): cannot write 0000-01-01 as XML Schema 1.0; change the value"
                + " (validate() names the property it belongs to)");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.element("", "A", "a");
            out.startElement("", "B");
            out.element("", "C", "c");
            out.endElement();
            throw refusal;
        })).isInstanceOf(XmlWriteException.class).hasMessageStartingWith("cannot write a value in /R (a child after B, or"
                + " the text): ");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.startElement("", "B");
            out.element("", "C", "c");
            throw refusal;
        })).isInstanceOf(XmlWriteException.class).hasMessageStartingWith("cannot write a value in /R/B (a child after C,");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            throw refusal;
        })).isInstanceOf(XmlWriteException.class).hasMessageStartingWith("cannot write a value outside the root element: ");
    }

    /** A refusal without a message is named by its class; java.time's refusals are placed too. */
    @Test
    void aRefusalWithoutAMessageIsNamedByItsClass() {
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            throw new NumberFormatException();
        })).isInstanceOf(XmlWriteException.class).hasMessageContaining("in /R (an attribute, the text or the first"
                + " child): java.lang.NumberFormatException; change the value");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            throw new java.time.DateTimeException("Unsupported field: Year");
        })).isInstanceOf(XmlWriteException.class).hasMessageContaining("in /R (").hasMessageContaining("Year");
    }

    /**
     * What is not a value's refusal passes through as it is: a broken stream, the writer used out of order,
     * or a failure of the caller's own code.
     */
    @Test
    void failuresOfTheOutputOrOfTheCallerPassThrough() {
        NullPointerException bug = new NullPointerException("a bug in the caller");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            throw bug;
        })).isSameAs(bug);
        java.io.UncheckedIOException broken = new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            throw broken;
        })).isSameAs(broken);
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> out.attribute("", "a", "1")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsSupplementaryCharacters() {
        String xml = XmlWriter.toXmlString(out -> out.element("", "R", "\uD83D\uDE00"));
        assertThat(xml).endsWith("<R>\uD83D\uDE00</R>");
    }

    @Test
    void declaresDefaultNamespacesWhereTheyChangeAndPrefixesForAttributes() {
        String xml = XmlWriter.toXmlString(out -> {
            out.startElement("urn:a", "R");
            out.attribute("urn:b", "x", "1");
            out.attribute("urn:b", "y", "2");
            out.element("urn:a", "Same", "s");
            out.startElement("", "Plain");
            out.attribute("urn:b", "z", "3");
            out.element("urn:c", "Other", "o");
            out.endElement();
            out.endElement();
        });
        assertThat(xml).endsWith("<R xmlns=\"urn:a\" xmlns:ns1=\"urn:b\" ns1:x=\"1\" ns1:y=\"2\"><Same>s</Same>"
                + "<Plain xmlns=\"\" ns1:z=\"3\"><Other xmlns=\"urn:c\">o</Other></Plain></R>");
    }

    @Test
    void writesNilElementsWithTheXsiPrefix() {
        String xml = XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.nilElement("", "N");
            out.endElement();
        });
        assertThat(xml).endsWith(
                "<R><N xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/></R>");
        String value = XmlReader.read(xml, null, "", "R", in -> {
            XmlReader.Children children = in.children(XmlChildren.builder().child(0, "", "N", 0, 1).build());
            String text = "unset";
            while (children.next()) {
                text = in.readText();
            }
            return text;
        });
        assertThat(value).isNull();
    }

    @Test
    void writesUtf8BytesWithoutClosingTheStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlWriter.write(bytes, out -> out.element("", "R", "\u00E9\u4E2D"));
        bytes.write('!');
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).endsWith("<R>\u00E9\u4E2D</R>!");
    }

    @Test
    void misuseIsReported() {
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> out.startElement("", "R")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unclosed element /R");
        assertThatThrownBy(() -> XmlWriter.toXmlString(out -> {
            out.startElement("", "R");
            out.text("t");
            out.attribute("", "a", "v");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> XmlWriter.toXmlString(XmlWriter::endElement)).isInstanceOf(IllegalStateException.class);
    }

    @Property(tries = 300)
    void anyXmlStringRoundTripsThroughTextAndAttributes(@ForAll("xmlStrings") String text) {
        String xml = XmlWriter.toXmlString(out -> {
            out.startElement("urn:t", "R");
            out.attribute("", "a", text);
            out.attribute("urn:q", "q", text);
            out.text(text);
            out.endElement();
        });
        String[] read = XmlReader.read(xml, XmlReadOptions.strict(), "urn:t", "R",
                in -> new String[] {in.attribute("", "a"), in.attribute("urn:q", "q"), in.readText()});
        assertThat(read).containsExactly(text, text, text);
    }

    @Provide
    Arbitrary<String> xmlStrings() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of('<', '>', '&', '"', '\'', '\t', '\n', '\r', ' ', ']'),
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u00A0', '\uD7FF'));
        return Arbitraries.oneOf(
                chars.list().ofMaxSize(40).map(XmlWriterTest::join),
                Arbitraries.just("\uD83D\uDE00 emoji"));
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder text = new StringBuilder();
        for (char c : chars) {
            text.append(c);
        }
        return text.toString();
    }
}
