package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * What strict reading finds wrong with one choice group of an element's children, once the
 * element has ended: more than one branch present, none when one is required, or a branch that
 * is a sequence present without a child it requires. A branch is one child, or the children that
 * share a branch number ({@link XmlChildren.Builder#choiceChild(int, int, int, String, String, int, int)})
 * together with the groups that lie in it ({@link XmlChildren.Builder#nestedChoice}); a child of
 * such an inner group is present in the branch too.
 */
final class ChoiceCheck {
    // the branch of a child that is not in the group, nor in a group within it
    private static final int OUTSIDE = Integer.MIN_VALUE;

    private ChoiceCheck() {
    }

    /**
     * The problems of one choice group.
     *
     * @param known the element's children
     * @param counts how often each child occurred
     * @param group the choice group number
     * @return the messages, empty if the choice is met
     */
    static List<String> problems(XmlChildren known, int[] counts, int group) {
        List<Integer> branches = branches(known, group);
        List<String> labels = new ArrayList<String>();
        List<String> present = new ArrayList<String>();
        int chosen = OUTSIDE;
        for (int branch : branches) {
            String label = branchLabel(known, group, branch);
            labels.add(label);
            if (isPresent(known, counts, group, branch)) {
                present.add(label);
                chosen = branch;
            }
        }
        List<String> problems = new ArrayList<String>();
        if (present.size() > 1) {
            problems.add("only one of " + join(labels, ", ") + " is allowed, found " + join(present, ", "));
        } else if (present.isEmpty() && isRequired(known, counts, group)) {
            problems.add("missing one of " + join(labels, ", "));
        } else if (present.size() == 1) {
            for (int i = 0; i < known.size(); i++) {
                if (known.choiceGroup(i) == group && branchOf(known, i) == chosen && counts[i] < known.minOccurs(i)) {
                    problems.add("missing " + known.describe(i) + (known.minOccurs(i) > 1 ? " (at least "
                            + known.minOccurs(i) + " required, found " + counts[i] + ")" : ""));
                }
            }
        }
        return problems;
    }

    /** A group declared required needs a branch; one within another's branch only once that branch is chosen. */
    private static boolean isRequired(XmlChildren known, int[] counts, int group) {
        int parent = known.parentGroup(group);
        return known.isRequiredChoice(group)
                && (parent < 0 || isPresent(known, counts, parent, known.parentBranch(group)));
    }

    private static boolean isPresent(XmlChildren known, int[] counts, int group, int branch) {
        for (int i = 0; i < known.size(); i++) {
            if (counts[i] > 0 && branchIn(known, i, group) == branch) {
                return true;
            }
        }
        return false;
    }

    /** The group's branches, in the order of their first child. */
    private static List<Integer> branches(XmlChildren known, int group) {
        List<Integer> branches = new ArrayList<Integer>();
        for (int i = 0; i < known.size(); i++) {
            int branch = branchIn(known, i, group);
            if (branch != OUTSIDE && !branches.contains(branch)) {
                branches.add(branch);
            }
        }
        return branches;
    }

    /** The names in a branch, each inner group once where its first child is: {@code (A, (B | C))}. */
    private static String branchLabel(XmlChildren known, int group, int branch) {
        List<String> names = new ArrayList<String>();
        List<Integer> innerGroups = new ArrayList<Integer>();
        for (int i = 0; i < known.size(); i++) {
            if (branchIn(known, i, group) != branch) {
                continue;
            }
            int inner = innerGroup(known, i, group);
            if (inner < 0) {
                names.add(known.label(i));
            } else if (!innerGroups.contains(inner)) {
                innerGroups.add(inner);
                names.add(groupLabel(known, inner));
            }
        }
        return names.size() == 1 ? names.get(0) : "(" + join(names, ", ") + ")";
    }

    private static String groupLabel(XmlChildren known, int group) {
        List<String> labels = new ArrayList<String>();
        for (int branch : branches(known, group)) {
            labels.add(branchLabel(known, group, branch));
        }
        return labels.size() == 1 ? labels.get(0) : "(" + join(labels, " | ") + ")";
    }

    /** The child's branch in the group, through the groups it lies in; {@link #OUTSIDE} when it is not in it. */
    private static int branchIn(XmlChildren known, int index, int group) {
        int own = known.choiceGroup(index);
        if (own == group) {
            return branchOf(known, index);
        }
        int inner = innerGroup(known, index, group);
        return inner < 0 ? OUTSIDE : known.parentBranch(inner);
    }

    /** The group lying directly in a branch of {@code group} that holds the child, or -1 for none. */
    private static int innerGroup(XmlChildren known, int index, int group) {
        for (int inner = known.choiceGroup(index); inner >= 0; inner = known.parentGroup(inner)) {
            if (known.parentGroup(inner) == group) {
                return inner;
            }
        }
        return -1;
    }

    /** The child's branch: its branch number, or one of its own (below -1) when it is a branch alone. */
    private static int branchOf(XmlChildren known, int index) {
        int branch = known.choiceBranch(index);
        return branch >= 0 ? branch : -2 - index;
    }

    private static String join(List<String> names, String separator) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            if (text.length() > 0) {
                text.append(separator);
            }
            text.append(name);
        }
        return text.toString();
    }
}
