package io.github.cosxml.codegen.model;

import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A global element; its type's class gets {@code fromXml}, {@code toXml} and {@code writeXml}.
 *
 * @param elementName the element's qualified name
 * @param type the complex type's class
 * @param nillable whether the element is declared {@code nillable}: a document may then be
 *     {@code <Root xsi:nil="true"/>}, which reads as a nil value of the class
 */
public record RootElementModel(QName elementName, JavaName type, boolean nillable) {

    /** Rejects nulls. */
    public RootElementModel {
        Objects.requireNonNull(elementName, "elementName");
        Objects.requireNonNull(type, "type");
    }

    /**
     * A global element that is not nillable.
     *
     * @param elementName the element's qualified name
     * @param type the complex type's class
     */
    public RootElementModel(QName elementName, JavaName type) {
        this(elementName, type, false);
    }
}
