package io.github.cosxml.codegen.model;

/** The content model of a complex type's own (non-inherited) particle. */
public enum ContentKind {
    /** {@code xs:sequence}: children in declared order. */
    SEQUENCE,
    /** {@code xs:all}: children in any order, each at most once. */
    ALL,
    /** {@code xs:choice} at the top level: exactly one branch (see {@link PropertyModel#choiceGroup()}). */
    CHOICE,
    /** {@code xs:simpleContent}: a text value plus attributes. */
    SIMPLE_CONTENT,
    /** No child elements (attributes only, or nothing). */
    EMPTY
}
