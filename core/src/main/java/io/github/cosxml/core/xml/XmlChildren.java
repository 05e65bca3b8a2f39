package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The child elements a generated type knows, with what strict reading checks about them:
 * occurrence bounds, schema order position and choice group. Immutable; built once per
 * generated class in a static field.
 *
 * <p>Positions express order: in strict mode a child whose position is lower than one already
 * seen is out of order. Children of an {@code xs:all} or alternatives of one {@code xs:choice}
 * share a position. Children of one choice group share a group number: strict reading and
 * {@code validate()} allow at most one branch of it, and require one when the group is declared
 * required ({@link Builder#requiredChoice}). A branch is one child, or the children of one
 * sequence in the choice, which share a branch number; the minimum of a child in a choice counts
 * once its branch is chosen. A choice group may lie in a sequence branch of another
 * ({@link Builder#nestedChoice}): its children then also choose that branch, and a required inner
 * group is required once that branch is chosen. Strict reading reports {@code xsi:nil} on a child
 * not declared {@link Builder#nillable nillable}.
 *
 * <p>A child may be an {@code xs:any} wildcard ({@link Builder#wildcardChild}): it stands for each
 * element whose namespace it allows and that no other child names, and is counted, ordered and
 * chosen like a named child.
 */
public final class XmlChildren {

    private static final XmlChildren NONE = builder().build();

    private final String[] namespaces;
    private final String[] localNames;
    // by index: the namespace constraint of an xs:any wildcard (whose local name is null), else null
    private final XmlWildcard[] wildcards;
    private final boolean anyWildcard;
    private final int[] minOccurs;
    private final int[] maxOccurs;
    private final int[] positions;
    private final int[] choiceGroups;
    private final int[] choiceBranches;
    private final BitSet requiredChoices;
    private final BitSet nillable;
    // by choice group number: the group whose branch it lies in (-1 for none), and that branch
    private final int[] parentGroups;
    private final int[] parentBranches;

    private XmlChildren(Builder builder) {
        int n = builder.localNames.size();
        namespaces = builder.namespaces.toArray(new String[n]);
        localNames = builder.localNames.toArray(new String[n]);
        wildcards = builder.wildcards.toArray(new XmlWildcard[n]);
        anyWildcard = builder.wildcards.stream().anyMatch(w -> w != null);
        minOccurs = toArray(builder.minOccurs);
        maxOccurs = toArray(builder.maxOccurs);
        positions = toArray(builder.positions);
        choiceGroups = toArray(builder.choiceGroups);
        choiceBranches = toArray(builder.choiceBranches);
        requiredChoices = (BitSet) builder.requiredChoices.clone();
        nillable = (BitSet) builder.nillable.clone();
        parentGroups = toArray(builder.parentGroups);
        parentBranches = toArray(builder.parentBranches);
    }

    /**
     * No known children.
     *
     * @return the empty set
     */
    public static XmlChildren none() {
        return NONE;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The number of known children.
     *
     * @return the count
     */
    public int size() {
        return localNames.length;
    }

    /**
     * The index of the child with this name.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @return the index, or -1 if unknown
     */
    public int indexOf(String namespace, String localName) {
        // parsers hand out interned names, and generated tables hold literals: identity mostly finds it
        for (int i = 0; i < localNames.length; i++) {
            if (localNames[i] == localName && namespaces[i] == namespace) {
                return i;
            }
        }
        for (int i = 0; i < localNames.length; i++) {
            if (localName.equals(localNames[i]) && namespace.equals(namespaces[i])) {
                return i;
            }
        }
        // a declared element is not the wildcard's, even where the wildcard allows its namespace
        if (anyWildcard) {
            for (int i = 0; i < wildcards.length; i++) {
                if (wildcards[i] != null && wildcards[i].allows(namespace)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the child is an {@code xs:any} wildcard, which stands for any element its namespace
     * constraint allows.
     *
     * @param index the child's index
     * @return true for a wildcard
     */
    public boolean isWildcard(int index) {
        return wildcards[index] != null;
    }

    /** The wildcard's namespace constraint, null for a named child. */
    XmlWildcard wildcard(int index) {
        return wildcards[index];
    }

    /** The child for messages: {@code element Name}, or what the wildcard allows. */
    String describe(int index) {
        return wildcards[index] == null ? "element " + localNames[index]
                : "an element of " + wildcards[index] + " (xs:any)";
    }

    /** The child in a list of names: its local name, or {@code xs:any}. */
    String label(int index) {
        return wildcards[index] == null ? localNames[index] : "xs:any";
    }

    String namespace(int index) {
        return namespaces[index];
    }

    String localName(int index) {
        return localNames[index];
    }

    int minOccurs(int index) {
        return minOccurs[index];
    }

    int maxOccurs(int index) {
        return maxOccurs[index];
    }

    int position(int index) {
        return positions[index];
    }

    int choiceGroup(int index) {
        return choiceGroups[index];
    }

    /** Whether the choice group needs one of its branches. */
    boolean isRequiredChoice(int group) {
        return group >= 0 && requiredChoices.get(group);
    }

    /** Whether the child is declared {@code nillable}, so that it may carry {@code xsi:nil}. */
    boolean isNillable(int index) {
        return nillable.get(index);
    }

    /** The child's branch number in its choice group, or -1 when the child is a branch of its own. */
    int choiceBranch(int index) {
        return choiceBranches[index];
    }

    /** The group whose sequence branch the choice group lies in, or -1 when it lies in none. */
    int parentGroup(int group) {
        return group >= 0 && group < parentGroups.length ? parentGroups[group] : -1;
    }

    /** The branch number of {@link #parentGroup} the choice group lies in, or -1 when it lies in none. */
    int parentBranch(int group) {
        return group >= 0 && group < parentBranches.length ? parentBranches[group] : -1;
    }

    private static int[] toArray(List<Integer> values) {
        int[] result = new int[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }

    /** Builds {@link XmlChildren}; the index of a child is the order of the calls. */
    public static final class Builder {
        private final List<String> namespaces = new ArrayList<String>();
        private final List<String> localNames = new ArrayList<String>();
        private final List<XmlWildcard> wildcards = new ArrayList<XmlWildcard>();
        private final List<Integer> minOccurs = new ArrayList<Integer>();
        private final List<Integer> maxOccurs = new ArrayList<Integer>();
        private final List<Integer> positions = new ArrayList<Integer>();
        private final List<Integer> choiceGroups = new ArrayList<Integer>();
        private final List<Integer> choiceBranches = new ArrayList<Integer>();
        private final BitSet requiredChoices = new BitSet();
        private final BitSet nillable = new BitSet();
        private final List<Integer> parentGroups = new ArrayList<Integer>();
        private final List<Integer> parentBranches = new ArrayList<Integer>();

        private Builder() {
        }

        /**
         * Adds a child outside any choice.
         *
         * @param position the order position
         * @param namespace the namespace URI, empty for none
         * @param localName the local name
         * @param min the minimum occurrences
         * @param max the maximum occurrences, -1 for unbounded
         * @return this builder
         */
        public Builder child(int position, String namespace, String localName, int min, int max) {
            return choiceChild(position, -1, namespace, localName, min, max);
        }

        /**
         * Adds a branch of a choice.
         *
         * @param position the order position (shared by the choice's branches)
         * @param group the choice group number, or -1 for none
         * @param namespace the namespace URI, empty for none
         * @param localName the local name
         * @param min the minimum occurrences once the branch is chosen
         * @param max the maximum occurrences, -1 for unbounded
         * @return this builder
         */
        public Builder choiceChild(int position, int group, String namespace, String localName, int min, int max) {
            return choiceChild(position, group, -1, namespace, localName, min, max);
        }

        /**
         * Adds a child of a choice branch that is a sequence of children: the children with the same
         * branch number in a group are one branch, chosen when any of them is present.
         *
         * @param position the order position (shared by the choice's branches)
         * @param group the choice group number
         * @param branch the branch number within the group, or -1 for a branch of its own
         * @param namespace the namespace URI, empty for none
         * @param localName the local name
         * @param min the minimum occurrences once the branch is chosen
         * @param max the maximum occurrences, -1 for unbounded
         * @return this builder
         */
        public Builder choiceChild(int position, int group, int branch, String namespace, String localName, int min,
                int max) {
            if (namespace == null || localName == null) {
                throw new NullPointerException("namespace and localName must not be null");
            }
            return add(position, group, branch, namespace, localName, null, min, max);
        }

        /**
         * Adds an {@code xs:any} wildcard outside any choice: it stands for each element that no other
         * child names and whose namespace it allows.
         *
         * @param position the order position
         * @param wildcard the namespace constraint
         * @param min the minimum occurrences
         * @param max the maximum occurrences, -1 for unbounded
         * @return this builder
         */
        public Builder wildcardChild(int position, XmlWildcard wildcard, int min, int max) {
            return wildcardChoiceChild(position, -1, -1, wildcard, min, max);
        }

        /**
         * Adds an {@code xs:any} wildcard in a choice; see {@link #wildcardChild} and
         * {@link #choiceChild(int, int, int, String, String, int, int)}.
         *
         * @param position the order position (shared by the choice's branches)
         * @param group the choice group number, or -1 for none
         * @param branch the branch number within the group, or -1 for a branch of its own
         * @param wildcard the namespace constraint
         * @param min the minimum occurrences once the branch is chosen
         * @param max the maximum occurrences, -1 for unbounded
         * @return this builder
         */
        public Builder wildcardChoiceChild(int position, int group, int branch, XmlWildcard wildcard, int min,
                int max) {
            if (wildcard == null) {
                throw new NullPointerException("wildcard");
            }
            return add(position, group, branch, "", null, wildcard, min, max);
        }

        private Builder add(int position, int group, int branch, String namespace, String localName,
                XmlWildcard wildcard, int min, int max) {
            namespaces.add(namespace);
            localNames.add(localName);
            wildcards.add(wildcard);
            minOccurs.add(min);
            maxOccurs.add(max);
            positions.add(position);
            choiceGroups.add(group);
            choiceBranches.add(branch);
            return this;
        }

        /**
         * Declares that a choice group needs one of its branches (a choice group is optional otherwise).
         *
         * @param group the choice group number
         * @return this builder
         */
        public Builder requiredChoice(int group) {
            if (group < 0) {
                throw new IllegalArgumentException("a choice group number is not negative: " + group);
            }
            requiredChoices.set(group);
            return this;
        }

        /**
         * Declares that a choice group lies in a sequence branch of another group, as
         * {@code (B | C)} lies in the first branch of {@code (A, (B | C)) | D}, or {@code (Q, R)?}
         * in the only branch of the optional group {@code (P, (Q, R)?)?}. A present child of the
         * inner group chooses that branch of the outer one, as the branch's own children do; and an
         * inner group declared {@link #requiredChoice required} needs a branch only once that branch
         * of the outer group is chosen.
         *
         * @param group the inner choice group number
         * @param parentGroup the outer choice group number
         * @param parentBranch the number of the outer group's branch the inner group lies in, as
         *     given to {@link #choiceChild(int, int, int, String, String, int, int)}
         * @return this builder
         * @throws IllegalArgumentException if a number is negative, the group is its own parent, or
         *     the group was already placed in a branch
         */
        public Builder nestedChoice(int group, int parentGroup, int parentBranch) {
            if (group < 0 || parentGroup < 0 || parentBranch < 0) {
                throw new IllegalArgumentException("choice group and branch numbers are not negative: group " + group
                        + ", parent group " + parentGroup + ", parent branch " + parentBranch);
            }
            if (group == parentGroup) {
                throw new IllegalArgumentException("choice group " + group + " cannot lie in its own branch");
            }
            while (parentGroups.size() <= group) {
                parentGroups.add(-1);
                parentBranches.add(-1);
            }
            if (parentGroups.get(group) >= 0) {
                throw new IllegalArgumentException("choice group " + group + " already lies in branch "
                        + parentBranches.get(group) + " of group " + parentGroups.get(group));
            }
            parentGroups.set(group, parentGroup);
            parentBranches.set(group, parentBranch);
            return this;
        }

        /**
         * Declares a child {@code nillable}: strict reading reports an {@code xsi:nil} attribute on
         * any other child, as the schema does (Structures 3.3.4, even {@code xsi:nil="false"}).
         *
         * @param index the child's index, the order of its {@code child}/{@code choiceChild} call
         * @return this builder
         */
        public Builder nillable(int index) {
            if (index < 0 || index >= localNames.size()) {
                throw new IllegalArgumentException("no child at index " + index + " (" + localNames.size()
                        + " children added)");
            }
            nillable.set(index);
            return this;
        }

        /**
         * Builds the immutable set.
         *
         * @return the children
         * @throws IllegalArgumentException if choice groups lie in each other's branches
         */
        public XmlChildren build() {
            for (int group = 0; group < parentGroups.size(); group++) {
                int outer = parentGroups.get(group);
                for (int steps = 0; outer >= 0; steps++) {
                    if (outer == group || steps > parentGroups.size()) {
                        throw new IllegalArgumentException("choice group " + group + " lies, through its parents,"
                                + " in its own branch");
                    }
                    outer = outer < parentGroups.size() ? parentGroups.get(outer) : -1;
                }
            }
            return new XmlChildren(this);
        }
    }
}
