package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.cosxml.codegen.model.EnumConstantModel;
import io.github.cosxml.codegen.model.EnumTypeModel;
import io.github.cosxml.codegen.model.TextKind;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a Java enum for an enumerated simple type, with {@code value()}, {@code fromValue(String)},
 * {@code fromValueOrNull(String)} and {@code xmlValues()}.
 */
final class EnumEmitter {

    TypeSpec emit(EnumTypeModel model, ClassName name) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(Docs.paragraph(model.documentation())
                        + (model.xmlType() == null ? "Anonymous enumerated type" : "Schema type {@code "
                                + Docs.escape(model.xmlType().toString()) + "}")
                        + "; {@link #value()} is the text in XML.\n");
        Set<String> constants = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (EnumConstantModel constant : model.constants()) {
            if (!constants.add(constant.javaName())) {
                throw new IllegalArgumentException("enum " + model.name() + " has two constants named " + constant.javaName());
            }
            if (!values.add(constant.xmlValue())) {
                throw new IllegalArgumentException("enum " + model.name() + " has the value '" + constant.xmlValue()
                        + "' twice");
            }
            type.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.xmlValue())
                    .addJavadoc(Docs.paragraph(constant.documentation()) + "XML value {@code "
                            + Docs.escape(constant.xmlValue()) + "}.\n")
                    .build());
        }
        // the field must not share its name with a constant
        String field = constants.contains("value") ? "value_" : "value";
        type.addField(FieldSpec.builder(String.class, field, Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.$N = value", field)
                .build());
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("Returns the text of this constant in XML.\n\n@return the XML value\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return this.$N", field)
                .build());
        // the values' field must not share its name with a constant either
        String valuesField = constants.contains("XML_VALUES") ? "XML_VALUES_" : "XML_VALUES";
        addXmlValues(type, model, name, valuesField);
        type.addMethod(fromValue(name, valuesField));
        type.addMethod(fromValueOrNull(model, name, field));
        return type.build();
    }

    /** The values in schema order with the lookup, as a private constant and its accessor {@code xmlValues()}. */
    private static void addXmlValues(TypeSpec.Builder type, EnumTypeModel model, ClassName name, String valuesField) {
        ParameterizedTypeName valuesType = ParameterizedTypeName.get(RuntimeTypes.XML_ENUM_VALUES, name);
        CodeBlock.Builder listed = CodeBlock.builder().add("$T.of($T::fromValueOrNull", RuntimeTypes.XML_ENUM_VALUES, name);
        for (EnumConstantModel constant : model.constants()) {
            listed.add(", $S", constant.xmlValue());
        }
        type.addField(FieldSpec.builder(valuesType, valuesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(listed.add(")").build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("xmlValues")
                .addJavadoc("Returns the XML values of this enum, in schema order, and the lookup by value; used by generated"
                        + " code to name the allowed values in its messages.\n\n@return the values\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(valuesType)
                .addStatement("return $N", valuesField)
                .build());
    }

    /** {@code fromValue}: the constant, or an exception that names the allowed values. */
    private static MethodSpec fromValue(ClassName name, String valuesField) {
        return MethodSpec.methodBuilder("fromValue")
                .addJavadoc("Returns the constant for an XML value.\n\n@param value the XML text\n@return the constant\n"
                        + "@throws IllegalArgumentException if no constant has this value\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "value")
                .addStatement("$T constant = fromValueOrNull(value)", name)
                .beginControlFlow("if (constant == null)")
                .addStatement("throw new $T($S + value + $S + $N)", IllegalArgumentException.class,
                        "'", "' is not a value of " + name.simpleName() + "; pass one of ", valuesField)
                .endControlFlow()
                .addStatement("return constant")
                .build();
    }

    /** A switch on the exact text; numeric types then compare by value, as the schema does. */
    private static MethodSpec fromValueOrNull(EnumTypeModel model, ClassName name, String field) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromValueOrNull")
                .addJavadoc("Returns the constant for an XML value, or null if there is none.\n\n"
                        + "@param value the XML text, may be null\n@return the constant or null\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "value")
                .beginControlFlow("if (value == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("switch (value)");
        for (EnumConstantModel constant : model.constants()) {
            // qualified: a constant may be named like the parameter
            method.addStatement("case $S: return $T.$N", constant.xmlValue(), name, constant.javaName());
        }
        method.endControlFlow();
        if (model.numeric()) {
            // the schema compares numbers by value: 02 and +2 are the constant 2 (and 2.0 is not an xs:int)
            method.beginControlFlow("for ($T constant : values())", name)
                    .beginControlFlow("if ($T.$N(constant.$N, value))", RuntimeTypes.XML_VALUES,
                            sameValueMethod(model.textKind()), field)
                    .addStatement("return constant")
                    .endControlFlow()
                    .endControlFlow();
        }
        return method.addStatement("return null").build();
    }

    private static String sameValueMethod(TextKind kind) {
        return switch (kind) {
            case INTEGER -> "sameInteger";
            case DECIMAL -> "sameDecimal";
            case FLOAT -> "sameFloat";
            case DOUBLE -> "sameDouble";
            default -> throw new IllegalArgumentException(kind + " is not a numeric kind");
        };
    }
}
