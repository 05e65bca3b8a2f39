package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSModelGroup;
import com.sun.xml.xsom.XSParticle;
import com.sun.xml.xsom.XSTerm;

/**
 * Whether an {@code xs:choice} needs one of its branches, as generated code can check it. Code
 * sees a branch through its elements: a branch element or wildcard, the elements of a sequence branch, the
 * branches of a choice that is a branch (it is flattened into the group), and a required choice
 * within a sequence branch (a group of its own that lies in the branch). A nil element shows too: as
 * its flag, as a null item of a list, or as a nil value that keeps its attributes. So the choice is
 * required to the checks only when each branch, whenever it matches, shows such an element;
 * otherwise the checks may miss a document without a branch, and never reject a valid one.
 */
final class ChoiceBranches {
    private ChoiceBranches() {
    }

    /**
     * Whether one branch of a choice that occurs at least once must show in its group.
     *
     * @param choice the choice's model group
     * @return true if every branch, whenever it matches, holds an element of the group
     */
    static boolean required(XSModelGroup choice) {
        if (choice.getSize() == 0) {
            return false;
        }
        for (XSParticle branch : choice.getChildren()) {
            if (!branchShows(branch)) {
                return false;
            }
        }
        return true;
    }

    private static boolean branchShows(XSParticle branch) {
        XSModelGroup group = modelGroup(branch.getTerm());
        if (group != null && group.getCompositor() == XSModelGroup.CHOICE && group.getSize() > 1) {
            return branch.getMinOccurs().signum() > 0 && required(group);
        }
        return showsAnElement(branch);
    }

    /** Whether the particle always shows an element. */
    private static boolean showsAnElement(XSParticle particle) {
        if (particle.getMinOccurs().signum() == 0) {
            return false;
        }
        XSTerm term = particle.getTerm();
        if (term.isElementDecl() || term.isWildcard()) {
            return true; // a wildcard's elements show as its property's XmlElements
        }
        XSModelGroup group = modelGroup(term);
        if (group == null) {
            return false;
        }
        if (group.getCompositor() == XSModelGroup.CHOICE && group.getSize() > 1) {
            return required(group); // a group of its own, which shows when each of its branches does
        }
        for (XSParticle child : group.getChildren()) {
            if (showsAnElement(child)) {
                return true;
            }
        }
        return false;
    }

    /** The model group of a term, or null for an element or a wildcard. */
    private static XSModelGroup modelGroup(XSTerm term) {
        if (term.isModelGroupDecl()) {
            return term.asModelGroupDecl().getModelGroup();
        }
        return term.isModelGroup() ? term.asModelGroup() : null;
    }
}
