package io.github.cosxml.core.xml;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;

/**
 * Writes XML for generated {@code writeXml} methods: UTF-8, an XML declaration, no
 * indentation, escaping that round-trips every XML 1.0 character (carriage returns and, in
 * attributes, tabs and line breaks become character references), and namespace declarations.
 *
 * <p>Namespaces: an element's namespace becomes the default namespace where it changes
 * ({@code xmlns="..."}, or {@code xmlns=""} for an unqualified element below a qualified one);
 * a qualified attribute gets a prefix {@code ns1}, {@code ns2}, ... declared on its element
 * unless one is in scope. Output is deterministic. Not thread-safe.
 */
public final class XmlWriter {

    private final XmlOutput out;
    // open elements: index 0 is the document, whose default namespace is none
    private String[] names = new String[16];
    private String[] defaultNamespaces = new String[16];
    private int depth;
    // prefixes declared on open elements, innermost last, with the depth of the element declaring each
    private String[] prefixes = new String[4];
    private String[] prefixUris = new String[4];
    private int[] prefixDepths = new int[4];
    private int prefixCount;
    private boolean startTagOpen;
    private int prefixCounter;
    // the last child closed inside the innermost open element, to say where a value failed to print
    private String lastChild;

    private XmlWriter(XmlOutput out) {
        this.out = out;
        defaultNamespaces[0] = "";
    }

    /**
     * Writes a document to a string.
     *
     * @param body writes the root element
     * @return the document, starting with the XML declaration
     * @throws XmlWriteException if a value cannot be written
     */
    public static String toXmlString(Consumer<XmlWriter> body) {
        StringWriter text = new StringWriter();
        write(text, body);
        return text.toString();
    }

    /**
     * Writes a document as UTF-8 bytes. The stream is flushed, not closed.
     *
     * @param output the stream
     * @param body writes the root element
     * @throws UncheckedIOException if writing fails
     * @throws XmlWriteException if a value cannot be written
     */
    public static void write(OutputStream output, Consumer<XmlWriter> body) {
        write(new Utf8Output(output), body);
    }

    /**
     * Writes a document to characters. The writer is flushed, not closed.
     *
     * @param writer the writer
     * @param body writes the root element
     * @throws UncheckedIOException if writing fails
     * @throws XmlWriteException if a value cannot be written
     */
    public static void write(Writer writer, Consumer<XmlWriter> body) {
        write(XmlOutput.of(writer), body);
    }

    private static void write(XmlOutput output, Consumer<XmlWriter> body) {
        XmlWriter xml = new XmlWriter(output);
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        try {
            body.accept(xml);
        } catch (IllegalArgumentException | DateTimeException e) {
            // generated code prints a value before handing its text to the writer, so the writer's
            // position is all that says where the value belongs
            throw xml.unprintable(e);
        }
        if (xml.depth != 0) {
            throw new IllegalStateException("unclosed element " + xml.path());
        }
        output.flush();
    }

    /**
     * Opens an element.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     */
    public void startElement(String namespace, String localName) {
        closeStartTag();
        String parentNamespace = defaultNamespaces[depth];
        if (++depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            defaultNamespaces = Arrays.copyOf(defaultNamespaces, depth * 2);
        }
        names[depth] = localName;
        defaultNamespaces[depth] = namespace;
        lastChild = null;
        out.writeStartTag(localName);
        if (!namespace.equals(parentNamespace)) {
            out.write(" xmlns=\"");
            escape(namespace, XmlOutput.ATTRIBUTE_ESCAPES);
            out.write('"');
        }
        startTagOpen = true;
    }

    /**
     * Writes an attribute of the element just opened; does nothing for a null value.
     *
     * @param namespace the namespace URI, empty for an unqualified attribute
     * @param localName the local name
     * @param value the value or null
     */
    public void attribute(String namespace, String localName, String value) {
        if (value == null) {
            return;
        }
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + localName + " written outside a start tag at " + path());
        }
        String prefix = namespace.isEmpty() ? null : prefixFor(namespace);
        out.write(' ');
        if (prefix != null) {
            out.write(prefix);
            out.write(':');
        }
        out.write(localName);
        out.write("=\"");
        int invalid = out.writeEscaped(value, XmlOutput.ATTRIBUTE_ESCAPES);
        if (invalid >= 0) {
            throw invalidCharacter(value.charAt(invalid), path() + "/@" + (prefix == null ? "" : prefix + ":") + localName);
        }
        out.write('"');
    }

    /**
     * Writes attributes of the element just opened, in the map's order: the attributes of an
     * {@code xs:anyAttribute}, which {@link XmlAttributeWildcard#checkedCopy(Map)} has checked.
     *
     * @param attributes the attributes by name (their prefixes are not used)
     */
    public void attributes(Map<QName, String> attributes) {
        for (Map.Entry<QName, String> attribute : attributes.entrySet()) {
            attribute(attribute.getKey().getNamespaceURI(), attribute.getKey().getLocalPart(), attribute.getValue());
        }
    }

    /**
     * Writes text content; does nothing for null.
     *
     * @param value the text or null
     */
    public void text(String value) {
        if (value == null) {
            return;
        }
        closeStartTag();
        escape(value, XmlOutput.TEXT_ESCAPES);
    }

    /** Closes the innermost open element ({@code <a/>} when it is empty). */
    public void endElement() {
        if (depth == 0) {
            throw new IllegalStateException("no open element");
        }
        while (prefixCount > 0 && prefixDepths[prefixCount - 1] == depth) {
            prefixCount--;
        }
        String localName = names[depth];
        names[depth] = null;
        defaultNamespaces[depth] = null;
        depth--;
        lastChild = localName;
        if (startTagOpen) {
            out.write("/>");
            startTagOpen = false;
        } else {
            out.writeEndTag(localName);
        }
    }

    /**
     * Writes a text-only element; does nothing for a null value.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param value the text or null
     */
    public void element(String namespace, String localName, String value) {
        if (value == null) {
            return;
        }
        closeStartTag();
        if (!namespace.equals(defaultNamespaces[depth])) {
            startElement(namespace, localName);
            text(value);
            endElement();
            return;
        }
        // the common case, without the bookkeeping of an open element: nothing inside can declare a prefix
        out.writeStartTag(localName);
        out.write('>');
        int invalid = out.writeEscaped(value, XmlOutput.TEXT_ESCAPES);
        if (invalid >= 0) {
            throw invalidCharacter(value.charAt(invalid), (depth == 0 ? "" : path()) + "/" + localName);
        }
        out.writeEndTag(localName);
        lastChild = localName;
    }

    /**
     * Writes an empty element with {@code xsi:nil="true"}.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     */
    public void nilElement(String namespace, String localName) {
        startElement(namespace, localName);
        attribute(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil", "true");
        endElement();
    }

    private String prefixFor(String namespace) {
        if (XMLConstants.XML_NS_URI.equals(namespace)) {
            return "xml";
        }
        for (int i = prefixCount - 1; i >= 0; i--) {
            if (prefixUris[i].equals(namespace)) {
                return prefixes[i];
            }
        }
        String prefix = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace) ? "xsi" : "ns" + ++prefixCounter;
        declare(prefix, namespace);
        out.write(" xmlns:");
        out.write(prefix);
        out.write("=\"");
        escape(namespace, XmlOutput.ATTRIBUTE_ESCAPES);
        out.write('"');
        return prefix;
    }

    private void declare(String prefix, String namespace) {
        if (prefixCount == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, prefixCount * 2);
            prefixUris = Arrays.copyOf(prefixUris, prefixCount * 2);
            prefixDepths = Arrays.copyOf(prefixDepths, prefixCount * 2);
        }
        prefixes[prefixCount] = prefix;
        prefixUris[prefixCount] = namespace;
        prefixDepths[prefixCount] = depth;
        prefixCount++;
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.write('>');
            startTagOpen = false;
        }
    }

    /** Writes a value, replacing what {@code escapes} says and rejecting what XML 1.0 cannot hold. */
    private void escape(String value, String[] escapes) {
        int invalid = out.writeEscaped(value, escapes);
        if (invalid >= 0) {
            throw invalidCharacter(value.charAt(invalid), path());
        }
    }

    private static XmlWriteException invalidCharacter(char c, String path) {
        return new XmlWriteException("character U+" + String.format("%04X", (int) c)
                + " cannot be written in XML 1.0, at " + path + ": remove it or encode the value");
    }

    // the refusals print methods make: XmlValues and jaxb:javaType print methods throw IllegalArgumentException
    private XmlWriteException unprintable(RuntimeException cause) {
        String where = depth == 0 ? "outside the root element"
                : startTagOpen ? "in " + path() + " (an attribute, the text or the first child)"
                : lastChild == null ? "in " + path() + " (the text or the first child)"
                : "in " + path() + " (a child after " + lastChild + ", or the text)";
        String what = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return new XmlWriteException("cannot write a value " + where + ": " + what
                + "; change the value (validate() names the property it belongs to)", cause);
    }

    private String path() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            text.append('/').append(names[i]);
        }
        return text.length() == 0 ? "/" : text.toString();
    }
}
