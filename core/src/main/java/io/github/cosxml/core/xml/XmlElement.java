package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * An element kept as it was read, for the elements an {@code xs:any} wildcard stands for: its
 * name, its attributes in document order, and its content, each item a {@code String} (text) or a
 * nested {@code XmlElement}. Immutable; equal when names, attributes and content are equal.
 *
 * <p>What it keeps is the element's information, not its spelling: namespace prefixes,
 * namespace declarations, comments, processing instructions and the split of text into
 * character data and CDATA sections are not kept, and adjacent texts are one. A value that names
 * a namespace by its prefix ({@code xsi:type="p:T"}, a QName in text) keeps the prefix as text
 * only; the writer declares the namespaces of names, not those of such values.
 */
public final class XmlElement {

    private final String namespace;
    private final String localName;
    private final Map<QName, String> attributes;
    private final List<Object> content;

    private XmlElement(Builder builder) {
        this.namespace = builder.namespace;
        this.localName = builder.localName;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<QName, String>(builder.attributes));
        this.content = Collections.unmodifiableList(new ArrayList<Object>(builder.content));
    }

    /**
     * A builder of an element with this name.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @return the builder
     * @throws IllegalArgumentException if the local name is not an XML NCName
     */
    public static Builder builder(String namespace, String localName) {
        return new Builder(Objects.requireNonNull(namespace, "namespace (use \"\" for none)"),
                Builder.checkName(localName, "element"));
    }

    /** A builder for names a parser has read, which are well-formed already. */
    static Builder parsed(String namespace, String localName) {
        return new Builder(namespace, localName);
    }

    /**
     * Reads an element from a document whose root it is, leniently, with the default limits.
     *
     * @param xml the document
     * @return the root element
     * @throws XmlReadException if the XML is malformed or exceeds a limit
     */
    public static XmlElement fromXml(String xml) {
        return XmlReader.readAnyRoot(xml, XmlReadOptions.defaults());
    }

    /**
     * The namespace URI.
     *
     * @return the namespace, empty for none
     */
    public String namespace() {
        return namespace;
    }

    /**
     * The local name.
     *
     * @return the local name
     */
    public String localName() {
        return localName;
    }

    /**
     * The attributes in document order, keyed by namespace URI (empty for none) and local name.
     *
     * @return an unmodifiable map
     */
    public Map<QName, String> attributes() {
        return attributes;
    }

    /**
     * One attribute's value.
     *
     * @param attributeNamespace the namespace URI, empty for an unqualified attribute
     * @param attributeLocalName the local name
     * @return the value, or null if absent
     */
    public String attribute(String attributeNamespace, String attributeLocalName) {
        return attributes.get(new QName(attributeNamespace, attributeLocalName));
    }

    /**
     * The content in document order: each item a {@code String} or an {@code XmlElement}; no two
     * strings are adjacent and none is empty.
     *
     * @return an unmodifiable list
     */
    public List<Object> content() {
        return content;
    }

    /**
     * The child elements, without the text between them.
     *
     * @return a new unmodifiable list
     */
    public List<XmlElement> children() {
        List<XmlElement> children = new ArrayList<XmlElement>();
        for (Object item : content) {
            if (item instanceof XmlElement) {
                children.add((XmlElement) item);
            }
        }
        return Collections.unmodifiableList(children);
    }

    /**
     * The element's own text: its text items joined, without the text of its children.
     *
     * @return the text, empty if none
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Object item : content) {
            if (item instanceof String) {
                text.append((String) item);
            }
        }
        return text.toString();
    }

    /**
     * Writes this element; used by generated code.
     *
     * @param out the writer
     */
    public void writeXml(XmlWriter out) {
        out.startElement(namespace, localName);
        out.attributes(attributes);
        for (Object item : content) {
            if (item instanceof String) {
                out.text((String) item);
            } else {
                ((XmlElement) item).writeXml(out);
            }
        }
        out.endElement();
    }

    /**
     * This element as a UTF-8 document, starting with the XML declaration.
     *
     * @return the XML
     * @throws XmlWriteException if a text or attribute holds a character XML 1.0 cannot
     */
    public String toXml() {
        return XmlWriter.toXmlString(this::writeXml);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof XmlElement)) {
            return false;
        }
        XmlElement that = (XmlElement) other;
        return namespace.equals(that.namespace) && localName.equals(that.localName)
                && attributes.equals(that.attributes) && content.equals(that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespace, localName, attributes, content);
    }

    /** The element as XML, without the XML declaration (a character XML cannot hold is shown as {@code ?}). */
    @Override
    public String toString() {
        try {
            String xml = toXml();
            return xml.substring(xml.indexOf("?>") + 2);
        } catch (XmlWriteException e) {
            return "<" + localName + "> (" + e.getMessage() + ")";
        }
    }

    /** Builds an {@link XmlElement}. */
    public static final class Builder {
        private final String namespace;
        private final String localName;
        private final Map<QName, String> attributes = new LinkedHashMap<QName, String>();
        private final List<Object> content = new ArrayList<Object>();

        private Builder(String namespace, String localName) {
            this.namespace = namespace;
            this.localName = localName;
        }

        /**
         * Sets an attribute; a second value for the same name replaces the first, in its place.
         *
         * @param attributeNamespace the namespace URI, empty for an unqualified attribute; not the
         *     {@code xmlns} namespace, whose declarations the writer makes itself
         * @param attributeLocalName the local name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the name is not an XML NCName or is a namespace declaration
         */
        public Builder attribute(String attributeNamespace, String attributeLocalName, String value) {
            AttributeNames.checkWritable(attributeNamespace, attributeLocalName);
            return parsedAttribute(attributeNamespace, attributeLocalName,
                    Objects.requireNonNull(value, "value of attribute " + attributeLocalName));
        }

        /** Sets an attribute a parser has read. */
        Builder parsedAttribute(String attributeNamespace, String attributeLocalName, String value) {
            attributes.put(new QName(attributeNamespace, attributeLocalName), value);
            return this;
        }

        /**
         * Appends text; joined with text just before it, and nothing for an empty string.
         *
         * @param text the text
         * @return this builder
         */
        public Builder text(String text) {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                return this;
            }
            int last = content.size() - 1;
            if (last >= 0 && content.get(last) instanceof String) {
                content.set(last, content.get(last) + text);
            } else {
                content.add(text);
            }
            return this;
        }

        /**
         * Appends a child element.
         *
         * @param child the element
         * @return this builder
         */
        public Builder child(XmlElement child) {
            content.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        /**
         * The element.
         *
         * @return a new immutable element
         */
        public XmlElement build() {
            return new XmlElement(this);
        }

        private static String checkName(String name, String kind) {
            Objects.requireNonNull(name, kind + " local name");
            if (!TextKind.NCNAME.isValid(name)) {
                throw new IllegalArgumentException(kind + " name '" + name + "' is not an XML name without a prefix"
                        + " (NCName); give the namespace separately");
            }
            return name;
        }
    }
}
