package io.github.cosxml.codegen.model;

import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A global element; its type's class gets {@code fromXml}, {@code toXml} and {@code writeXml}.
 *
 * @param elementName the element's qualified name
 * @param type the complex type's class
 */
public record RootElementModel(QName elementName, JavaName type) {

    /** Rejects nulls. */
    public RootElementModel {
        Objects.requireNonNull(elementName, "elementName");
        Objects.requireNonNull(type, "type");
    }
}
