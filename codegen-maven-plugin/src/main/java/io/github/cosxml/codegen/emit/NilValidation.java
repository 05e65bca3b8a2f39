package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * The statements of a generated {@code validateInto} about values that can be nil themselves
 * ({@link NameTable#canBeNil}), for one property: a nil value where the element is not nillable,
 * and {@code null} where it stands for a nil element whose type requires an attribute, which
 * {@code null} cannot carry. {@link ValidationEmitter} places them among the property's checks.
 */
final class NilValidation {
    private static final String NIL_NOT_NILLABLE = "is nil (xsi:nil=\"true\"), which an element that is not nillable"
            + " cannot be; build it with nil(false)";
    private static final String NIL_WITHOUT_ATTRIBUTES = "is null, written as a nil element without the attributes"
            + " its type requires; pass a value built with its attributes and nil(true)";

    private NilValidation() {
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
