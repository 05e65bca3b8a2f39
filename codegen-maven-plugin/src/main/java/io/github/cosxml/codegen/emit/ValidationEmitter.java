package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.CalendarBounds;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.TextKind;
import io.github.cosxml.codegen.model.TypeRef;
import io.github.cosxml.codegen.model.UnionType;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code validate()} and {@code validateInto(Validation, String)}: required values,
 * occurrence bounds, enum values, facets (one static {@code FacetSet} per restricted property,
 * and one for the item type of an {@code xs:list} with facets of its own), choices
 * ({@link ChoiceValidation}), and nested
 * objects with their property paths.
 */
final class ValidationEmitter {
    // XML Schema 3.3.4: an element with a fixed value may not be nil
    private static final String NIL_WITH_FIXED = "is nil, which an element with a fixed value cannot be";

    private final TypeMapper types;

    ValidationEmitter(TypeMapper types) {
        this.types = types;
    }

    void emit(ClassPlan plan, TypeSpec.Builder type) {
        Chunks chunks = new Chunks();
        facetConstants(plan, type, chunks);
        Map<String, CodeBlock> facets = facetReferences(plan);
        CodeBlock rootCheck = NilValidation.rootCheck(plan);
        type.addMethod(MethodSpec.methodBuilder("validate")
                .addJavadoc("Checks this value and everything in it against the schema's facets, occurrences and"
                        + " choices, without the schema."
                        + (rootCheck.isEmpty() ? "" : " A nil value is reported: the root element that {@code toXml}"
                                + " writes is not nillable.")
                        + "\n\n@return every violation, with its property path\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.VALIDATION_RESULT)
                .addStatement("$T validation = new $T()", RuntimeTypes.VALIDATION, RuntimeTypes.VALIDATION)
                .addCode(rootCheck)
                .addStatement("validateInto(validation, $S)", "")
                .addStatement("return validation.result()")
                .build());
        List<ParameterSpec> parameters = List.of(ParameterSpec.builder(RuntimeTypes.VALIDATION, "validation").build(),
                ParameterSpec.builder(String.class, "path").build());
        MethodSpec.Builder method = MethodSpec.methodBuilder("validateInto")
                .addJavadoc("Adds this value's violations to a validation; used by generated code.\n\n"
                        + "@param validation the collector\n@param path the path of this value, empty at the top\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameters(parameters);
        boolean large = Chunks.large(plan);
        if (plan.canBeNil()) {
            // a nil element has its attributes and no content, so nothing of its content is required
            List<CodeBlock> attributes = plan.attributes().stream().map(p -> checks(p, facets)).toList();
            method.addCode(large ? chunks.statements("validateAttributes", attributes, false, parameters)
                    : CodeBlock.join(attributes, ""));
            method.beginControlFlow("if (this.$N)", plan.nilField()).addStatement("return").endControlFlow();
            List<CodeBlock> content = plan.content().stream().map(p -> checks(p, facets)).toList();
            method.addCode(large ? chunks.statements("validateContent", content, false, parameters)
                    : CodeBlock.join(content, ""));
        } else {
            List<CodeBlock> properties = plan.properties().stream().map(p -> checks(p, facets)).toList();
            method.addCode(large ? chunks.statements("validateProperties", properties, false, parameters)
                    : CodeBlock.join(properties, ""));
        }
        method.addCode(new ChoiceValidation(plan, chunks, parameters).checks());
        type.addMethod(method.build());
        type.addMethods(chunks.methods());
    }

    /**
     * Adds the {@code FacetSet} of each property with facets, and of the items of an {@code xs:list} with facets of
     * their own: a constant each, or in a large class an array, {@code FACETS}, filled in chunks, since thousands of
     * constants would not fit in the static initializer's 64 KB.
     */
    private static void facetConstants(ClassPlan plan, TypeSpec.Builder type, Chunks chunks) {
        Map<String, CodeBlock> sets = new LinkedHashMap<>();
        for (PropertyPlan property : plan.properties()) {
            if (property.facetsConstant() != null) {
                sets.put(property.facetsConstant(), facetSet(property.model().facets(), property.facetWhiteSpace(),
                        property.textKind(), listItemKind(property)));
            }
            if (property.itemFacetsConstant() != null) {
                sets.put(property.itemFacetsConstant(), facetSet(property.itemFacets(),
                        property.itemFacetWhiteSpace(), property.itemTextKind(), TextKind.TEXT));
            }
        }
        if (!Chunks.large(plan) || sets.isEmpty()) {
            sets.forEach((name, set) -> type.addField(FieldSpec.builder(RuntimeTypes.FACET_SET, name, Modifier.PRIVATE,
                    Modifier.STATIC, Modifier.FINAL).initializer(set).build()));
            return;
        }
        List<CodeBlock> statements = new ArrayList<>();
        for (CodeBlock set : sets.values()) {
            statements.add(CodeBlock.builder().addStatement("facets[$L] = $L", statements.size(), set).build());
        }
        ArrayTypeName array = ArrayTypeName.of(RuntimeTypes.FACET_SET);
        type.addField(FieldSpec.builder(array, "FACETS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(chunks.initializer("facets", array, ParameterSpec.builder(array, "facets").build(),
                        CodeBlock.of("new $T[$L]", RuntimeTypes.FACET_SET, sets.size()), statements,
                        CodeBlock.of("facets")))
                .build());
    }

    /**
     * How generated code reads each facet constant of a class, by its name in the plan: by that name, or in a large
     * class as its element of {@code FACETS}, in the order {@link #facetConstants} fills them in.
     *
     * @param plan the class
     * @return each constant's name with the expression that reads it
     */
    static Map<String, CodeBlock> facetReferences(ClassPlan plan) {
        Map<String, CodeBlock> references = new LinkedHashMap<>();
        for (PropertyPlan property : plan.properties()) {
            for (String name : Arrays.asList(property.facetsConstant(), property.itemFacetsConstant())) {
                if (name != null) {
                    references.put(name, Chunks.large(plan) ? CodeBlock.of("FACETS[$L]", references.size())
                            : CodeBlock.of("$N", name));
                }
            }
        }
        return references;
    }

    /** The checks of one property; {@code facets} reads each facet constant ({@link #facetReferences}). */
    private CodeBlock checks(PropertyPlan property, Map<String, CodeBlock> facets) {
        CodeBlock.Builder code = CodeBlock.builder();
        String field = property.field();
        CodeBlock path = CodeBlock.of("$T.path(path, $S)", RuntimeTypes.VALIDATION, field);
        boolean required = property.model().isRequired() && !property.inChoice();
        if (property.isList() && !property.isXsList()) {
            int max = property.model().maxOccurs();
            if (required || max >= 0) {
                // nil items count: they are kept as null. A javaType item whose text reads as null (the CI
                // timestamp's "-") is not kept, so such a list counts no minimum.
                code.addStatement("validation.occurs($L, this.$N, $L, $L)", path, field,
                        property.inChoice() || property.isCustom() ? 0 : property.model().minOccurs(), max);
            }
        } else if (required && !property.model().nillable() && (!property.isXsList() || property.tracksPresence())
                && !property.isTextEmptyWhenUnset()) {
            // what the writer writes: a javaType with a text for null (CI's "-") counts as present
            code.addStatement("validation.required($L, $L)", path,
                    !property.isXsList() && property.itemType() instanceof TypeRef.CustomType custom
                            ? CodeBlock.of("this.$N != null ? this.$N : $L", field, field,
                                    TypeMapper.absentText(custom))
                            : CodeBlock.of("this.$N", field));
        }
        if (property.keepsNilItems() && property.model().facets().fixedValue() != null) {
            code.add(itemViolations(field, CodeBlock.of("this.$N.get(i) == null", field), "fixed", NIL_WITH_FIXED));
        }
        boolean nullIsNil = property.model().nillable() && required && !property.isList() && !property.tracksNil();
        if ((property.tracksNil() || nullIsNil) && property.model().facets().fixedValue() != null) {
            code.beginControlFlow(property.tracksNil() ? "if (this.$N)" : "if (this.$N == null)",
                            property.tracksNil() ? property.nilField() : field)
                    .addStatement("validation.add($L, $S, $S)", path, "fixed", NIL_WITH_FIXED)
                    .endControlFlow();
        }
        // an enumeration among the facets (narrower than the enum) also reports values the enum does not know; the
        // facets of an enum's values are an xs:list's item facets
        Facets valueFacets = property.isXsList() ? property.itemFacets() : property.model().facets();
        if (property.isEnum() && valueFacets.enumeration().isEmpty()) {
            // with facets, text that is not of the type at all (abc for an xs:int) is theirs to report, once
            String valueConstant = property.isXsList() ? property.itemFacetsConstant() : property.facetsConstant();
            CodeBlock checked = valueConstant == null ? CodeBlock.of("")
                    : CodeBlock.of(", $L", facets.get(valueConstant));
            code.addStatement("validation.$N($L, this.$N, $T.xmlValues()$L)",
                    property.isList() ? "enumerationEach" : "enumeration", path, field, property.enumClass(), checked);
        }
        // a javaType value, and the text of a list of them, is checked as its print method writes it
        if (property.itemFacetsConstant() != null && property.isCustom()) {
            code.addStatement("validation.checkEach($L, this.$N, $L, $L)", path, field,
                    TypeMapper.printer(property.itemType()), facets.get(property.itemFacetsConstant()));
        } else if (property.itemFacetsConstant() != null) {
            code.addStatement("validation.checkEach($L, this.$N, $L)", path, field,
                    facets.get(property.itemFacetsConstant()));
        }
        if (property.facetsConstant() != null) {
            String method = property.isXsList() ? "checkList" : property.isList() ? "checkEach" : "check";
            if (property.isCustom()) {
                code.addStatement("validation.$N($L, this.$N, $L, $L)", method, path, field,
                        TypeMapper.printer(property.itemType()), facets.get(property.facetsConstant()));
            } else {
                code.addStatement("validation.$N($L, this.$N, $L)", method, path, field,
                        facets.get(property.facetsConstant()));
            }
        }
        // a value with facets is printed by their check; one without is printed here, so that validate() reports
        // what toXml() cannot write (a date in year 0, an offset beyond 14:00, a javaType its print method refuses,
        // text with a character XML 1.0 cannot hold); an enum's unknown raw text is reported as such above
        if (property.facetsConstant() == null && property.itemFacetsConstant() == null) {
            String method = property.isList() ? "writableEach" : "writable";
            if (property.isCustom()) {
                code.addStatement("validation.$N($L, this.$N, $L)", method, path, field,
                        TypeMapper.printer(property.itemType()));
            } else if (isCalendar(property) || (TypeMapper.isText(property.itemType()) && !property.isEnum())) {
                code.addStatement("validation.$N($L, this.$N)", method, path, field);
            }
        }
        if (property.isAttributeWildcard()) {
            code.addStatement("validation.otherAttributes($L, this.$N, $N)", path, field, Planner.ATTRIBUTE_WILDCARD);
        }
        if (property.isWildcard()) {
            // each element must be one the wildcard allows, and one that reads back as the wildcard's
            code.addStatement("validation.$N($L, this.$N, CHILDREN, $L)", property.isList() ? "wildcardEach" : "wildcard",
                    path, field, property.childIndex());
        }
        code.add(NilValidation.checks(property, types, nullIsNil, path));
        if (property.isComplex()) {
            if (property.isList()) {
                code.beginControlFlow("for (int i = 0; i < this.$N.size(); i++)", field);
                if (property.keepsNilItems()) {
                    code.beginControlFlow("if (this.$N.get(i) != null)", field);
                }
                code.addStatement("this.$N.get(i).validateInto(validation, $T.path(path, $S, i))", field,
                        RuntimeTypes.VALIDATION, field);
                if (property.keepsNilItems()) {
                    code.endControlFlow();
                }
                code.endControlFlow();
            } else {
                code.beginControlFlow("if (this.$N != null)", field)
                        .addStatement("this.$N.validateInto(validation, $L)", field, path)
                        .endControlFlow();
            }
        }
        return code.build();
    }

    /** Whether the values are {@code xs:dateTime}, {@code xs:date} or {@code xs:time}: Java values some of which have no text. */
    private static boolean isCalendar(PropertyPlan property) {
        return property.itemType() instanceof TypeRef.BuiltinType builtin
                && (builtin.kind() == Builtin.DATE_TIME || builtin.kind() == Builtin.DATE
                        || builtin.kind() == Builtin.TIME);
    }

    /**
     * A violation for each item of a list property that {@code test} finds, at the item's path.
     *
     * @param field the list's field
     * @param test a condition on item {@code i}, such as {@code this.x.get(i) == null}
     * @param facet the violation's facet
     * @param message the violation's message
     */
    static CodeBlock itemViolations(String field, CodeBlock test, String facet, String message) {
        return CodeBlock.builder()
                .beginControlFlow("for (int i = 0; i < this.$N.size(); i++)", field)
                .beginControlFlow("if ($L)", test)
                .addStatement("validation.add($T.path(path, $S, i), $S, $S)", RuntimeTypes.VALIDATION, field, facet,
                        message)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /**
     * The kind of the items of an {@code xs:list} whose list type has an enumeration or a fixed
     * value, when they are numbers kept as text (the raw items of a list of a numeric enum): the
     * enumeration and the fixed value compare them as numbers. {@code TEXT} otherwise.
     */
    private static TextKind listItemKind(PropertyPlan property) {
        Facets facets = property.model().facets();
        boolean compared = property.isXsList() && (!facets.enumeration().isEmpty() || facets.fixedValue() != null);
        return compared && property.itemTextKind().isNumeric() ? property.itemTextKind() : TextKind.TEXT;
    }

    private static CodeBlock facetSet(Facets facets, WhiteSpace whiteSpace, TextKind textKind, TextKind itemTextKind) {
        return facetSet(facets, whiteSpace, textKind, itemTextKind, null);
    }

    /**
     * A {@code FacetSet} expression; {@code items}, the facets of the item type of a list type that
     * is a member type of a union, or null.
     */
    private static CodeBlock facetSet(Facets facets, WhiteSpace whiteSpace, TextKind textKind, TextKind itemTextKind,
            Facets items) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", RuntimeTypes.FACET_SET).indent();
        if (whiteSpace != WhiteSpace.PRESERVE) {
            code.add("\n.whiteSpace($T.$N)", RuntimeTypes.WHITE_SPACE, whiteSpace.name());
        }
        if (textKind != TextKind.TEXT) {
            code.add("\n.textKind($T.$N)", RuntimeTypes.TEXT_KIND, textKind.name());
        }
        if (itemTextKind != TextKind.TEXT) {
            code.add("\n.itemTextKind($T.$N)", RuntimeTypes.TEXT_KIND, itemTextKind.name());
        }
        if (!facets.enumeration().isEmpty() && facets.enumerationReadBy() != facets.whiteSpace()) {
            // the values are the restriction's base type's, which a whiteSpace facet beside them does not normalize
            code.add("\n.enumerationWhiteSpace($T.$N)", RuntimeTypes.WHITE_SPACE, facets.enumerationReadBy().name());
        }
        if (!facets.enumeration().isEmpty()) {
            code.add("\n.enumeration(");
            for (int i = 0; i < facets.enumeration().size(); i++) {
                code.add(i == 0 ? "$S" : ", $S", facets.enumeration().get(i));
            }
            code.add(")");
        }
        for (String pattern : facets.patterns()) {
            code.add("\n.pattern($S)", pattern);
        }
        bound(code, "minInclusive", facets.minInclusive());
        bound(code, "maxInclusive", facets.maxInclusive());
        bound(code, "minExclusive", facets.minExclusive());
        bound(code, "maxExclusive", facets.maxExclusive());
        // a date or time bound as written: the runtime reads it by the text kind, time zone or none
        CalendarBounds dates = facets.calendarBounds();
        calendarBound(code, "minInclusive", dates.minInclusive());
        calendarBound(code, "maxInclusive", dates.maxInclusive());
        calendarBound(code, "minExclusive", dates.minExclusive());
        calendarBound(code, "maxExclusive", dates.maxExclusive());
        count(code, "length", facets.length());
        count(code, "minLength", facets.minLength());
        count(code, "maxLength", facets.maxLength());
        count(code, "totalDigits", facets.totalDigits());
        count(code, "fractionDigits", facets.fractionDigits());
        if (facets.fixedValue() != null) {
            code.add("\n.fixed($S)", facets.fixedValue());
        }
        if (facets.union() != null) {
            union(code, facets.union());
        }
        if (items != null) {
            code.add("\n.items($L)", memberFacetSet(items, null));
        }
        return code.add("\n.build()").unindent().build();
    }

    /**
     * The member types of a union, each a {@code FacetSet} of its own, which the runtime tries in
     * order: a value of the union is a value of one of them.
     */
    private static void union(CodeBlock.Builder code, UnionType union) {
        if (union.name() != null) {
            code.add("\n.union($S)", union.name());
        }
        for (UnionType.Member member : union.members()) {
            code.add("\n.member($S, $L)", member.name(), memberFacetSet(member.facets(), member.itemFacets()));
        }
    }

    /** The facets of a member type of a union (or of a list type's item type), whose values are text. */
    private static CodeBlock memberFacetSet(Facets facets, Facets items) {
        return facetSet(facets, facets.whiteSpace(), facets.textKind(), TextKind.TEXT, items);
    }

    private static void bound(CodeBlock.Builder code, String name, BigDecimal value) {
        if (value != null) {
            code.add("\n.$N($S)", name, value.toPlainString());
        }
    }

    private static void calendarBound(CodeBlock.Builder code, String name, String value) {
        if (value != null) {
            code.add("\n.$N($S)", name, value);
        }
    }

    private static void count(CodeBlock.Builder code, String name, Integer value) {
        if (value != null) {
            code.add("\n.$N($L)", name, value);
        }
    }
}
