package io.github.cosxml.codegen.model;

import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * An enumerated simple type, generated as a Java enum with {@code value()} and {@code fromValue(String)}.
 *
 * @param name the Java enum class
 * @param xmlType the schema type name, null if anonymous
 * @param constants the constants in schema order
 * @param documentation the {@code xs:documentation} text, or null
 * @param textKind what the schema type's values are: for a numeric kind a value matches a constant by number
 *     ({@code 02} is {@code 2}), as the kind compares them
 */
public record EnumTypeModel(JavaName name, QName xmlType, List<EnumConstantModel> constants, String documentation,
        TextKind textKind) {

    /** Copies defensively and requires at least one constant. */
    public EnumTypeModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(textKind, "textKind");
        constants = List.copyOf(Objects.requireNonNullElse(constants, List.of()));
        if (constants.isEmpty()) {
            throw new IllegalArgumentException("enum " + name + " has no constants");
        }
    }

    /**
     * An enum of text.
     *
     * @param name the Java enum class
     * @param xmlType the schema type name, null if anonymous
     * @param constants the constants in schema order
     * @param documentation the documentation, or null
     */
    public EnumTypeModel(JavaName name, QName xmlType, List<EnumConstantModel> constants, String documentation) {
        this(name, xmlType, constants, documentation, TextKind.TEXT);
    }

    /**
     * Whether the schema type is numeric, so that a value matches a constant by number.
     *
     * @return true for a numeric text kind
     */
    public boolean numeric() {
        return textKind.isNumeric();
    }
}
