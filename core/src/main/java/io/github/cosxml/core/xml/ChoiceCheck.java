package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * What strict reading finds wrong with one choice group of an element's children, once the
 * element has ended: more than one branch present, none when one is required, or a branch that
 * is a sequence present without a child it requires. A branch is one child, or the children that
 * share a branch number ({@link XmlChildren.Builder#choiceChild(int, int, int, String, String, int, int)}).
 */
final class ChoiceCheck {

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
        List<String> branches = new ArrayList<String>();
        List<String> present = new ArrayList<String>();
        List<Integer> branchesSeen = new ArrayList<Integer>();
        int chosen = 0;
        for (int i = 0; i < known.size(); i++) {
            int branch = branchOf(known, i);
            if (known.choiceGroup(i) != group || branchesSeen.contains(branch)) {
                continue;
            }
            branchesSeen.add(branch);
            List<String> names = new ArrayList<String>();
            boolean found = false;
            for (int j = i; j < known.size(); j++) {
                if (known.choiceGroup(j) == group && branchOf(known, j) == branch) {
                    names.add(known.localName(j));
                    found |= counts[j] > 0;
                }
            }
            String name = names.size() == 1 ? names.get(0) : "(" + join(names) + ")";
            branches.add(name);
            if (found) {
                present.add(name);
                chosen = branch;
            }
        }
        List<String> problems = new ArrayList<String>();
        if (present.size() > 1) {
            problems.add("only one of " + join(branches) + " is allowed, found " + join(present));
        } else if (present.isEmpty() && known.isRequiredChoice(group)) {
            problems.add("missing one of " + join(branches));
        } else if (present.size() == 1) {
            for (int i = 0; i < known.size(); i++) {
                if (known.choiceGroup(i) == group && branchOf(known, i) == chosen && counts[i] < known.minOccurs(i)) {
                    problems.add("missing element " + known.localName(i) + (known.minOccurs(i) > 1 ? " (at least "
                            + known.minOccurs(i) + " required, found " + counts[i] + ")" : ""));
                }
            }
        }
        return problems;
    }

    /** The child's branch: its branch number, or one of its own (below -1) when it is a branch alone. */
    private static int branchOf(XmlChildren known, int index) {
        int branch = known.choiceBranch(index);
        return branch >= 0 ? branch : -2 - index;
    }

    private static String join(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(name);
        }
        return text.toString();
    }
}
