package io.github.cosxml.codegen.model;

/**
 * The effective {@code whiteSpace} facet of a simple type: {@code xs:string} preserves,
 * {@code xs:normalizedString} replaces, {@code xs:token}, its derivations and every non-string
 * built-in collapse.
 */
public enum WhiteSpace {
    /** Text kept as it is. */
    PRESERVE,
    /** Tabs, line feeds and carriage returns become spaces. */
    REPLACE,
    /** Replaced, then space runs become one space and the ends are trimmed. */
    COLLAPSE
}
