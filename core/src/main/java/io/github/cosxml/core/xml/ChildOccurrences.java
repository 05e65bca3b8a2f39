package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Strict reading's record of one element's known children as they come: a child out of the
 * schema's order or over its {@code maxOccurs} is reported when it starts, and when the element
 * ends, each required element below its {@code minOccurs} and each choice or group the children
 * break ({@link ChoiceCheck}). {@link XmlReader} keeps one per depth and restarts it for each element.
 */
final class ChildOccurrences {
    private static final int[] NONE = new int[0];

    private XmlChildren known;
    private int[] counts = NONE;
    private int maxPosition;
    private String maxPositionName;

    /** Starts the record of a new element whose children are {@code known}. */
    void start(XmlChildren known) {
        this.known = known;
        this.maxPosition = Integer.MIN_VALUE;
        this.maxPositionName = null;
        if (counts.length < known.size()) {
            counts = new int[known.size()];
        } else {
            Arrays.fill(counts, 0, known.size(), 0);
        }
    }

    /**
     * Counts a known child that starts, reporting it if it comes out of order or once too often.
     *
     * @param found its index in the {@link XmlChildren}
     * @param name its name as written, for the messages
     * @param report takes each problem, at the child's position
     */
    void child(int found, String name, Consumer<String> report) {
        int position = known.position(found);
        if (position < maxPosition) {
            report.accept("element " + name + " is out of order: it must come before " + maxPositionName);
        } else if (position > maxPosition) {
            maxPosition = position;
            maxPositionName = name;
        }
        int max = known.maxOccurs(found);
        if (max >= 0 && counts[found] == max) {
            report.accept(known.isWildcard(found)
                    ? "element " + name + " is one too many: " + known.describe(found) + " allows at most " + max
                    : "element " + name + " occurs more than " + max + (max == 1 ? " time" : " times"));
        }
        counts[found]++;
    }

    /**
     * What the children lack, once the element ends: each required element below its
     * {@code minOccurs}, and the problems of each group a known child lies in.
     *
     * @return the messages, in the order of the known children; empty when nothing is missing
     */
    List<String> missing() {
        List<String> messages = new ArrayList<String>();
        List<Integer> groupsDone = new ArrayList<Integer>();
        for (int i = 0; i < known.size(); i++) {
            int group = known.choiceGroup(i);
            if (group < 0) {
                if (counts[i] < known.minOccurs(i)) {
                    messages.add("missing " + known.describe(i) + (known.minOccurs(i) > 1
                            ? " (at least " + known.minOccurs(i) + " required, found " + counts[i] + ")" : ""));
                }
                continue;
            }
            // the child's group and each group it lies in
            for (; group >= 0; group = known.parentGroup(group)) {
                if (!groupsDone.contains(group)) {
                    groupsDone.add(group);
                    messages.addAll(ChoiceCheck.problems(known, counts, group));
                }
            }
        }
        return messages;
    }
}
