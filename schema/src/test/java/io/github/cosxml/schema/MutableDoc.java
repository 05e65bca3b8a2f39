package io.github.cosxml.schema;

import io.github.cosxml.schema.Fixtures.Fixture;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A fixture as a DOM to mutate, with the element paths the validator uses. */
final class MutableDoc {

    private final Document document;

    private MutableDoc(Document document) {
        this.document = document;
    }

    static MutableDoc of(Fixture fixture) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new MutableDoc(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(fixture.bytes())));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + fixture + ": " + e.getMessage(), e);
        }
    }

    /** @return every element, in document order */
    List<Element> elements() {
        List<Element> out = new ArrayList<>();
        collect(document.getDocumentElement(), out);
        return out;
    }

    /** @return every element with that local name, in document order */
    List<Element> named(String name) {
        return elements().stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    /** @return the element's path in the validator's form, e.g. {@code /Response/IdInfo[2]/Score} */
    static String path(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            int position = 1;
            for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element sibling && sibling.getTagName().equals(e.getTagName())) {
                    position++;
                }
            }
            path.insert(0, "/" + e.getTagName() + (position > 1 ? "[" + position + "]" : ""));
        }
        return path.toString();
    }

    /** @return the element's path without positions, as in the XSD tree */
    static String plainPath(Element element) {
        return path(element).replaceAll("\\[\\d+]", "");
    }

    /** @return the number of siblings (itself included) with the element's name */
    static int sameNameSiblings(Element element) {
        int count = 0;
        for (Node s = element.getParentNode().getFirstChild(); s != null; s = s.getNextSibling()) {
            if (s instanceof Element sibling && sibling.getTagName().equals(element.getTagName())) {
                count++;
            }
        }
        return count;
    }

    /** @return the child elements of {@code parent}, in order */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the document serialised (UTF-8 text, no XML declaration) */
    String xml() {
        try {
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Element element, List<Element> out) {
        out.add(element);
        for (Element child : children(element)) {
            collect(child, out);
        }
    }
}
