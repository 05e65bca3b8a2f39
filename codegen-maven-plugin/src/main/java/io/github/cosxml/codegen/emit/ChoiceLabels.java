package io.github.cosxml.codegen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the messages of a generated {@code validate()} name the branches of a choice group:
 * {@code url, bucket, key, (host, port)}, a group within a branch in place, {@code (a, (b | c)), d}.
 * A list of more than {@link Chunks#SIZE} names, which only a large class can have, is shortened to
 * its first few, how many are left out and its last: {@code c0, c1, c2, ... 2996 more ..., c2999}.
 * Thousands of names would make a message no one reads, and could make a text longer than a class
 * file's constant may be (65,535 bytes).
 */
final class ChoiceLabels {
    // how many names a shortened list gives before the count of those left out
    private static final int LEADING_NAMES = 3;

    private ChoiceLabels() {
    }

    /**
     * The branches of a group, as {@code Validation.choice} takes their names.
     *
     * @param plan the class
     * @param choice one of its groups
     * @return the branches' labels, joined by commas
     */
    static String names(ClassPlan plan, ClassPlan.Choice choice) {
        return joined(choice.branches().stream().map(b -> label(plan, b)).toList(), ", ");
    }

    /** A branch as messages name it: {@code a}, {@code (host, port)}, {@code (a, (b | c))}. */
    private static String label(ClassPlan plan, ClassPlan.Branch branch) {
        Map<Integer, String> byFirstIndex = new TreeMap<>();
        branch.properties().forEach(p -> byFirstIndex.put(p.childIndex(), p.field()));
        for (int inner : branch.innerGroups()) {
            ClassPlan.Choice choice = plan.choice(inner);
            List<String> labels = choice.branches().stream().map(b -> label(plan, b)).toList();
            byFirstIndex.put(firstIndex(plan, choice),
                    labels.size() == 1 ? labels.get(0) : "(" + joined(labels, " | ") + ")");
        }
        return byFirstIndex.size() == 1 ? byFirstIndex.values().iterator().next()
                : "(" + joined(List.copyOf(byFirstIndex.values()), ", ") + ")";
    }

    private static String joined(List<String> names, String separator) {
        if (names.size() <= Chunks.SIZE) {
            return String.join(separator, names);
        }
        List<String> shown = new ArrayList<>(names.subList(0, LEADING_NAMES));
        shown.add("... " + (names.size() - LEADING_NAMES - 1) + " more ...");
        shown.add(names.get(names.size() - 1));
        return String.join(separator, shown);
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
