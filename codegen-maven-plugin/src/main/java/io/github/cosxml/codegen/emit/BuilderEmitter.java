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
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested {@code Builder}: one setter per property named after it, {@code addX} for
 * lists, {@code xAsString}/{@code addXAsString} for raw enum text, and {@code build()}.
 * Builders leave facets to {@code validate()}; they reject only items that could not be written as
 * given (null, and text items of an {@code xs:list} with whitespace inside or nothing left).
 */
final class BuilderEmitter {
    private static final String LIST_ITEM_THROWS = "@throws IllegalArgumentException if the item has whitespace"
            + " inside, which would write two items, or is empty\n";

    TypeSpec emit(ClassPlan plan) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(plan.builderClass())
                .addJavadoc("Builds {@link $T} values. Not thread-safe.\n", plan.className())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(plan.className(), "source");
        for (PropertyPlan property : plan.properties()) {
            FieldSpec.Builder field = FieldSpec.builder(property.fieldType(), property.field(), Modifier.PRIVATE);
            if (property.isList()) {
                field.addModifiers(Modifier.FINAL).initializer("new $T<>()", ArrayList.class);
                copy.addStatement("this.$N.addAll(source.$N)", property.field(), property.field());
            } else {
                copy.addStatement("this.$N = source.$N", property.field(), property.field());
            }
            builder.addField(field.build());
        }
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(copy.build());
        for (PropertyPlan property : plan.properties()) {
            if (property.isList()) {
                addListMethods(builder, plan, property);
            } else {
                addSingleMethods(builder, plan, property);
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
            builder.addMethod(setter(plan, property.field(), property.enumClass(), "Sets " + what + ".")
                    .addStatement("this.$N = value == null ? null : value.value()", property.field())
                    .addStatement("return this")
                    .build());
            builder.addMethod(setter(plan, property.rawSetter(), property.storedItemType(),
                    "Sets " + what + " as raw text, which may be a value the enum does not know."
                            + normalizedNote(property))
                    .addStatement("this.$N = $L", property.field(), normalized(property, "value"))
                    .addStatement("return this")
                    .build());
        } else {
            builder.addMethod(setter(plan, property.field(), property.fieldType(), "Sets " + what + ".")
                    .addStatement("this.$N = value", property.field())
                    .addStatement("return this")
                    .build());
        }
    }

    // An enum of xs:token keeps its text collapsed, as reading does, so the typed getter finds the constant; an item
    // of an xs:list kept as text is what reading the list gives: no whitespace around it, none inside it.
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

    private static void addListMethods(TypeSpec.Builder builder, ClassPlan plan, PropertyPlan property) {
        String what = ValueClassEmitter.describe(property);
        TypeName itemType = property.isEnum() ? property.enumClass() : property.storedItemType();
        builder.addMethod(setter(plan, property.field(), collectionOf(itemType), "Replaces " + what + ".")
                .addStatement("this.$N.clear()", property.field())
                .beginControlFlow("for ($T item : value)", itemType)
                .addStatement("$N(item)", property.adder())
                .endControlFlow()
                .addStatement("return this")
                .build());
        boolean text = addsListText(property) && !property.isEnum();
        MethodSpec.Builder adder = setter(plan, property.adder(), itemType, "Adds one of " + what + "."
                        + (text ? normalizedNote(property) : ""))
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, property.field() + " item");
        if (text) {
            adder.addJavadoc(LIST_ITEM_THROWS);
        }
        if (property.isEnum()) {
            adder.addStatement("this.$N.add(value.value())", property.field());
        } else {
            adder.addStatement("this.$N.add($L)", property.field(), text ? normalized(property, "value")
                    : CodeBlock.of("value"));
        }
        builder.addMethod(adder.addStatement("return this").build());
        if (property.isEnum()) {
            builder.addMethod(setter(plan, property.rawSetter(), collectionOf(property.storedItemType()),
                    "Replaces " + what + " with raw texts, which may be values the enum does not know.")
                    .addStatement("this.$N.clear()", property.field())
                    .beginControlFlow("for ($T item : value)", property.storedItemType())
                    .addStatement("$N(item)", property.rawAdder())
                    .endControlFlow()
                    .addStatement("return this")
                    .build());
            MethodSpec.Builder rawAdder = setter(plan, property.rawAdder(), property.storedItemType(),
                    "Adds one of " + what + " as raw text, which may be a value the enum does not know."
                            + normalizedNote(property));
            if (addsListText(property)) {
                rawAdder.addJavadoc(LIST_ITEM_THROWS);
            }
            builder.addMethod(rawAdder
                    .addStatement("$T.requireNonNull(value, $S)", Objects.class, property.field() + " item")
                    .addStatement("this.$N.add($L)", property.field(), normalized(property, "value"))
                    .addStatement("return this")
                    .build());
        }
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
