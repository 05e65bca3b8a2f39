package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * The checks of a generated {@code validateInto} and {@code validate()} about values that can be nil
 * themselves ({@link NameTable#canBeNil}), for one property: a nil value where the element is not nillable,
 * and {@code null} where it stands for a nil element whose type requires an attribute, which
 * {@code null} cannot carry; and a nil value as the root of a document whose root element is not
 * nillable. {@link ValidationEmitter} places them among the property's checks and in {@code validate()}.
 */
final class NilValidation {
    private static final String NIL_NOT_NILLABLE = "is nil (xsi:nil=\"true\"), which an element that is not nillable"
            + " cannot be; build it with nil(false)";
    private static final String NIL_WITHOUT_ATTRIBUTES = "is null, written as a nil element without the attributes"
            + " its type requires; pass a value built with its attributes and nil(true)";

    private static final String ROOT_NOT_NILLABLE = "is nil (xsi:nil=\"true\"), which the document's root element,"
            + " not nillable, cannot be; build it with nil(false)";

    private NilValidation() {
    }

    /**
     * The check of {@code validate()} on a class whose values can be nil and whose global element
     * ({@code toXml}'s root) is not nillable: a nil value is reported at the empty path.
     *
     * @param plan the class
     * @return the statements, empty when the check does not apply
     */
    static CodeBlock rootCheck(ClassPlan plan) {
        if (plan.root() == null || plan.root().nillable() || !plan.canBeNil()) {
            return CodeBlock.builder().build();
        }
        return CodeBlock.builder()
                .beginControlFlow("if (this.$N)", plan.nilField())
                .addStatement("validation.add($S, $S, $S)", "", "nillable", ROOT_NOT_NILLABLE)
                .endControlFlow()
                .build();
    }

    /**
     * The checks of one property.
     *
     * @param property the property
     * @param types the type mapper, which knows the types whose values can be nil
     * @param nullIsNil whether a null value is written as a nil element
     * @param path the property's path, as an expression
     * @return the statements, empty when none apply
     */
    static CodeBlock checks(PropertyPlan property, TypeMapper types, boolean nullIsNil, CodeBlock path) {
        CodeBlock.Builder code = CodeBlock.builder();
        String field = property.field();
        if (property.isComplex() && property.model().nillable() && types.needsAttributes(property.itemType())) {
            // null is written as <X xsi:nil="true"/>, without the attributes the type requires
            if (property.keepsNilItems()) {
                code.add(ValidationEmitter.itemViolations(field, CodeBlock.of("this.$N.get(i) == null", field),
                        "required", NIL_WITHOUT_ATTRIBUTES));
            } else if (nullIsNil) {
                code.beginControlFlow("if (this.$N == null)", field)
                        .addStatement("validation.add($L, $S, $S)", path, "required", NIL_WITHOUT_ATTRIBUTES)
                        .endControlFlow();
            }
        }
        if (property.isComplex() && !property.model().nillable() && types.canBeNil(property.itemType())) {
            // the type is nillable elsewhere in the schema, not here
            if (property.isList()) {
                code.add(ValidationEmitter.itemViolations(field,
                        CodeBlock.of("this.$N.get(i).$N()", field, Planner.NIL_GETTER), "nillable", NIL_NOT_NILLABLE));
            } else {
                code.beginControlFlow("if (this.$N != null && this.$N.$N())", field, field, Planner.NIL_GETTER)
                        .addStatement("validation.add($L, $S, $S)", path, "nillable", NIL_NOT_NILLABLE)
                        .endControlFlow();
            }
        }
        return code.build();
    }
}
