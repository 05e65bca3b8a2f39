package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap.SimpleEntry;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** {@link XmlElement}: what reading keeps of an element, building one, writing it, and its limits. */
class XmlElementTest {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    @Test
    void readingKeepsNamesAttributesAndContentButNotSpelling() {
        XmlElement read = XmlElement.fromXml("<?xml version='1.0'?><p:Ext xmlns:p='urn:p' xmlns:q='urn:q' a='1'"
                + " q:b='&lt;2' xmlns:xsi='" + XSI + "' xsi:nil='true'>one<?pi data?><!-- c --><q:In>x</q:In>"
                + "<![CDATA[two]]>&amp;three<Plain xmlns=''/></p:Ext>");

        assertThat(read.namespace()).isEqualTo("urn:p");
        assertThat(read.localName()).isEqualTo("Ext");
        assertThat(read.attributes()).containsExactly(new SimpleEntry<>(new QName("", "a"), "1"),
                new SimpleEntry<>(new QName("urn:q", "b"), "<2"), new SimpleEntry<>(new QName(XSI, "nil"), "true"));
        assertThat(read.attribute("urn:q", "b")).isEqualTo("<2");
        assertThat(read.content()).containsExactly("one", XmlElement.builder("urn:q", "In").text("x").build(),
                "two&three", XmlElement.builder("", "Plain").build());
        assertThat(read.children()).extracting(XmlElement::localName).containsExactly("In", "Plain");
        assertThat(read.text()).isEqualTo("onetwo&three");
    }

    @Test
    void writtenAndReadBackItIsEqual() {
        XmlElement built = XmlElement.builder("urn:p", "Ext")
                .attribute("urn:q", "b", "tab\there")
                .attribute(XSI, "type", "p:T")
                .text("a\r\nb <&> ]]>")
                .child(XmlElement.builder("", "Plain").attribute("", "x", "1").build())
                .child(XmlElement.builder("urn:q", "In").build())
                .build();

        String xml = built.toXml();

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Ext xmlns=\"urn:p\" xmlns:ns1=\"urn:q\""
                + " ns1:b=\"tab&#9;here\" xmlns:xsi=\"" + XSI + "\" xsi:type=\"p:T\">a&#13;\nb &lt;&amp;&gt; ]]&gt;"
                + "<Plain xmlns=\"\" x=\"1\"/><In xmlns=\"urn:q\"/></Ext>");
        assertThat(XmlElement.fromXml(xml)).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built.toString()).isEqualTo(xml.substring(xml.indexOf("?>") + 2));
    }

    @Test
    void adjacentTextsAreOneAndEmptyTextIsNothing() {
        XmlElement element = XmlElement.builder("", "e").text("a").text("").text("b").build();

        assertThat(element.content()).containsExactly("ab");
        assertThat(element).isEqualTo(XmlElement.builder("", "e").text("ab").build());
        assertThat(XmlElement.builder("", "e").text("").build().content()).isEmpty();
    }

    @Test
    void badNamesAndNamespaceDeclarationsAreRejectedWithWhatToDo() {
        assertThatThrownBy(() -> XmlElement.builder("urn:p", "p:Ext"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("element name 'p:Ext' is not an XML name without a prefix")
                .hasMessageContaining("give the namespace separately");
        assertThatThrownBy(() -> XmlElement.builder("", "1st")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlElement.builder(null, "e")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("use \"\" for none");
        assertThatThrownBy(() -> XmlElement.builder("", "e").attribute("", "xmlns", "urn:p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("namespace declaration");
        assertThatThrownBy(() -> XmlElement.builder("", "e").attribute("http://www.w3.org/2000/xmlns/", "p", "urn:p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlElement.builder("", "e").attribute("", "a b", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute name 'a b'");
    }

    @Test
    void theContentIsUnmodifiable() {
        XmlElement element = XmlElement.builder("", "e").attribute("", "a", "1").text("t").build();

        assertThatThrownBy(() -> element.content().add("more")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> element.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theReadersLimitsApplyInsideAnElement() {
        StringBuilder deep = new StringBuilder("<R><e>");
        for (int i = 0; i < 10; i++) {
            deep.append("<a>");
        }
        for (int i = 0; i < 10; i++) {
            deep.append("</a>");
        }
        deep.append("</e></R>");
        XmlReadOptions shallow = XmlReadOptions.builder().maxDepth(5).build();

        assertThatThrownBy(() -> readFirstChild(deep.toString(), shallow))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("nested deeper than 5 (XmlReadOptions.maxDepth)");
        XmlReadOptions shortTexts = XmlReadOptions.builder().maxTextLength(3).build();
        assertThatThrownBy(() -> readFirstChild("<R><e>long text</e></R>", shortTexts))
                .hasMessageContaining("limit of 3 chars (XmlReadOptions.maxTextLength)");
        assertThatThrownBy(() -> readFirstChild("<R><e a='long value'/></R>", shortTexts))
                .hasMessageContaining("attribute a is longer than the limit of 3 chars");
        assertThat(readFirstChild("<R><e>abc</e></R>", shortTexts).text()).isEqualTo("abc");
    }

    @Test
    void strictReadingChecksNothingInsideTheElement() {
        XmlReadOptions strict = XmlReadOptions.strict();

        XmlElement read = readFirstChild("<R><e unknown='1' xmlns:xsi='" + XSI + "' xsi:nil='maybe'><f g='2'/>text</e>"
                + "</R>", strict);

        assertThat(read.children()).singleElement().extracting(f -> f.attribute("", "g")).isEqualTo("2");
    }

    @Test
    void aDocumentWithoutOneRootIsNoElement() {
        assertThatThrownBy(() -> XmlElement.fromXml("<a/><b/>")).isInstanceOf(XmlReadException.class);
        assertThatThrownBy(() -> XmlElement.fromXml("text")).isInstanceOf(XmlReadException.class);
        assertThatThrownBy(() -> XmlElement.fromXml("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>"))
                .isInstanceOf(XmlReadException.class).hasMessageContaining("DOCTYPE");
    }

    private static XmlElement readFirstChild(String xml, XmlReadOptions options) {
        XmlChildren any = XmlChildren.builder().wildcardChild(0, XmlWildcard.any(), 0, -1).build();
        return XmlReader.read(xml, options, "", "R", in -> {
            XmlElement first = null;
            XmlReader.Children children = in.children(any);
            while (children.next()) {
                XmlElement element = in.readElement();
                first = first == null ? element : first;
            }
            return first;
        });
    }
}
