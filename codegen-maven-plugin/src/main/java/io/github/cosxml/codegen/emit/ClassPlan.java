package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.RootElementModel;
import java.util.List;

/**
 * A generated value class with every name decided: the class, its properties (inherited ones
 * first), its global element if it has one, and the choice groups that must hold exactly one value.
 *
 * @param className the class
 * @param type the complex type as modelled
 * @param properties all properties, base type's first
 * @param root the global element of this type, or null
 * @param builderClass the nested builder class
 * @param choices the choice groups in order of first appearance
 */
record ClassPlan(
        ClassName className,
        ComplexTypeModel type,
        List<PropertyPlan> properties,
        RootElementModel root,
        ClassName builderClass,
        List<Choice> choices) {

    /** The element properties in schema order. */
    List<PropertyPlan> elements() {
        return properties.stream().filter(PropertyPlan::isElement).toList();
    }

    /** The attribute properties. */
    List<PropertyPlan> attributes() {
        return properties.stream().filter(PropertyPlan::isAttribute).toList();
    }

    /** The simple-content value property, or null. */
    PropertyPlan text() {
        return properties.stream().filter(PropertyPlan::isText).findFirst().orElse(null);
    }

    /**
     * One choice group.
     *
     * @param group the class-wide group number
     * @param branches the branches in schema order, each the properties of its elements: one, or
     *     those of a sequence in the choice, which are set together
     * @param required whether one branch must be set
     */
    record Choice(int group, List<List<PropertyPlan>> branches, boolean required) {
    }
}
