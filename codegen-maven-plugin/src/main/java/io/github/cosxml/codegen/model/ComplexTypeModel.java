package io.github.cosxml.codegen.model;

import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * One complex type, generated as one final immutable class.
 *
 * @param name the Java class, as XJC names it
 * @param xmlType the schema type name, null if anonymous
 * @param baseType the extended complex type ({@code xs:extension}), or null; its properties are
 *     inherited (flattened into the generated class, base properties first)
 * @param content the content model of this type's own particle
 * @param properties this type's own properties in schema order (attributes, elements, text)
 * @param documentation the {@code xs:documentation} text, or null
 * @param choiceGroups the choice groups of this type's own properties, in the order of their numbers
 */
public record ComplexTypeModel(
        JavaName name,
        QName xmlType,
        JavaName baseType,
        ContentKind content,
        List<PropertyModel> properties,
        String documentation,
        List<ChoiceGroupModel> choiceGroups) {

    /** Copies the properties defensively and checks names are unique. */
    public ComplexTypeModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        properties = List.copyOf(Objects.requireNonNullElse(properties, List.of()));
        choiceGroups = List.copyOf(Objects.requireNonNullElse(choiceGroups, List.of()));
        long distinct = properties.stream().map(PropertyModel::javaName).distinct().count();
        if (distinct != properties.size()) {
            throw new IllegalArgumentException("duplicate property names in " + name);
        }
    }

    /**
     * A type described by its properties alone: its choice groups lie in no other group, and each
     * is required as its properties say ({@link PropertyModel#choiceRequired()}).
     *
     * @param name the Java class
     * @param xmlType the schema type name, null if anonymous
     * @param baseType the extended complex type, or null
     * @param content the content model of this type's own particle
     * @param properties this type's own properties in schema order
     * @param documentation the {@code xs:documentation} text, or null
     */
    public ComplexTypeModel(JavaName name, QName xmlType, JavaName baseType, ContentKind content,
            List<PropertyModel> properties, String documentation) {
        this(name, xmlType, baseType, content, properties, documentation, List.of());
    }

    /**
     * A choice group of this type's own properties.
     *
     * @param group the group number
     * @return the group, or null when the type does not describe it (then it lies in no other group)
     */
    public ChoiceGroupModel choiceGroup(int group) {
        for (ChoiceGroupModel model : choiceGroups) {
            if (model.group() == group) {
                return model;
            }
        }
        return null;
    }
}
