package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The statements of a generated {@code validateInto} that check the choice groups, as
 * {@link ValidationEmitter} places them after the checks of each property; one per class.
 *
 * <p>A group's check has three lists that grow with it: the branches it counts, the elements whose
 * presence sets a branch, and the elements a chosen branch requires. Each of them longer than
 * {@link Chunks#SIZE}, which only a large class can have, is cut into private methods of at most that
 * many items, as {@link Chunks} cuts the class's other lists, so that a group of thousands of elements
 * fits the JVM's 64 KB per method. The messages name the branches as {@link ChoiceLabels} does.
 */
final class ChoiceValidation {
    private final ClassPlan plan;
    private final Chunks chunks;
    private final List<ParameterSpec> parameters;
    private final Map<String, CodeBlock> setMethodCalls = new HashMap<>(); // by the methods' name

    /**
     * The checks of one class's groups.
     *
     * @param plan the class
     * @param chunks where the methods of the lists cut into chunks go
     * @param parameters those of {@code validateInto}, which the methods of chunks of checks take too
     */
    ChoiceValidation(ClassPlan plan, Chunks chunks, List<ParameterSpec> parameters) {
        this.plan = plan;
        this.chunks = chunks;
        this.parameters = parameters;
    }

    /**
     * The checks of the class's groups, in order. In a large class they are in methods
     * {@code validateChoices0}, ... of groups of at most {@link Chunks#SIZE} elements together (a larger
     * group alone), since many groups of up to that many elements each would outgrow one method too.
     *
     * @return the statements, for {@code validateInto}
     */
    CodeBlock checks() {
        List<ClassPlan.Choice> groups = plan.choices();
        List<CodeBlock> checks = groups.stream().map(this::groupChecks).toList();
        if (!Chunks.large(plan)) {
            return CodeBlock.join(checks, "");
        }
        List<Integer> checked = IntStream.range(0, groups.size()).filter(i -> !checks.get(i).isEmpty()).boxed()
                .toList();
        List<CodeBlock> bodies = Chunks.of(checked, i -> elements(groups.get(i))).stream()
                .map(chunk -> CodeBlock.join(chunk.stream().map(checks::get).toList(), "")).toList();
        return chunks.bodies("validateChoices", bodies, false, parameters);
    }

    /**
     * The checks of one group: at most one branch set (one when the choice is required; for a group
     * in another's branch, once that branch is set), and a chosen branch that is a sequence with each
     * element it requires. A branch is set when one of its elements is, or one of the groups in it.
     *
     * @param choice one of the class's groups
     * @return the statements
     */
    private CodeBlock groupChecks(ClassPlan.Choice choice) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (choice.required() || choice.branches().size() > 1) {
            // an optional choice of one branch (an optional group, see Occurrences) has nothing to count
            CodeBlock required = CodeBlock.of("$L", choice.required());
            if (choice.required() && choice.parent() >= 0) {
                ClassPlan.Choice parent = plan.choice(choice.parent());
                required = isSet(parent, parent.branchHolding(choice.group()));
            }
            code.addStatement("validation.choice(path, $L, $S$L)", required, ChoiceLabels.names(plan, choice),
                    values(choice));
        }
        return code.add(branchChecks(choice)).build();
    }

    /** The branches' values for {@code Validation.choice}, each after a comma: the values, or a method's array of them. */
    private CodeBlock values(ClassPlan.Choice choice) {
        int count = choice.branches().size();
        if (count <= Chunks.SIZE) {
            CodeBlock.Builder values = CodeBlock.builder();
            for (int i = 0; i < count; i++) {
                values.add(", $L", value(choice, i));
            }
            return values.build();
        }
        ArrayTypeName array = ArrayTypeName.of(Object.class);
        ParameterSpec values = ParameterSpec.builder(array, "values").build();
        List<CodeBlock> fills = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            fills.add(CodeBlock.builder().addStatement("$N[$L] = $L", values, i, value(choice, i)).build());
        }
        return CodeBlock.of(", $L", chunks.valueOfFields("choice" + choice.group() + "Values", array, values,
                CodeBlock.of("new $T[$L]", Object.class, count), fills, CodeBlock.of("$N", values)));
    }

    /** What {@code Validation.choice} counts of a branch: non-null, and for a list non-empty, when it is set. */
    private CodeBlock value(ClassPlan.Choice choice, int index) {
        ClassPlan.Branch branch = choice.branches().get(index);
        PropertyPlan first = branch.isSingleElement() ? branch.properties().get(0) : null;
        if (first == null) {
            return CodeBlock.of("$L ? $T.TRUE : null", isSet(choice, index), Boolean.class);
        } else if (first.tracksPresence() || first.tracksNil()) {
            // an xs:list with no items, and a nil element, are a chosen branch; a repeated element with none is not
            return CodeBlock.of("$L ? $T.TRUE : null", first.present(), Boolean.class);
        }
        return CodeBlock.of("this.$N", first.field());
    }

    /**
     * The checks that a chosen branch has what it requires, by branch; when there are more than
     * {@link Chunks#SIZE}, in methods of that many each, which test again whether the branch is set.
     */
    private CodeBlock branchChecks(ClassPlan.Choice choice) {
        List<Needed> needed = new ArrayList<>();
        for (int i = 0; i < choice.branches().size(); i++) {
            ClassPlan.Branch branch = choice.branches().get(i);
            for (PropertyPlan property : branch.properties()) {
                if (neededOnceChosen(property, branch.isSingleElement())) {
                    needed.add(new Needed(i, property));
                }
            }
        }
        if (needed.size() <= Chunks.SIZE) {
            return branchChecks(choice, needed);
        }
        return chunks.bodies("validateChoice" + choice.group() + "Branches",
                Chunks.of(needed).stream().map(chunk -> branchChecks(choice, chunk)).toList(), false, parameters);
    }

    /** The checks of some of a group's needed elements, in order, under a test of their branch each. */
    private CodeBlock branchChecks(ClassPlan.Choice choice, List<Needed> needed) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int i = 0; i < needed.size(); i++) {
            int branch = needed.get(i).branch();
            if (i == 0 || needed.get(i - 1).branch() != branch) {
                code.beginControlFlow("if ($L)", isSet(choice, branch));
            }
            code.add(required(needed.get(i).property()));
            if (i == needed.size() - 1 || needed.get(i + 1).branch() != branch) {
                code.endControlFlow();
            }
        }
        return code.build();
    }

    /** The check of an element a chosen branch requires. */
    private static CodeBlock required(PropertyPlan property) {
        CodeBlock path = CodeBlock.of("$T.path(path, $S)", RuntimeTypes.VALIDATION, property.field());
        if (property.isList() && !property.isXsList()) {
            return CodeBlock.builder().addStatement("validation.occurs($L, this.$N, $L, -1)", path, property.field(),
                    property.model().minOccurs()).build();
        } else if (property.tracksNil()) {
            return CodeBlock.builder().addStatement("validation.required($L, $L ? $T.TRUE : null)", path,
                    property.present(), Boolean.class).build();
        }
        return CodeBlock.builder().addStatement("validation.required($L, this.$N)", path, property.field()).build();
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

    /**
     * Whether any element of a branch, or of a group in it, is set, as a boolean expression: of more than
     * {@link Chunks#SIZE} parts, the calls of methods of that many parts each, which every use shares.
     */
    private CodeBlock isSet(ClassPlan.Choice choice, int index) {
        ClassPlan.Branch branch = choice.branches().get(index);
        List<CodeBlock> parts = new ArrayList<>();
        branch.properties().forEach(p -> parts.add(p.present()));
        for (int inner : branch.innerGroups()) {
            ClassPlan.Choice innerChoice = plan.choice(inner);
            for (int i = 0; i < innerChoice.branches().size(); i++) {
                parts.add(isSet(innerChoice, i));
            }
        }
        if (parts.size() <= Chunks.SIZE) {
            return CodeBlock.join(parts, " || ");
        }
        return setMethodCalls.computeIfAbsent("choice" + choice.group() + "Branch" + index + "Set",
                name -> CodeBlock.join(chunks.expressions(name, TypeName.BOOLEAN, parts, " || ", c -> c, List.of()),
                        " || "));
    }

    /** How many elements a group has, with those of the groups in its branches. */
    private int elements(ClassPlan.Choice choice) {
        int count = 0;
        for (ClassPlan.Branch branch : choice.branches()) {
            count += branch.properties().size();
            for (int inner : branch.innerGroups()) {
                count += elements(plan.choice(inner));
            }
        }
        return count;
    }

    /** An element a chosen branch requires, with the number of its branch in the group. */
    private record Needed(int branch, PropertyPlan property) {
    }
}
