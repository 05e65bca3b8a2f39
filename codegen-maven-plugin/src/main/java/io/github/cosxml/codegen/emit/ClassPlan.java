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
 * @param nilField for a type whose values can be nil ({@link NameTable#canBeNil}), the name of the
 *     nil flag's field and of its builder method; else null
 * @param nilGetter with {@code nilField}, the name of its getter ({@code isNil})
 */
record ClassPlan(
        ClassName className,
        ComplexTypeModel type,
        List<PropertyPlan> properties,
        RootElementModel root,
        ClassName builderClass,
        List<Choice> choices,
        String nilField,
        String nilGetter) {

    /** Whether a value of this class can be nil: an element with {@code xsi:nil="true"} and attributes. */
    boolean canBeNil() {
        return nilField != null;
    }

    /** The properties that are the element's content: child elements and the text value, not attributes. */
    List<PropertyPlan> content() {
        return properties.stream().filter(p -> !p.isAttribute()).toList();
    }

    /** The element properties in schema order. */
    List<PropertyPlan> elements() {
        return properties.stream().filter(PropertyPlan::isElement).toList();
    }

    /** The attribute properties. */
    List<PropertyPlan> attributes() {
        return properties.stream().filter(PropertyPlan::isAttribute).toList();
    }

    /** The property of the {@code xs:anyAttribute}, or null. */
    PropertyPlan attributeWildcard() {
        return properties.stream().filter(PropertyPlan::isAttributeWildcard).findFirst().orElse(null);
    }

    /** The simple-content value property, or null. */
    PropertyPlan text() {
        return properties.stream().filter(PropertyPlan::isText).findFirst().orElse(null);
    }

    /**
     * The choice group with this class-wide number.
     *
     * @param group the group number
     * @return the group
     * @throws IllegalArgumentException if the class has no such group
     */
    Choice choice(int group) {
        return choices.stream().filter(c -> c.group() == group).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no choice group " + group + " in " + className));
    }

    /**
     * One choice group.
     *
     * @param group the class-wide group number
     * @param branches the branches in schema order
     * @param required whether one branch must be set; for a group that lies in another's branch,
     *     once that branch is set
     * @param parent the group whose branch this group lies in, or -1
     * @param parentBranch the number of that branch as reading numbers it ({@code choiceBranch}), or -1
     */
    record Choice(int group, List<Branch> branches, boolean required, int parent, int parentBranch) {

        /** The number of the branch that holds an inner group, from 0 in {@link #branches()}. */
        int branchHolding(int innerGroup) {
            for (int i = 0; i < branches.size(); i++) {
                if (branches.get(i).innerGroups().contains(innerGroup)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("group " + innerGroup + " is not in group " + group);
        }
    }

    /**
     * One branch of a choice group: its own properties (one element, or those of a sequence in the
     * choice, which are set together) and the groups that lie in it.
     *
     * @param properties the branch's own element properties in schema order
     * @param innerGroups the class-wide numbers of the groups that lie in this branch, in schema order
     */
    record Branch(List<PropertyPlan> properties, List<Integer> innerGroups) {

        /** Whether the branch is one element of its own, so that it is set exactly when that element is. */
        boolean isSingleElement() {
            return properties.size() == 1 && innerGroups.isEmpty();
        }
    }
}
