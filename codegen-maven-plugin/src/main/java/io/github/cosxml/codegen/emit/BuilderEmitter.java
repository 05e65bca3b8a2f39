package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import javax.xml.namespace.QName;

/**
 * Emits the nested {@code Builder}: one setter per property named after it, {@code addX} for
 * lists, {@code xAsString}/{@code addXAsString} for raw enum text, and {@code build()}.
 * Builders leave facets to {@code validate()}; they reject only items that could not be written as
 * given (null, but as a nil item of a repeated nillable element, and text items of an {@code xs:list}
 * with whitespace inside or nothing left). A
 * setter taking a collection checks every item, as the adder does, before it replaces the list.
 */
final class BuilderEmitter {
    private static final String NIL_ITEM = " A null item is an element that is nil ({@code xsi:nil=\"true\"}).";
    private static final String NIL_VALUE_ITEM = " A nil element ({@code xsi:nil=\"true\"}) is an item built with its"
            + " attributes and {@code nil(true)}; a null item is one without attributes.";

    TypeSpec emit(ClassPlan plan) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(plan.builderClass())
                .addJavadoc("Builds {@link $T} values. Not thread-safe.\n", plan.className())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(plan.className(), "source");
        for (PropertyPlan property : plan.properties()) {
            FieldSpec.Builder field = FieldSpec.builder(property.fieldType(), property.field(), Modifier.PRIVATE);
            // a list or map starts shared (the value's, or an empty one) and is copied before its first change
            if (property.isList() && !property.tracksPresence()) {
                field.initializer("$T.emptyList()", Collections.class);
            } else if (property.isAttributeWildcard()) {
                field.initializer("$T.emptyMap()", Collections.class);
            }
            copy.addStatement("this.$N = source.$N", property.field(), property.field());
            builder.addField(field.build());
            if (property.tracksNil()) {
                builder.addField(FieldSpec.builder(boolean.class, property.nilField(), Modifier.PRIVATE).build());
                copy.addStatement("this.$N = source.$N", property.nilField(), property.nilField());
            }
        }
        if (plan.canBeNil()) {
            builder.addField(FieldSpec.builder(boolean.class, plan.nilField(), Modifier.PRIVATE).build());
            copy.addStatement("this.$N = source.$N", plan.nilField(), plan.nilField());
        }
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(copy.build());
        if (plan.canBeNil()) {
            builder.addMethod(NilBuilderMethods.nilSetter(plan));
        }
        for (PropertyPlan property : plan.properties()) {
            if (property.isList()) {
                addListMethods(builder, plan, property);
            } else if (property.isAttributeWildcard()) {
                addAttributeWildcardMethods(builder, plan, property);
            } else {
                addSingleMethods(builder, plan, property);
            }
            if (property.tracksNil()) {
                builder.addMethod(MethodSpec.methodBuilder(property.nilSetter())
                        .addJavadoc("Sets whether " + ValueClassEmitter.describeNode(property)
                                + " is {@code xsi:nil=\"true\"}. True removes its value; setting a value (null:"
                                + " absent) makes it not nil.\n\n@param value true for nil\n@return this builder\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(plan.builderClass())
                        .addParameter(boolean.class, "value")
                        .beginControlFlow("if (value)")
                        .addStatement("this.$N = null", property.field())
                        .endControlFlow()
                        .addStatement("this.$N = value", property.nilField())
                        .addCode(NilBuilderMethods.clearedBy(plan, property))
                        .addStatement("return this")
                        .build());
            }
        }
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the immutable value.\n\n@return the value\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.className())
                .addStatement("return new $T(this)", plan.className())
                .build());
        return builder.build();
    }

    private static void addSingleMethods(TypeSpec.Builder builder, ClassPlan plan, PropertyPlan property) {
        String what = ValueClassEmitter.describe(property);
        if (property.isEnum()) {
            builder.addMethod(notNil(plan, setter(plan, property.field(), property.enumClass(), "Sets " + what + ".")
                    .addStatement("this.$N = value == null ? null : value.value()", property.field()), property)
                    .addStatement("return this")
                    .build());
            builder.addMethod(notNil(plan, setter(plan, property.rawSetter(), property.storedItemType(),
                    "Sets " + what + " as raw text, which may be a value the enum does not know."
                            + normalizedNote(property))
                    .addStatement("this.$N = $L", property.field(), normalized(property, "value")), property)
                    .addStatement("return this")
                    .build());
        } else {
            String doc = "Sets " + what + "." + normalizedNote(property) + (property.isTextEmptyWhenUnset()
                    ? " Null is no text, which the value stores as the empty string." : "");
            builder.addMethod(notNil(plan, setter(plan, property.field(), property.fieldType(), doc)
                    .addStatement("this.$N = $L", property.field(), normalized(property, "value")), property)
                    .addStatement("return this")
                    .build());
        }
    }

    /**
     * The setter and the {@code putX} of the attributes of an {@code xs:anyAttribute}: each name is checked when
     * it is set, since one the writer could not write as the wildcard's would make the XML malformed; whether the
     * wildcard allows its namespace is {@code validate()}'s to report. Attributes are not content: setting them
     * leaves a nil element nil.
     */
    private static void addAttributeWildcardMethods(TypeSpec.Builder builder, ClassPlan plan, PropertyPlan property) {
        String rejected = "@throws IllegalArgumentException if a name's local part is not an NCName, or the name is a"
                + " namespace declaration, an {@code xsi:*} attribute or an attribute the type declares\n";
        builder.addMethod(setter(plan, property.field(), property.fieldType(), "Replaces "
                        + ValueClassEmitter.describe(property) + ", in the map's order. All or nothing: if a name is"
                        + " rejected, the builder keeps the attributes it had.")
                .addJavadoc(rejected)
                .addStatement("this.$N = $N.checkedCopy(value)", property.field(), Planner.ATTRIBUTE_WILDCARD)
                .addStatement("return this")
                .build());
        builder.addMethod(MethodSpec.methodBuilder(property.adder())
                .addJavadoc("Sets one of " + ValueClassEmitter.describe(property) + "; a second value for a name"
                        + " replaces the first, in its place.\n\n@param name the attribute's name (its prefix is not"
                        + " used)\n@param value the value\n@return this builder\n" + rejected)
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.builderClass())
                .addParameter(QName.class, "name")
                .addParameter(String.class, "value")
                .addStatement("$N.check(name, value)", Planner.ATTRIBUTE_WILDCARD)
                .addStatement("this.$N = $T.own(this.$N)", property.field(), RuntimeTypes.BUILDER_COLLECTIONS,
                        property.field())
                .addStatement("this.$N.put(name, value)", property.field())
                .addStatement("return this")
                .build());
    }

    // Text keeps the schema's whitespace rule, as reading does, so that a value built equals the value read back
    // from what it writes, and an enum of xs:token finds its constant; an item of an xs:list kept as text is what
    // reading the list gives: no whitespace around it, none inside it.
    private static CodeBlock normalized(PropertyPlan property, String variable) {
        if (property.isXsList()) {
            return CodeBlock.of("$T.listItem($S, $N)", RuntimeTypes.XML_VALUES, property.field(), variable);
        }
        WhiteSpace rule = property.textWhiteSpace();
        return rule == WhiteSpace.PRESERVE ? CodeBlock.of("$N", variable)
                : CodeBlock.of("$T.$N.apply($N)", RuntimeTypes.WHITE_SPACE, rule.name(), variable);
    }

    private static String normalizedNote(PropertyPlan property) {
        if (property.isXsList()) {
            return " The whitespace around the item goes, as reading the list's text does.";
        }
        return switch (property.textWhiteSpace()) {
            case PRESERVE -> "";
            case REPLACE -> " Tabs and line breaks become spaces, as the schema's whitespace rule says.";
            case COLLAPSE -> " Whitespace collapses, as the schema's whitespace rule says.";
        };
    }

    /** Whether the adder takes an item of an {@code xs:list} as text, which cannot hold whitespace. */
    private static boolean addsListText(PropertyPlan property) {
        return property.isXsList() && TypeMapper.isText(property.itemType());
    }

    /**
     * One way to fill a list property (typed, or as raw text for an enum), emitted as three methods: a collection
     * setter, a public adder, and a private static adder of the same name that checks and converts one item into a
     * given list, which the other two call. The collection setter fills a new list through it and only then
     * replaces the builder's, so a rejected item leaves the builder as it was.
     *
     * @param setter the collection setter's name
     * @param adder the adder's name, shared by the public adder and the private static one
     * @param itemType the type of one item as passed in
     * @param stored the item as stored, an expression of {@code value}
     * @param checksText whether an item is text of an {@code xs:list}, which cannot hold whitespace
     * @param setterDoc the collection setter's first sentence
     * @param adderDoc the adder's first sentence
     */
    private record ListAccess(String setter, String adder, TypeName itemType, CodeBlock stored, boolean checksText,
            String setterDoc, String adderDoc) {
    }

    private static void addListMethods(TypeSpec.Builder builder, ClassPlan plan, PropertyPlan property) {
        for (ListAccess access : listAccesses(property)) {
            builder.addMethod(collectionSetter(plan, property, access));
            builder.addMethod(adder(plan, property, access));
            builder.addMethod(itemAdder(property, access));
        }
    }

    /** The typed access, and for an enum the raw-text one. */
    private static List<ListAccess> listAccesses(PropertyPlan property) {
        String what = ValueClassEmitter.describe(property);
        boolean text = addsListText(property);
        if (!property.isEnum()) {
            // an xs:list of values that are not text has no whitespace rule of its own to apply to an item
            boolean normalizes = text || !property.isXsList();
            return List.of(new ListAccess(property.field(), property.adder(), property.storedItemType(),
                    normalizes ? normalized(property, "value") : CodeBlock.of("value"), text,
                    "Replaces " + what + ".", "Adds one of " + what + "." + (normalizes ? normalizedNote(property) : "")));
        }
        return List.of(
                new ListAccess(property.field(), property.adder(), property.enumClass(), CodeBlock.of("value.value()"),
                        false, "Replaces " + what + ".", "Adds one of " + what + "."),
                new ListAccess(property.rawSetter(), property.rawAdder(), property.storedItemType(),
                        normalized(property, "value"), text,
                        "Replaces " + what + " with raw texts, which may be values the enum does not know.",
                        "Adds one of " + what + " as raw text, which may be a value the enum does not know."
                                + normalizedNote(property)));
    }

    private static MethodSpec collectionSetter(ClassPlan plan, PropertyPlan property, ListAccess access) {
        String doc = access.setterDoc() + " All or nothing: if an item is rejected, the builder keeps the items it"
                + " had.";
        MethodSpec.Builder method = setter(plan, access.setter(), collectionOf(access.itemType()), doc
                + nilItemDoc(property)
                + (property.tracksPresence() ? " An empty collection writes the " + nodeKind(property)
                        + " with no items; null makes it absent." : ""))
                .addJavadoc(access.checksText() ? listItemThrows("an item") : "");
        notNil(plan, method, property);
        if (property.tracksPresence()) {
            method.beginControlFlow("if (value == null)")
                    .addStatement("this.$N = null", property.field())
                    .addStatement("return this")
                    .endControlFlow();
        } else {
            method.addStatement("$T.requireNonNull(value, $S)", Objects.class, property.field());
        }
        return method.addStatement("$T items = new $T<>(value.size())", property.fieldType(), ArrayList.class)
                .beginControlFlow("for ($T item : value)", access.itemType())
                .addStatement("$N(items, item)", access.adder())
                .endControlFlow()
                .addStatement("this.$N = items", property.field())
                .addStatement("return this")
                .build();
    }

    private static MethodSpec adder(ClassPlan plan, PropertyPlan property, ListAccess access) {
        MethodSpec.Builder method = setter(plan, access.adder(), access.itemType(), access.adderDoc()
                + nilItemDoc(property))
                .addJavadoc(access.checksText() ? listItemThrows("the item") : "");
        if (property.tracksPresence()) {
            // the list exists only once an item is accepted: a rejected first item leaves the value absent
            method.addStatement("$T items = $T.own(this.$N)", property.fieldType(), RuntimeTypes.BUILDER_COLLECTIONS,
                            property.field())
                    .addStatement("$N(items, value)", access.adder())
                    .addStatement("this.$N = items", property.field());
            notNil(plan, method, property);
        } else {
            method.addStatement("this.$N = $T.own(this.$N)", property.field(), RuntimeTypes.BUILDER_COLLECTIONS,
                            property.field())
                    .addStatement("$N(this.$N, value)", access.adder(), property.field())
                    .addCode(NilBuilderMethods.clearedBy(plan, property));
        }
        return method.addStatement("return this").build();
    }

    private static String nilItemDoc(PropertyPlan property) {
        return !property.keepsNilItems() ? "" : property.nilAsValue() ? NIL_VALUE_ITEM : NIL_ITEM;
    }

    /**
     * A value set (or null, absent) means the element is not nil: clears the nil flag, if there is one; and
     * content set means the element this builder builds is not nil.
     */
    private static MethodSpec.Builder notNil(ClassPlan plan, MethodSpec.Builder method, PropertyPlan property) {
        if (property.tracksNil()) {
            method.addStatement("this.$N = false", property.nilField());
        }
        return method.addCode(NilBuilderMethods.clearedBy(plan, property));
    }

    private static String nodeKind(PropertyPlan property) {
        return property.isAttribute() ? "attribute" : "element";
    }

    private static MethodSpec itemAdder(PropertyPlan property, ListAccess access) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(access.adder())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(property.fieldType(), "items")
                .addParameter(access.itemType(), "value");
        if (!property.keepsNilItems()) {
            return method.addStatement("$T.requireNonNull(value, $S)", Objects.class, property.field() + " item")
                    .addStatement("items.add($L)", access.stored())
                    .build();
        }
        // null is a nil item, written as xsi:nil="true"
        CodeBlock stored = access.stored().equals(CodeBlock.of("value")) ? access.stored()
                : CodeBlock.of("value == null ? null : $L", access.stored());
        return method.addStatement("items.add($L)", stored).build();
    }

    private static String listItemThrows(String item) {
        return "@throws IllegalArgumentException if " + item + " has whitespace inside, which would write two items,"
                + " or is empty\n";
    }

    private static MethodSpec.Builder setter(ClassPlan plan, String name, TypeName type, String doc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc(doc + "\n\n@param value the value\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.builderClass())
                .addParameter(type, "value");
    }

    private static TypeName collectionOf(TypeName item) {
        return ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(item));
    }
}
