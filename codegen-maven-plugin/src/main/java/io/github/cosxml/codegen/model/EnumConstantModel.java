package io.github.cosxml.codegen.model;

import java.util.Objects;

/**
 * One constant of a generated enum.
 *
 * @param javaName the constant name, e.g. {@code SUCCESS}
 * @param xmlValue the lexical value in XML, e.g. {@code Success}
 * @param documentation the {@code xs:documentation} text, or null
 */
public record EnumConstantModel(String javaName, String xmlValue, String documentation) {

    /** Rejects null names and values. */
    public EnumConstantModel {
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(xmlValue, "xmlValue");
    }
}
