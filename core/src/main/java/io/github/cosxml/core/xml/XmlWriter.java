package io.github.cosxml.core.xml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;

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

    private final Writer out;
    private final List<Scope> scopes = new ArrayList<Scope>();
    private boolean startTagOpen;
    private int prefixCounter;

    private XmlWriter(Writer out) {
        this.out = out;
        scopes.add(new Scope(null, ""));
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
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        write(writer, body);
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
        XmlWriter xml = new XmlWriter(writer);
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        body.accept(xml);
        if (xml.scopes.size() != 1) {
            throw new IllegalStateException("unclosed element " + xml.path());
        }
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens an element.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     */
    public void startElement(String namespace, String localName) {
        closeStartTag();
        Scope parent = current();
        Scope scope = new Scope(localName, namespace);
        scopes.add(scope);
        raw("<");
        raw(localName);
        if (!namespace.equals(parent.defaultNamespace)) {
            raw(" xmlns=\"");
            escape(namespace, true);
            raw("\"");
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
        raw(" ");
        if (prefix != null) {
            raw(prefix);
            raw(":");
        }
        raw(localName);
        raw("=\"");
        escape(value, true);
        raw("\"");
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
        escape(value, false);
    }

    /** Closes the innermost open element ({@code <a/>} when it is empty). */
    public void endElement() {
        if (scopes.size() == 1) {
            throw new IllegalStateException("no open element");
        }
        Scope scope = scopes.remove(scopes.size() - 1);
        if (startTagOpen) {
            raw("/>");
            startTagOpen = false;
        } else {
            raw("</");
            raw(scope.localName);
            raw(">");
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
        startElement(namespace, localName);
        text(value);
        endElement();
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
        for (int i = scopes.size() - 1; i >= 0; i--) {
            String prefix = scopes.get(i).prefixOf(namespace);
            if (prefix != null) {
                return prefix;
            }
        }
        String prefix = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace) ? "xsi" : "ns" + ++prefixCounter;
        current().declare(prefix, namespace);
        raw(" xmlns:");
        raw(prefix);
        raw("=\"");
        escape(namespace, true);
        raw("\"");
        return prefix;
    }

    private Scope current() {
        return scopes.get(scopes.size() - 1);
    }

    private void closeStartTag() {
        if (startTagOpen) {
            raw(">");
            startTagOpen = false;
        }
    }

    private void escape(String value, boolean inAttribute) {
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String replacement = null;
            if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '&') {
                replacement = "&amp;";
            } else if (c == '"' && inAttribute) {
                replacement = "&quot;";
            } else if (c == '\r') {
                replacement = "&#13;";
            } else if ((c == '\n' || c == '\t') && inAttribute) {
                replacement = c == '\n' ? "&#10;" : "&#9;";
            } else if (!isXmlChar(value, i, c)) {
                throw new XmlWriteException("character U+" + String.format("%04X", (int) c)
                        + " cannot be written in XML 1.0, at " + path() + ": remove it or encode the value");
            } else if (Character.isHighSurrogate(c)) {
                i++; // the pair was checked by isXmlChar
            }
            if (replacement != null) {
                write(value, start, i);
                raw(replacement);
                start = i + 1;
            }
        }
        write(value, start, length);
    }

    private static boolean isXmlChar(String value, int i, char c) {
        if (c >= 0x20 && c < 0xD800) {
            return true;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false; // a low surrogate without its high surrogate
        }
        return c >= 0xE000 && c <= 0xFFFD;
    }

    private String path() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < scopes.size(); i++) {
            text.append('/').append(scopes.get(i).localName);
        }
        return text.length() == 0 ? "/" : text.toString();
    }

    private void raw(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, int from, int to) {
        if (from < to) {
            try {
                out.write(text, from, to - from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One open element: its default namespace and the prefixes declared on it. */
    private static final class Scope {
        private final String localName;
        private final String defaultNamespace;
        private List<String> prefixes;
        private List<String> uris;

        Scope(String localName, String defaultNamespace) {
            this.localName = localName;
            this.defaultNamespace = defaultNamespace;
        }

        void declare(String prefix, String uri) {
            if (prefixes == null) {
                prefixes = new ArrayList<String>(2);
                uris = new ArrayList<String>(2);
            }
            prefixes.add(prefix);
            uris.add(uri);
        }

        String prefixOf(String uri) {
            if (uris == null) {
                return null;
            }
            int index = uris.indexOf(uri);
            return index < 0 ? null : prefixes.get(index);
        }
    }
}
