package io.github.cosxml.codegen.model;

/**
 * One choice group of a complex type's own properties ({@link PropertyModel#choiceGroup()}): an
 * {@code xs:choice}, or an optional group of several particles, which is all it requires or nothing
 * (an optional choice of one branch). A group may lie in a sequence branch of another group of the
 * same type, as {@code (B | C)} lies in the first branch of {@code (A, (B | C)) | D}, or the
 * optional group {@code (Q, R)?} in the only branch of {@code (P, (Q, R)?)?}: present, it chooses
 * that branch, and a required one is required once that branch is chosen.
 *
 * @param group the group number
 * @param required whether the group needs one of its branches (see {@link PropertyModel#choiceRequired()})
 * @param parentGroup the group whose branch it lies in, or -1 for none
 * @param parentBranch that branch ({@link PropertyModel#choiceBranch()} of its elements), or -1 for none
 */
public record ChoiceGroupModel(int group, boolean required, int parentGroup, int parentBranch) {

    /** Checks the numbers. */
    public ChoiceGroupModel {
        if (group < 0 || parentGroup < -1 || group == parentGroup || (parentGroup < 0) != (parentBranch < 0)
                || parentBranch < -1) {
            throw new IllegalArgumentException("bad choice group " + group + " in branch " + parentBranch
                    + " of group " + parentGroup);
        }
    }

    /**
     * Whether the group lies in a branch of another group.
     *
     * @return true if it has a parent group
     */
    public boolean isNested() {
        return parentGroup >= 0;
    }
}
