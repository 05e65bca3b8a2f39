package io.github.cosxml.core.xml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;

/**
 * The {@code xs:anyAttribute} of one complex type (XML Schema 1.0, Structures 3.4.2 and 3.10): the
 * attributes it stands for are those in a namespace its {@link XmlWildcard} allows, other than the
 * attributes the type declares and the {@code xsi:*} ones, which are never a wildcard's. Generated
 * code keeps them as a {@code Map<QName, String>} property, read by
 * {@link XmlReader#otherAttributes(XmlAttributeWildcard)}, written by
 * {@link XmlWriter#attributes(Map)}, checked by {@link Validation#otherAttributes}, and holds one
 * instance per type in a static field. Immutable.
 */
public final class XmlAttributeWildcard {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final XmlWildcard namespaces;
    private final QName[] declared;

    private XmlAttributeWildcard(XmlWildcard namespaces, QName[] declared) {
        this.namespaces = namespaces;
        this.declared = declared;
    }

    /**
     * The wildcard of a type.
     *
     * @param namespaces the namespaces it allows
     * @param declared the attributes the type declares (its base types' too), which it does not stand for
     * @return the wildcard
     */
    public static XmlAttributeWildcard of(XmlWildcard namespaces, QName... declared) {
        QName[] names = declared.clone();
        for (QName name : names) {
            Objects.requireNonNull(name, "a declared attribute name is null");
        }
        return new XmlAttributeWildcard(Objects.requireNonNull(namespaces, "namespaces"), names);
    }

    /**
     * The namespaces the wildcard allows.
     *
     * @return the namespace constraint
     */
    public XmlWildcard namespaces() {
        return namespaces;
    }

    /**
     * Whether the type declares an attribute of this name.
     *
     * @param namespace the namespace URI, empty for an unqualified attribute
     * @param localName the local name
     * @return true if declared
     */
    public boolean isDeclared(String namespace, String localName) {
        for (QName name : declared) {
            if (name.getLocalPart().equals(localName) && name.getNamespaceURI().equals(namespace)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies attributes for a builder, checking that each can be written as one the wildcard stands
     * for: a name with an NCName as local part, not a namespace declaration, not an {@code xsi:*}
     * attribute (the writer writes {@code xsi:nil} itself), not an attribute the type declares (it would
     * be written twice), and a value. Whether the wildcard allows the namespace is left to
     * {@code validate()}, as for every other schema rule.
     *
     * @param attributes the attributes
     * @return a new mutable map with the same entries, in the same order
     * @throws NullPointerException if the map, a name or a value is null
     * @throws IllegalArgumentException if a name is one of those above
     */
    public Map<QName, String> checkedCopy(Map<QName, String> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        Map<QName, String> copy = new LinkedHashMap<QName, String>();
        for (Map.Entry<QName, String> attribute : attributes.entrySet()) {
            check(attribute.getKey(), attribute.getValue());
            copy.put(attribute.getKey(), attribute.getValue());
        }
        return copy;
    }

    /**
     * Checks one attribute as {@link #checkedCopy(Map)} checks each.
     *
     * @param name the attribute's name (its prefix is not used: the writer chooses prefixes)
     * @param value the value
     * @throws NullPointerException if the name or the value is null
     * @throws IllegalArgumentException if the name cannot be one of the wildcard's attributes
     */
    public void check(QName name, String value) {
        Objects.requireNonNull(name, "attribute name");
        String namespace = name.getNamespaceURI();
        String local = name.getLocalPart();
        AttributeNames.checkWritable(namespace, local);
        if (XSI.equals(namespace)) {
            throw new IllegalArgumentException("attribute xsi:" + local + " is not one an xs:anyAttribute stands for;"
                    + " the writer writes xsi:nil itself, from the value");
        }
        if (isDeclared(namespace, local)) {
            throw new IllegalArgumentException("attribute " + name + " is declared in this type, so it is not one of"
                    + " the xs:anyAttribute's; set its own property instead");
        }
        Objects.requireNonNull(value, "value of attribute " + name);
    }

    /**
     * Whether a read attribute is one the wildcard stands for; an {@code xmlns} declaration is not an
     * attribute to the parser and never comes here.
     */
    boolean takes(String namespace, String localName) {
        return !XSI.equals(namespace) && !isDeclared(namespace, localName) && namespaces.allows(namespace);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof XmlAttributeWildcard && ((XmlAttributeWildcard) other).namespaces.equals(namespaces)
                && Arrays.equals(((XmlAttributeWildcard) other).declared, declared);
    }

    @Override
    public int hashCode() {
        return 31 * namespaces.hashCode() + Arrays.hashCode(declared);
    }

    /** The constraint in words, for messages, such as {@code a namespace other than urn:t or none}. */
    @Override
    public String toString() {
        return namespaces.toString();
    }
}
