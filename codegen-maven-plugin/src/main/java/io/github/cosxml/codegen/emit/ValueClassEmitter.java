package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the value part of a generated class: final fields, the private constructor from the
 * builder, getters (typed and raw for enums), {@code builder()}, {@code toBuilder()} and value
 * {@code equals}/{@code hashCode}/{@code toString}.
 */
final class ValueClassEmitter {

    TypeSpec.Builder emit(ClassPlan plan) {
        TypeSpec.Builder type = TypeSpec.classBuilder(plan.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classDoc(plan));
        for (PropertyPlan property : plan.properties()) {
            type.addField(FieldSpec.builder(property.fieldType(), property.field(), Modifier.PRIVATE, Modifier.FINAL)
                    .build());
            if (property.tracksNil()) {
                type.addField(FieldSpec.builder(boolean.class, property.nilField(), Modifier.PRIVATE, Modifier.FINAL)
                        .build());
            }
        }
        if (plan.canBeNil()) {
            type.addField(FieldSpec.builder(boolean.class, plan.nilField(), Modifier.PRIVATE, Modifier.FINAL).build());
        }
        type.addMethod(constructor(plan));
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Returns a new, empty builder.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(plan.builderClass())
                .addStatement("return new $T()", plan.builderClass())
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("Returns a builder holding this object's values.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.builderClass())
                .addStatement("return new $T(this)", plan.builderClass())
                .build());
        if (plan.canBeNil()) {
            type.addMethod(MethodSpec.methodBuilder(plan.nilGetter())
                    .addJavadoc("Returns whether this element is nil ({@code xsi:nil=\"true\"}): it then has its attributes"
                            + " and no content. Only an element the schema declares {@code nillable} may be nil.\n\n"
                            + "@return true if nil\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return this.$N", plan.nilField())
                    .build());
        }
        for (PropertyPlan property : plan.properties()) {
            addGetters(type, property, plan);
        }
        Chunks chunks = new Chunks();
        type.addMethod(equalsMethod(plan, chunks));
        type.addMethod(hashCodeMethod(plan, chunks));
        type.addMethod(toStringMethod(plan, chunks));
        return type.addMethods(chunks.methods());
    }

    private static String classDoc(ClassPlan plan) {
        StringBuilder doc = new StringBuilder(Docs.paragraph(plan.type().documentation()));
        if (plan.type().xmlType() != null) {
            doc.append("Schema type {@code ").append(Docs.escape(plan.type().xmlType().toString())).append("}");
        } else {
            doc.append("Anonymous schema type");
        }
        if (plan.root() != null) {
            doc.append(", global element {@code ").append(Docs.escape(plan.root().elementName().toString())).append("}");
        }
        return doc.append(". Immutable; create with {@link #builder()}.\n").toString();
    }

    private static MethodSpec constructor(ClassPlan plan) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(plan.builderClass(), "builder");
        for (PropertyPlan property : plan.properties()) {
            if (property.isList() || property.isAttributeWildcard()) {
                // the value and the builder share one unmodifiable collection; the builder copies it before a change
                constructor.addStatement("this.$N = builder.$N = $T.share(builder.$N)", property.field(),
                        property.field(), RuntimeTypes.BUILDER_COLLECTIONS, property.field());
            } else if (property.isTextEmptyWhenUnset()) {
                // XML has no text that is absent rather than empty: <X a="1"/> is written and read back as ""
                CodeBlock unset = plan.canBeNil()
                        ? CodeBlock.of("builder.$N == null && !builder.$N", property.field(), plan.nilField())
                        : CodeBlock.of("builder.$N == null", property.field());
                constructor.addStatement("this.$N = $L ? $S : builder.$N", property.field(), unset, "", property.field());
            } else {
                constructor.addStatement("this.$N = builder.$N", property.field(), property.field());
            }
            if (property.tracksNil()) {
                constructor.addStatement("this.$N = builder.$N", property.nilField(), property.nilField());
            }
        }
        if (plan.canBeNil()) {
            constructor.addStatement("this.$N = builder.$N", plan.nilField(), plan.nilField());
        }
        return constructor.build();
    }

    private static void addGetters(TypeSpec.Builder type, PropertyPlan property, ClassPlan plan) {
        String doc = Docs.paragraph(property.model().documentation());
        String xml = describe(property);
        if (property.tracksNil()) {
            type.addMethod(MethodSpec.methodBuilder(property.nilGetter())
                    .addJavadoc("Returns whether " + describeNode(property) + " is present as {@code xsi:nil=\"true\"}"
                            + " (the value is then null, as when it is absent).\n\n@return true if nil\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return this.$N", property.nilField())
                    .build());
        }
        if (property.tracksPresence()) {
            type.addMethod(MethodSpec.methodBuilder(property.presenceGetter())
                    .addJavadoc("Returns whether " + describeNode(property) + " is present, with items or with none"
                            + " ({@code "
                            + Docs.escape(emptyForm(property)) + "}).\n\n@return false if absent\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return this.$N != null", property.field())
                    .build());
        }
        if (!property.isEnum()) {
            type.addMethod(MethodSpec.methodBuilder(property.getter())
                    .addJavadoc(doc + "Returns " + xml + ".\n\n@return "
                            + (property.isList() ? listReturn(property) : valueReturn(property, plan)))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(property.fieldType())
                    .addStatement("return $L", stored(property))
                    .build());
            return;
        }
        MethodSpec.Builder typed = MethodSpec.methodBuilder(property.getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(property.getterType());
        if (property.isList()) {
            ParameterizedTypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), property.enumClass());
            typed.addJavadoc(doc + "Returns " + xml + " as enum constants; values the enum does not know"
                            + (property.keepsNilItems() ? " and nil items" : "") + " are left out"
                            + " (see {@link #$N()}).\n\n@return " + (property.keepsNilItems()
                                    ? "an unmodifiable list, never null\n" : listReturn(property)), property.rawGetter())
                    .addStatement("$T result = new $T<>()", listType, ArrayList.class)
                    .beginControlFlow("for ($T raw : $L)", String.class, stored(property))
                    .addStatement("$T value = $T.fromValueOrNull(raw)", property.enumClass(), property.enumClass())
                    .beginControlFlow("if (value != null)")
                    .addStatement("result.add(value)")
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList(result)", Collections.class);
        } else {
            typed.addJavadoc(doc + "Returns " + xml + " as an enum constant.\n\n"
                            + "@return the constant, or null if absent or not known to the enum (see {@link #$N()})\n",
                            property.rawGetter())
                    .addStatement("return $T.fromValueOrNull(this.$N)", property.enumClass(), property.field());
        }
        type.addMethod(typed.build());
        type.addMethod(MethodSpec.methodBuilder(property.rawGetter())
                .addJavadoc("Returns " + xml + " as the raw text, including values the enum does not know.\n\n@return "
                        + (property.isList() ? listReturn(property) : "the text, or null if absent\n"))
                .addModifiers(Modifier.PUBLIC)
                .returns(property.fieldType())
                .addStatement("return $L", stored(property))
                .build());
    }

    /** The stored value as a getter returns it: an absent {@code xs:list} as an empty list. */
    private static CodeBlock stored(PropertyPlan property) {
        return property.tracksPresence()
                // the type argument for Java 8, which infers none where a for loop reads the result
                ? CodeBlock.of("this.$N == null ? $T.<$T>emptyList() : this.$N", property.field(), Collections.class,
                        property.storedItemType(), property.field())
                : CodeBlock.of("this.$N", property.field());
    }

    private static String valueReturn(PropertyPlan property, ClassPlan plan) {
        if (property.isAttributeWildcard()) {
            return "an unmodifiable map, never null: each attribute's value by its name, in the order read or set\n";
        }
        if (property.nilAsValue()) {
            return "the value, nil ({@code isNil()}) with the element's attributes where the element is"
                    + " {@code xsi:nil=\"true\"}; null if absent\n";
        }
        if (property.isTextEmptyWhenUnset()) {
            return "the text, empty if none was set (the element is written and read back so)"
                    + (plan.canBeNil() ? "; null if nil ({@link #" + plan.nilGetter() + "()})" : ", never null") + "\n";
        }
        return "the value, or null if absent\n";
    }

    private static String listReturn(PropertyPlan property) {
        if (property.keepsNilItems() && property.nilAsValue()) {
            return "an unmodifiable list, never null; where the element is nil ({@code xsi:nil=\"true\"}) the item is"
                    + " nil ({@code isNil()}), with the element's attributes\n";
        }
        if (property.keepsNilItems()) {
            return "an unmodifiable list, never null; an item is null where the element is nil"
                    + " ({@code xsi:nil=\"true\"})\n";
        }
        return property.tracksPresence()
                ? "an unmodifiable list, never null: empty if absent (see {@link #" + property.presenceGetter()
                        + "()})\n"
                : "an unmodifiable list, never null\n";
    }

    private static String emptyForm(PropertyPlan property) {
        return property.isAttribute() ? property.localName() + "=\"\"" : "<" + property.localName() + "/>";
    }

    /** What a property holds, for Javadoc: "the {@code X} element", "the items of the {@code X} attribute". */
    static String describe(PropertyPlan property) {
        if (property.isXsList()) {
            return "the items of " + describeNode(property);
        }
        return describeNode(property) + (property.isList() ? "s" : "");
    }

    /** The element or attribute itself, for Javadoc: "the {@code X} element". */
    static String describeNode(PropertyPlan property) {
        if (property.isText()) {
            return "the text value";
        }
        if (property.isWildcard()) {
            return "the {@code xs:any} element";
        }
        if (property.isAttributeWildcard()) {
            return "the attributes of the {@code xs:anyAttribute}";
        }
        String kind = property.isAttribute() ? "attribute" : "element";
        return "the {@code " + Docs.escape(property.localName()) + "} " + kind;
    }

    private static MethodSpec equalsMethod(ClassPlan plan, Chunks chunks) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other");
        method.beginControlFlow("if (this == other)").addStatement("return true").endControlFlow();
        List<CodeBlock> comparisons = new ArrayList<>();
        for (ValueField field : valueFields(plan)) {
            comparisons.add(field.comparison());
        }
        if (comparisons.isEmpty()) {
            return method.addStatement("return other instanceof $T", plan.className()).build();
        }
        method.beginControlFlow("if (!(other instanceof $T))", plan.className())
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T that = ($T) other", plan.className(), plan.className());
        if (Chunks.large(plan)) {
            comparisons = chunks.expressions("equals", TypeName.BOOLEAN, comparisons, "\n&& ", c -> c,
                    List.of(ParameterSpec.builder(plan.className(), "that").build()));
        }
        return method.addStatement("return $L", CodeBlock.join(comparisons, "\n&& ")).build();
    }

    private static MethodSpec hashCodeMethod(ClassPlan plan, Chunks chunks) {
        List<CodeBlock> fields = new ArrayList<>();
        for (ValueField field : valueFields(plan)) {
            fields.add(field.hash());
        }
        if (Chunks.large(plan)) {
            fields = chunks.expressions("hashCode", TypeName.INT, fields, ",$W",
                    c -> CodeBlock.of("$T.hash($L)", Objects.class, c), List.of());
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(fields, ",$W"))
                .build();
    }

    /** How {@code equals} compares a field and {@code hashCode} hashes it. */
    private enum Kind {
        /** A nil flag, a {@code boolean}: {@code ==}. */
        FLAG,
        /** Any other value: its own {@code equals} and {@code hashCode}. */
        OBJECT,
        /** An {@code xs:decimal}: by value, as the schema compares decimals ({@code 1.0} is {@code 1.00}). */
        DECIMAL,
        /** A list of {@code xs:decimal}s, compared item by item as {@link #DECIMAL}. */
        DECIMAL_LIST
    }

    /** A field that makes up a value: a property's, or a nil flag. */
    private record ValueField(String name, Kind kind) {

        /** This field of {@code this} and of {@code that} compared, a boolean expression. */
        CodeBlock comparison() {
            return switch (kind) {
                case FLAG -> CodeBlock.of("this.$N == that.$N", name, name);
                case OBJECT -> CodeBlock.of("$T.equals(this.$N, that.$N)", Objects.class, name, name);
                case DECIMAL -> CodeBlock.of("$T.decimalEquals(this.$N, that.$N)", RuntimeTypes.XML_VALUES, name, name);
                case DECIMAL_LIST -> CodeBlock.of("$T.decimalListEquals(this.$N, that.$N)", RuntimeTypes.XML_VALUES,
                        name, name);
            };
        }

        /** What {@code Objects.hash} takes for this field of {@code this}. */
        CodeBlock hash() {
            return switch (kind) {
                case FLAG, OBJECT -> CodeBlock.of("this.$N", name);
                case DECIMAL -> CodeBlock.of("$T.decimalHashCode(this.$N)", RuntimeTypes.XML_VALUES, name);
                case DECIMAL_LIST -> CodeBlock.of("$T.decimalListHashCode(this.$N)", RuntimeTypes.XML_VALUES, name);
            };
        }
    }

    /** The fields that make up a value, in order: each property's and its nil flag, then the value's nil flag. */
    private static List<ValueField> valueFields(ClassPlan plan) {
        List<ValueField> fields = new ArrayList<>();
        for (PropertyPlan property : plan.properties()) {
            fields.add(new ValueField(property.field(), kind(property)));
            if (property.tracksNil()) {
                fields.add(new ValueField(property.nilField(), Kind.FLAG));
            }
        }
        if (plan.canBeNil()) {
            fields.add(new ValueField(plan.nilField(), Kind.FLAG));
        }
        return fields;
    }

    private static Kind kind(PropertyPlan property) {
        if (!property.isDecimal()) {
            return Kind.OBJECT;
        }
        return property.isList() ? Kind.DECIMAL_LIST : Kind.DECIMAL;
    }

    private static MethodSpec toStringMethod(ClassPlan plan, Chunks chunks) {
        List<CodeBlock> terms = new ArrayList<>();
        for (int i = 0; i < plan.properties().size(); i++) {
            PropertyPlan property = plan.properties().get(i);
            CodeBlock.Builder term = CodeBlock.builder()
                    .add("$S + this.$N", (i == 0 ? "" : ", ") + property.field() + "=", property.field());
            if (property.tracksNil()) {
                term.add("\n+ (this.$N ? $S : $S)", property.nilField(), " (nil)", "");
            }
            terms.add(term.build());
        }
        if (Chunks.large(plan)) {
            terms = chunks.expressions("toString", TypeName.get(String.class), terms, "\n+ ", c -> c, List.of());
        }
        CodeBlock.Builder text = CodeBlock.builder().add("return $S", plan.className().simpleName() + "{");
        terms.forEach(t -> text.add("\n+ $L", t));
        if (plan.canBeNil()) {
            text.add("\n+ (this.$N ? $S : $S)", plan.nilField(), plan.properties().isEmpty() ? "nil" : ", nil", "");
        }
        text.add("\n+ $S", "}");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$L", text.build())
                .build();
    }
}
