package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.TextKind;
import io.github.cosxml.codegen.model.TypeRef;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.util.List;

/**
 * One property of a generated class with every name decided: field, getters, builder methods,
 * facet constant; plus what reading and strict checking need (child index, order position,
 * choice group).
 *
 * @param model the property as modelled
 * @param field the field (and builder setter) name
 * @param getter the getter name
 * @param rawGetter the {@code getXAsString} name for enum-typed properties, else null
 * @param presenceGetter the {@code hasX} name for an {@code xs:list} element or attribute, which
 *     may be present with no items, else null (see {@link #tracksPresence()})
 * @param nilGetter the {@code isXNil} name for a nillable element whose null value means absent,
 *     else null (see {@link #tracksNil()})
 * @param nilSetter the builder's {@code xNil} name, with {@code nilGetter}
 * @param adder the {@code addX} name for list properties, the {@code putX} name for the map of an
 *     {@code xs:anyAttribute}, else null
 * @param rawSetter the {@code xAsString} builder method for enum-typed properties, else null
 * @param rawAdder the {@code addXAsString} builder method for enum-typed list properties, else null
 * @param facetsConstant the name of the static {@code FacetSet} constant, or null if no facets apply
 * @param itemFacetsConstant the name of the static {@code FacetSet} constant of the item type of an
 *     {@code xs:list}, or null if it has no facets (or the value is not an {@code xs:list})
 * @param itemType the type of one value (the item type of an {@code xs:list})
 * @param storedItemType the Java type one value is stored as ({@code String} for enums)
 * @param enumClass the enum class for enum-typed properties, else null
 * @param childIndex the index in the class's {@code XmlChildren}, or -1 for attributes and text
 * @param position the strict-order position of an element
 * @param choiceGroup the class-wide choice group, or -1
 * @param nilAsValue whether a nil element is a value of its own ({@code isNil()}): a nillable
 *     element of a type whose values can be nil ({@link NameTable#canBeNil})
 */
record PropertyPlan(
        PropertyModel model,
        String field,
        String getter,
        String rawGetter,
        String presenceGetter,
        String nilGetter,
        String nilSetter,
        String adder,
        String rawSetter,
        String rawAdder,
        String facetsConstant,
        String itemFacetsConstant,
        TypeRef itemType,
        TypeName storedItemType,
        ClassName enumClass,
        int childIndex,
        int position,
        int choiceGroup,
        boolean nilAsValue) {

    /** Whether the value is a list: a repeated element or an {@code xs:list}. */
    boolean isList() {
        return model.isRepeated() || isXsList();
    }

    /** Whether the value is an {@code xs:list} (one text node of items). */
    boolean isXsList() {
        return model.type() instanceof TypeRef.ListType;
    }

    /**
     * Whether the field is null when the value is absent, though it is a list: an {@code xs:list}
     * element or attribute, which can be present with no items ({@code <X/>}, {@code a=""}), and
     * which the schema then checks as an empty list. Every other list is never null (a repeated
     * element's occurrences, or the text of an element, which is there with its element).
     */
    boolean tracksPresence() {
        return presenceGetter != null;
    }

    /**
     * Whether a nil element is kept apart from an absent one, in a flag of its own: a single nillable
     * element that is optional or a choice branch (a required one outside a choice is nil when null).
     */
    boolean tracksNil() {
        return nilGetter != null;
    }

    /**
     * Whether the list keeps nil items as null: a repeated nillable element, whose
     * {@code <X xsi:nil="true"/>} occurrences are items as much as the others are (for a complex type
     * with attributes, without the attributes a nil element may carry).
     */
    boolean keepsNilItems() {
        return isElement() && model.isRepeated() && !isXsList() && model.nillable();
    }

    /** Whether the element is there, nil or not, as a boolean expression on this object's fields. */
    CodeBlock present() {
        if (tracksNil()) {
            return CodeBlock.of("(this.$N != null || this.$N)", field, nilField());
        }
        return isList() && !tracksPresence() ? CodeBlock.of("!this.$N.isEmpty()", field)
                : CodeBlock.of("this.$N != null", field);
    }

    /** The field of the nil flag ({@link #tracksNil()}). */
    String nilField() {
        return nilSetter;
    }

    boolean isEnum() {
        return enumClass != null;
    }

    /**
     * The whitespace rule the generated code applies to this property's text: the type's rule
     * for a value kept as text (a string type or an enum), {@code PRESERVE} otherwise (a parsed
     * value trims for itself, and list items are split on whitespace).
     */
    WhiteSpace textWhiteSpace() {
        return isXsList() ? WhiteSpace.PRESERVE : whiteSpaceOf(model.facets());
    }

    /**
     * What the generated facet checks measure: the type's text kind for a value kept as text,
     * {@code TEXT} otherwise (a parsed value is measured by its own type, and the items of an
     * {@code xs:list} are counted as items and checked one by one).
     */
    TextKind textKind() {
        return isXsList() ? TextKind.TEXT : textKindOf(model.facets());
    }

    /**
     * The facets of the item type of an {@code xs:list}, which each item must meet;
     * {@link Facets#NONE} for a value that is not an {@code xs:list}.
     */
    Facets itemFacets() {
        return model.type() instanceof TypeRef.ListType list ? list.itemFacets() : Facets.NONE;
    }

    /** The whitespace rule the item facets check by: the item type's for items kept as text. */
    WhiteSpace itemWhiteSpace() {
        return whiteSpaceOf(itemFacets());
    }

    /**
     * The whitespace rule the facet checks apply before they look at a value: the rule of the
     * text a value is kept as ({@link #textWhiteSpace()}), and for a {@code jaxb:javaType} the
     * schema type's, since its print method writes the text the schema reads by that rule ({@code " 5"}
     * is an {@code xs:int}).
     */
    WhiteSpace facetWhiteSpace() {
        return isCustom() && !isXsList() ? model.facets().whiteSpace() : textWhiteSpace();
    }

    /** Like {@link #facetWhiteSpace()}, for the item facets of an {@code xs:list}. */
    WhiteSpace itemFacetWhiteSpace() {
        return isCustom() ? itemFacets().whiteSpace() : itemWhiteSpace();
    }

    /** What the item facets measure: the item type's text kind for items kept as text. */
    TextKind itemTextKind() {
        return textKindOf(itemFacets());
    }

    private WhiteSpace whiteSpaceOf(Facets facets) {
        return TypeMapper.isText(itemType) ? facets.whiteSpace() : WhiteSpace.PRESERVE;
    }

    private TextKind textKindOf(Facets facets) {
        return textKindFor(itemType, facets);
    }

    /**
     * What facet checks measure for values of {@code item}: the type's text kind for values kept as
     * text, and for a {@code jaxb:javaType}, checked on its printed text; {@code TEXT} for parsed
     * values (an {@code Integer} is an integer by its Java type), but for dates and times, whose
     * kind says what their bounds are ({@code 2024-01-31} is a date, not a number).
     */
    static TextKind textKindFor(TypeRef item, Facets facets) {
        return keptAsText(item) || facets.textKind().isCalendar() ? facets.textKind() : TextKind.TEXT;
    }

    /**
     * Whether generated code has anything to check for values of {@code item} with these facets: a
     * facet, or the lexical form of a value kept as text (a parsed value has its type by its Java type).
     */
    static boolean checksFacets(TypeRef item, Facets facets) {
        return !facets.withTextKind(keptAsText(item) ? facets.textKind() : TextKind.TEXT).isEmpty();
    }

    private static boolean keptAsText(TypeRef item) {
        return TypeMapper.isText(item) || item instanceof TypeRef.CustomType;
    }

    /**
     * The facet constant holding the member types of the union this property's values (or the items
     * of its {@code xs:list}) are, which reading checks them against in strict mode; null where they are
     * no union's, or are read otherwise (an enum's raw text, a {@code jaxb:javaType}'s parse method).
     */
    String unionFacetsConstant() {
        if (isEnum() || !TypeMapper.isText(itemType)) {
            return null;
        }
        if (isXsList()) {
            return itemFacets().union() != null ? itemFacetsConstant : null;
        }
        return model.facets().union() != null ? facetsConstant : null;
    }

    /**
     * Whether one value is an {@code xs:decimal} (or a restriction of it) kept as a {@code BigDecimal},
     * which {@code equals} compares by value: not an enum of decimals, kept as its text, nor a
     * {@code jaxb:javaType}, compared as its Java type compares.
     */
    boolean isDecimal() {
        return itemType instanceof TypeRef.BuiltinType builtin && builtin.kind() == Builtin.DECIMAL;
    }

    /** Whether one value is a {@code jaxb:javaType}, checked on the text its print method writes. */
    boolean isCustom() {
        return itemType instanceof TypeRef.CustomType;
    }

    boolean isComplex() {
        return itemType instanceof TypeRef.ComplexRef;
    }

    /** Whether this holds the elements of an {@code xs:any} wildcard ({@code XmlElement}s). */
    boolean isWildcard() {
        return itemType instanceof TypeRef.AnyElement;
    }

    /** Whether this holds the attributes of an {@code xs:anyAttribute} (a {@code Map<QName, String>}). */
    boolean isAttributeWildcard() {
        return itemType instanceof TypeRef.AnyAttributes;
    }

    /**
     * The wildcard's namespace constraint as an {@code XmlWildcard} expression ({@link #isWildcard()},
     * {@link #isAttributeWildcard()}).
     */
    CodeBlock wildcard() {
        if (itemType instanceof TypeRef.AnyAttributes any) {
            return wildcard(any.negated(), any.namespaces());
        }
        TypeRef.AnyElement any = (TypeRef.AnyElement) itemType;
        return wildcard(any.negated(), any.namespaces());
    }

    private static CodeBlock wildcard(boolean negated, List<String> namespaces) {
        if (negated && namespaces.isEmpty()) {
            return CodeBlock.of("$T.any()", RuntimeTypes.XML_WILDCARD);
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$N(", RuntimeTypes.XML_WILDCARD,
                negated ? "not" : "oneOf");
        for (int i = 0; i < namespaces.size(); i++) {
            code.add(i == 0 ? "$S" : ", $S", namespaces.get(i));
        }
        return code.add(")").build();
    }

    boolean isElement() {
        return model.kind() == NodeKind.ELEMENT;
    }

    boolean isAttribute() {
        return model.kind() == NodeKind.ATTRIBUTE;
    }

    boolean isText() {
        return model.kind() == NodeKind.TEXT;
    }

    /**
     * Whether this is the text of simple content whose type takes the empty string by its lexical
     * form ({@code xs:string}, its derivations without a lexical form of their own, {@code xs:anyURI}).
     * The writer writes such an element with whatever text it has, so a text that is not set is
     * written, read back and checked as the empty string; the value class stores it as one.
     */
    boolean isTextEmptyWhenUnset() {
        return isText() && itemType instanceof TypeRef.BuiltinType builtin
                && (builtin.kind() == Builtin.STRING || builtin.kind() == Builtin.ANY_URI)
                && textKind() == TextKind.TEXT;
    }

    boolean inChoice() {
        return choiceGroup >= 0;
    }

    /** The field's type: the stored item type, or a list of it. */
    TypeName fieldType() {
        return isList() ? ParameterizedTypeName.get(ClassName.get(List.class), storedItemType) : storedItemType;
    }

    /** The type the typed getter returns: the enum (or list of enums) for enum properties. */
    TypeName getterType() {
        if (!isEnum()) {
            return fieldType();
        }
        return isList() ? ParameterizedTypeName.get(ClassName.get(List.class), enumClass) : enumClass;
    }

    /** The namespace URI of the element or attribute, empty for none. */
    String namespace() {
        return model.xmlName() == null ? "" : model.xmlName().getNamespaceURI();
    }

    /** The local name of the element or attribute. */
    String localName() {
        return model.xmlName().getLocalPart();
    }
}
