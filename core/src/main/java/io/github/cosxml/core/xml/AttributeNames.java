package io.github.cosxml.core.xml;

import java.util.Objects;
import javax.xml.XMLConstants;

/** The check of an attribute name given to a builder: a name the writer can write as an attribute. */
final class AttributeNames {

    private AttributeNames() {
    }

    /**
     * Rejects a local name that is not an NCName, and a namespace declaration, which is not an attribute
     * to XML Namespaces (the writer declares the namespaces of names itself).
     *
     * @throws NullPointerException if the namespace or the local name is null
     * @throws IllegalArgumentException if the name is one of those
     */
    static void checkWritable(String namespace, String localName) {
        Objects.requireNonNull(namespace, "attribute namespace (use \"\" for none)");
        Objects.requireNonNull(localName, "attribute local name");
        if (!TextKind.NCNAME.isValid(localName)) {
            throw new IllegalArgumentException("attribute name '" + localName + "' is not an XML name without a prefix"
                    + " (NCName); give the namespace separately");
        }
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)
                || namespace.isEmpty() && XMLConstants.XMLNS_ATTRIBUTE.equals(localName)) {
            throw new IllegalArgumentException("attribute " + localName + " is a namespace declaration;"
                    + " the writer declares the namespaces of names itself");
        }
    }
}
