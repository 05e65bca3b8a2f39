package io.github.cosxml.codegen.emit;

import io.github.cosxml.codegen.model.ChoiceGroupModel;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The choice groups of one generated class: gives each group of the class and of the types it
 * extends a class-wide number, in the order of the first element in it (a group another lies in
 * first), and then builds the {@link ClassPlan.Choice} tree. Not thread-safe; one per class.
 */
final class ChoiceGroups {
    private final Map<String, Integer> numbers = new LinkedHashMap<>(); // by level:modelGroup, or level:top
    private final Map<Integer, int[]> parents = new HashMap<>(); // {parent group, its branch} by group
    private final Set<Integer> required = new HashSet<>(); // the groups the model declares required

    /**
     * The class-wide number of an element's choice group, numbering the groups it lies in first.
     *
     * @param level the element's place in the chain of extended types, the base type's first
     * @param owner the type that declares the element
     * @param element an element property of the owner
     * @return the group number, or -1 when the element is in no choice group
     */
    int number(int level, ComplexTypeModel owner, PropertyModel element) {
        if (element.choiceGroup() != null) {
            return number(level, owner, element.choiceGroup(), element.choiceRequired());
        } else if (owner.content() == ContentKind.CHOICE) {
            return numbers.computeIfAbsent(level + ":top", k -> numbers.size());
        }
        return -1;
    }

    private int number(int level, ComplexTypeModel owner, int modelGroup, boolean requiredByElement) {
        String key = level + ":" + modelGroup;
        Integer known = numbers.get(key);
        if (known != null) {
            return known;
        }
        ChoiceGroupModel model = owner.choiceGroup(modelGroup);
        int parent = model == null || !model.isNested() ? -1 : number(level, owner, model.parentGroup(), false);
        int group = numbers.size();
        numbers.put(key, group);
        if (parent >= 0) {
            parents.put(group, new int[] {parent, model.parentBranch()});
        }
        if (model != null ? model.required() : requiredByElement) {
            required.add(group);
        }
        return group;
    }

    /**
     * The choice groups in class-wide order. A branch is an element of its own, or the elements of
     * one sequence in the choice with the groups that lie in that sequence; branches are in the
     * order of their first element.
     *
     * @param plans the class's properties, each with the group {@link #number} gave it
     * @return the groups
     */
    List<ClassPlan.Choice> choices(List<PropertyPlan> plans) {
        Map<Integer, Map<Object, BranchParts>> byGroup = new TreeMap<>();
        Map<Integer, List<PropertyPlan>> members = new TreeMap<>(); // each group's properties and its inner groups'
        for (PropertyPlan plan : plans) {
            if (!plan.inChoice()) {
                continue;
            }
            Integer branch = plan.model().choiceBranch();
            byGroup.computeIfAbsent(plan.choiceGroup(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(branch != null ? branch : plan.field(), b -> new BranchParts()).properties.add(plan);
            members.computeIfAbsent(plan.choiceGroup(), g -> new ArrayList<>()).add(plan);
            for (int inner = plan.choiceGroup(); parents.containsKey(inner); inner = parents.get(inner)[0]) {
                int[] parent = parents.get(inner);
                members.computeIfAbsent(parent[0], g -> new ArrayList<>()).add(plan);
                List<Integer> innerGroups = byGroup.computeIfAbsent(parent[0], g -> new LinkedHashMap<>())
                        .computeIfAbsent(parent[1], b -> new BranchParts()).innerGroups;
                if (!innerGroups.contains(inner)) {
                    innerGroups.add(inner);
                }
            }
        }
        List<ClassPlan.Choice> choices = new ArrayList<>();
        byGroup.forEach((group, branches) -> {
            // a jaxb:javaType may read as null when present (the CI timestamp's "-"): a branch of one, or an
            // inner group that makes a branch show, may not show
            boolean checkedAsRequired = required.contains(group)
                    && members.getOrDefault(group, List.of()).stream().noneMatch(PropertyPlan::isCustom);
            int[] parent = parents.getOrDefault(group, new int[] {-1, -1});
            choices.add(new ClassPlan.Choice(group, branches.values().stream().map(BranchParts::branch).toList(),
                    checkedAsRequired, parent[0], parent[1]));
        });
        return List.copyOf(choices);
    }

    /** A branch being collected. */
    private static final class BranchParts {
        private final List<PropertyPlan> properties = new ArrayList<>();
        private final List<Integer> innerGroups = new ArrayList<>();

        ClassPlan.Branch branch() {
            return new ClassPlan.Branch(List.copyOf(properties), List.copyOf(innerGroups));
        }
    }
}
