package io.github.cosxml.codegen.model;

/** Where a property lives in the XML. */
public enum NodeKind {
    /** A child element. */
    ELEMENT,
    /** An attribute of the type's element. */
    ATTRIBUTE,
    /** The text value of a {@code simpleContent} type. */
    TEXT
}
