package io.github.cosxml.codegen.model;

import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * One property of a complex type: a child element, an attribute, or the simple-content text.
 *
 * @param javaName the property name in camelCase, as XJC names it (e.g. {@code jobId})
 * @param xmlName the element or attribute name; for {@link NodeKind#TEXT}, an {@code xs:any} wildcard
 *     ({@link TypeRef.AnyElement}) and an {@code xs:anyAttribute} ({@link TypeRef.AnyAttributes}) it is
 *     ignored and may be null
 * @param kind element, attribute or text
 * @param type the value type
 * @param minOccurs minimum occurrences (attributes: 1 if required, else 0)
 * @param maxOccurs maximum occurrences, {@code -1} for unbounded; above 1 the property is a list
 * @param nillable whether the element is {@code nillable="true"}
 * @param facets restriction facets of the value type ({@link Facets#NONE} if none)
 * @param choiceGroup properties of one {@code xs:choice} share this index (unique within the type that
 *     declares them); null when not in a choice. Each branch is optional on its own: the
 *     {@code minOccurs} of a property in a choice counts once its branch is chosen, and
 *     {@code choiceRequired} says whether a branch must be
 * @param documentation the {@code xs:documentation} text, or null
 * @param emptyElementValue what an element that is present but has no character content stands for: the
 *     declaration's {@code fixed} value, else its {@code default} value (XML Schema Structures 3.3.4);
 *     null for none, and for attributes and text (an attribute's default applies only to its absence)
 * @param choiceBranch the branch of its choice the element is in (the index of the branch among the
 *     choice's particles): elements of one branch, a sequence in the choice, are set together and
 *     count as one branch; null when the element is a branch of its own (or not in a choice)
 * @param choiceRequired whether the element's choice needs one of its branches (the same for every
 *     property of the group); false when not in a choice
 */
public record PropertyModel(
        String javaName,
        QName xmlName,
        NodeKind kind,
        TypeRef type,
        int minOccurs,
        int maxOccurs,
        boolean nillable,
        Facets facets,
        Integer choiceGroup,
        String documentation,
        String emptyElementValue,
        Integer choiceBranch,
        boolean choiceRequired) {

    /** Value for {@link #maxOccurs()} meaning unbounded. */
    public static final int UNBOUNDED = -1;

    /** Validates the combination. */
    public PropertyModel {
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        facets = Objects.requireNonNullElse(facets, Facets.NONE);
        if (kind != NodeKind.TEXT && !(type instanceof TypeRef.AnyElement) && !(type instanceof TypeRef.AnyAttributes)) {
            Objects.requireNonNull(xmlName, "xmlName");
        }
        if (type instanceof TypeRef.AnyElement && (kind != NodeKind.ELEMENT || nillable)) {
            throw new IllegalArgumentException("the xs:any property " + javaName + " is a non-nillable element");
        }
        if (type instanceof TypeRef.AnyAttributes && (kind != NodeKind.ATTRIBUTE || minOccurs != 0)) {
            throw new IllegalArgumentException("the xs:anyAttribute property " + javaName + " is an optional attribute");
        }
        if (minOccurs < 0 || (maxOccurs != UNBOUNDED && maxOccurs < Math.max(1, minOccurs))) {
            throw new IllegalArgumentException("bad occurrence " + minOccurs + ".." + maxOccurs + " for " + javaName);
        }
        if (kind != NodeKind.ELEMENT && maxOccurs != 1) {
            throw new IllegalArgumentException(kind + " property " + javaName + " cannot repeat");
        }
        if (kind != NodeKind.ELEMENT && type instanceof TypeRef.ComplexRef) {
            throw new IllegalArgumentException(kind + " property " + javaName + " cannot have a complex type");
        }
        if (emptyElementValue != null && (kind != NodeKind.ELEMENT || type instanceof TypeRef.ComplexRef)) {
            throw new IllegalArgumentException("only an element of simple type has an empty-element value: " + javaName);
        }
        if ((choiceBranch != null || choiceRequired) && choiceGroup == null) {
            throw new IllegalArgumentException("property " + javaName + " has a choice branch but no choice group");
        }
    }

    /**
     * A property without an empty-element value.
     *
     * @param javaName the property name
     * @param xmlName the element or attribute name
     * @param kind element, attribute or text
     * @param type the value type
     * @param minOccurs minimum occurrences
     * @param maxOccurs maximum occurrences or {@link #UNBOUNDED}
     * @param nillable whether the element is nillable
     * @param facets restriction facets
     * @param choiceGroup the choice group or null
     * @param documentation the documentation or null
     */
    public PropertyModel(String javaName, QName xmlName, NodeKind kind, TypeRef type, int minOccurs, int maxOccurs,
            boolean nillable, Facets facets, Integer choiceGroup, String documentation) {
        this(javaName, xmlName, kind, type, minOccurs, maxOccurs, nillable, facets, choiceGroup, documentation, null,
                null, false);
    }

    /**
     * Whether the property holds a list (maxOccurs above 1 or unbounded).
     *
     * @return true for repeated elements
     */
    public boolean isRepeated() {
        return maxOccurs == UNBOUNDED || maxOccurs > 1;
    }

    /**
     * Whether at least one occurrence is required.
     *
     * @return true if minOccurs is positive
     */
    public boolean isRequired() {
        return minOccurs > 0;
    }

    /**
     * A single optional element property with no facets, outside any choice.
     *
     * @param javaName the property name
     * @param xmlName the element name
     * @param type the type
     * @return the property
     */
    public static PropertyModel element(String javaName, QName xmlName, TypeRef type) {
        return new PropertyModel(javaName, xmlName, NodeKind.ELEMENT, type, 0, 1, false, Facets.NONE, null, null);
    }

    /**
     * An optional attribute property with no facets.
     *
     * @param javaName the property name
     * @param xmlName the attribute name
     * @param type the type
     * @return the property
     */
    public static PropertyModel attribute(String javaName, QName xmlName, TypeRef type) {
        return new PropertyModel(javaName, xmlName, NodeKind.ATTRIBUTE, type, 0, 1, false, Facets.NONE, null, null);
    }

    /**
     * A copy with other occurrence bounds.
     *
     * @param min minimum
     * @param max maximum or {@link #UNBOUNDED}
     * @return the copy
     */
    public PropertyModel withOccurs(int min, int max) {
        return new PropertyModel(javaName, xmlName, kind, type, min, max, nillable, facets, choiceGroup, documentation,
                emptyElementValue, choiceBranch, choiceRequired);
    }

    /**
     * A copy with other facets.
     *
     * @param newFacets the facets
     * @return the copy
     */
    public PropertyModel withFacets(Facets newFacets) {
        return new PropertyModel(javaName, xmlName, kind, type, minOccurs, maxOccurs, nillable, newFacets, choiceGroup,
                documentation, emptyElementValue, choiceBranch, choiceRequired);
    }

    /**
     * A copy in the given choice group, which is optional, as a branch of its own.
     *
     * @param group the group index or null
     * @return the copy
     */
    public PropertyModel withChoiceGroup(Integer group) {
        return withChoice(group, null, false);
    }

    /**
     * A copy in the given branch of the given choice group.
     *
     * @param group the group index or null
     * @param branch the branch index within the group, or null for a branch of its own
     * @param required whether the choice needs one of its branches
     * @return the copy
     */
    public PropertyModel withChoice(Integer group, Integer branch, boolean required) {
        return new PropertyModel(javaName, xmlName, kind, type, minOccurs, maxOccurs, nillable, facets, group,
                documentation, emptyElementValue, branch, required);
    }

    /**
     * A copy with the nillable flag.
     *
     * @param value nillable
     * @return the copy
     */
    public PropertyModel withNillable(boolean value) {
        return new PropertyModel(javaName, xmlName, kind, type, minOccurs, maxOccurs, value, facets, choiceGroup,
                documentation, emptyElementValue, choiceBranch, choiceRequired);
    }

    /**
     * A copy with documentation.
     *
     * @param text the documentation or null
     * @return the copy
     */
    public PropertyModel withDocumentation(String text) {
        return new PropertyModel(javaName, xmlName, kind, type, minOccurs, maxOccurs, nillable, facets, choiceGroup,
                text, emptyElementValue, choiceBranch, choiceRequired);
    }

    /**
     * A copy with the value an empty element stands for.
     *
     * @param value the element's fixed or default value, or null
     * @return the copy
     */
    public PropertyModel withEmptyElementValue(String value) {
        return new PropertyModel(javaName, xmlName, kind, type, minOccurs, maxOccurs, nillable, facets, choiceGroup,
                documentation, value, choiceBranch, choiceRequired);
    }
}
