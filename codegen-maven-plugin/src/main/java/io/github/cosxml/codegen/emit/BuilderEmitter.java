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
 * Builders do not validate; {@code validate()} does.
 */
final class BuilderEmitter {

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

    // An enum of xs:token (and an item of an xs:list) keeps its text collapsed, as reading does, so the typed
    // getter finds the constant.
    private static CodeBlock normalized(PropertyPlan property, String variable) {
        WhiteSpace rule = property.rawTextWhiteSpace();
        return rule == WhiteSpace.PRESERVE ? CodeBlock.of("$N", variable)
                : CodeBlock.of("$T.$N.apply($N)", RuntimeTypes.WHITE_SPACE, rule.name(), variable);
    }

    private static String normalizedNote(PropertyPlan property) {
        return switch (property.rawTextWhiteSpace()) {
            case PRESERVE -> "";
            case REPLACE -> " Tabs and line breaks become spaces, as the schema's whitespace rule says.";
            case COLLAPSE -> " Whitespace collapses, as the schema's whitespace rule says.";
        };
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
        MethodSpec.Builder adder = setter(plan, property.adder(), itemType, "Adds one of " + what + ".")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, property.field() + " item");
        if (property.isEnum()) {
            adder.addStatement("this.$N.add(value.value())", property.field());
        } else {
            adder.addStatement("this.$N.add(value)", property.field());
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
            builder.addMethod(setter(plan, property.rawAdder(), property.storedItemType(),
                    "Adds one of " + what + " as raw text, which may be a value the enum does not know."
                            + normalizedNote(property))
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
