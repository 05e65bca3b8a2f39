package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements of a generated {@code validateInto} that check one choice group, as
 * {@link ValidationEmitter} places them after the checks of each property.
 */
final class ChoiceValidation {
    private ChoiceValidation() {
    }

    /**
     * The checks of one group: at most one branch set (one when the choice is required; for a group
     * in another's branch, once that branch is set), and a chosen branch that is a sequence with each
     * element it requires. A branch is set when one of its elements is, or one of the groups in it.
     *
     * @param plan the class
     * @param choice one of its groups
     * @return the statements, for {@code validateInto}
     */
    static CodeBlock checks(ClassPlan plan, ClassPlan.Choice choice) {
        CodeBlock.Builder values = CodeBlock.builder();
        List<String> names = new ArrayList<>();
        for (ClassPlan.Branch branch : choice.branches()) {
            PropertyPlan first = branch.isSingleElement() ? branch.properties().get(0) : null;
            if (first == null) {
                values.add(", $L ? $T.TRUE : null", isSet(plan, branch), Boolean.class);
            } else if (first.tracksPresence() || first.tracksNil()) {
                // an xs:list with no items, and a nil element, are a chosen branch; a repeated element with none is not
                values.add(", $L ? $T.TRUE : null", first.present(), Boolean.class);
            } else {
                values.add(", this.$N", first.field());
            }
            names.add(label(plan, branch));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        if (choice.required() || choice.branches().size() > 1) {
            // an optional choice of one branch (an optional group, see Occurrences) has nothing to count
            CodeBlock required = choice.required() && choice.parent() >= 0
                    ? isSet(plan, plan.choice(choice.parent()).branchHolding(choice.group()))
                    : CodeBlock.of("$L", choice.required());
            code.addStatement("validation.choice(path, $L, $S$L)", required, String.join(", ", names), values.build());
        }
        for (ClassPlan.Branch branch : choice.branches()) {
            List<PropertyPlan> needed = branch.properties().stream()
                    .filter(p -> neededOnceChosen(p, branch.isSingleElement())).toList();
            if (!needed.isEmpty()) {
                code.beginControlFlow("if ($L)", isSet(plan, branch));
                for (PropertyPlan property : needed) {
                    CodeBlock path = CodeBlock.of("$T.path(path, $S)", RuntimeTypes.VALIDATION, property.field());
                    if (property.isList() && !property.isXsList()) {
                        code.addStatement("validation.occurs($L, this.$N, $L, -1)", path, property.field(),
                                property.model().minOccurs());
                    } else if (property.tracksNil()) {
                        code.addStatement("validation.required($L, $L ? $T.TRUE : null)", path, property.present(),
                                Boolean.class);
                    } else {
                        code.addStatement("validation.required($L, this.$N)", path, property.field());
                    }
                }
                code.endControlFlow();
            }
        }
        return code.build();
    }

    /**
     * Whether a chosen branch can lack this property: an element of a sequence branch it requires, or
     * a branch's own repeated element with a minimum above one. Not checked where a present value can
     * read as absent: a {@code jaxb:javaType} whose print method has a text for null (the CI
     * timestamp's {@code -}).
     */
    private static boolean neededOnceChosen(PropertyPlan property, boolean singleElement) {
        int min = property.model().minOccurs();
        if (property.isCustom()) {
            return false;
        }
        return singleElement ? property.isList() && !property.isXsList() && min > 1 : min > 0;
    }

    /** Whether any element of a branch, or of a group in it, is set, as a boolean expression. */
    private static CodeBlock isSet(ClassPlan plan, ClassPlan.Branch branch) {
        List<CodeBlock> parts = new ArrayList<>();
        branch.properties().forEach(p -> parts.add(p.present()));
        for (int inner : branch.innerGroups()) {
            plan.choice(inner).branches().forEach(b -> parts.add(isSet(plan, b)));
        }
        if (parts.size() <= Chunks.SIZE) {
            return CodeBlock.join(parts, " || ");
        }
        // a branch of very many elements: one chain of || would overflow javac's stack, chains in parentheses do not
        return CodeBlock.join(Chunks.of(parts).stream().map(c -> CodeBlock.of("($L)", CodeBlock.join(c, " || ")))
                .toList(), " || ");
    }

    /** A branch as messages name it: {@code a}, {@code (host, port)}, {@code (a, (b | c))}. */
    private static String label(ClassPlan plan, ClassPlan.Branch branch) {
        Map<Integer, String> byFirstIndex = new TreeMap<>();
        branch.properties().forEach(p -> byFirstIndex.put(p.childIndex(), p.field()));
        for (int inner : branch.innerGroups()) {
            ClassPlan.Choice choice = plan.choice(inner);
            List<String> labels = choice.branches().stream().map(b -> label(plan, b)).toList();
            byFirstIndex.put(firstIndex(plan, choice),
                    labels.size() == 1 ? labels.get(0) : "(" + String.join(" | ", labels) + ")");
        }
        return byFirstIndex.size() == 1 ? byFirstIndex.values().iterator().next()
                : "(" + String.join(", ", byFirstIndex.values()) + ")";
    }

    private static int firstIndex(ClassPlan plan, ClassPlan.Choice choice) {
        int first = Integer.MAX_VALUE;
        for (ClassPlan.Branch branch : choice.branches()) {
            for (PropertyPlan property : branch.properties()) {
                first = Math.min(first, property.childIndex());
            }
            for (int inner : branch.innerGroups()) {
                first = Math.min(first, firstIndex(plan, plan.choice(inner)));
            }
        }
        return first;
    }
}
