package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.Collections;
import javax.lang.model.element.Modifier;

/**
 * The builder code of a value that can be nil itself ({@link NameTable#canBeNil}): the
 * {@code nil(boolean)} method, and the statement with which content setters make it not nil.
 * {@link BuilderEmitter} places them.
 */
final class NilBuilderMethods {
    private NilBuilderMethods() {
    }

    /** Content set on a builder of a value that can be nil makes it not nil; an attribute does not. */
    static CodeBlock clearedBy(ClassPlan plan, PropertyPlan property) {
        return plan.canBeNil() && !property.isAttribute()
                ? CodeBlock.builder().addStatement("this.$N = false", plan.nilField()).build() : CodeBlock.of("");
    }

    /** The builder method that makes the element nil, removing its content and keeping its attributes. */
    static MethodSpec nilSetter(ClassPlan plan) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(plan.nilField())
                .addJavadoc("Sets whether the element is nil ({@code xsi:nil=\"true\"}), which only an element the schema"
                        + " declares {@code nillable} may be. True removes its content (child elements, text value) and"
                        + " keeps its attributes; setting content afterwards makes it not nil.\n\n"
                        + "@param value true for nil\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.builderClass())
                .addParameter(boolean.class, "value")
                .beginControlFlow("if (value)");
        for (PropertyPlan property : plan.content()) {
            if (property.isList() && !property.tracksPresence()) {
                method.addStatement("this.$N = $T.emptyList()", property.field(), Collections.class);
            } else {
                method.addStatement("this.$N = null", property.field());
            }
            if (property.tracksNil()) {
                method.addStatement("this.$N = false", property.nilField());
            }
        }
        return method.endControlFlow()
                .addStatement("this.$N = value", plan.nilField())
                .addStatement("return this")
                .build();
    }
}
