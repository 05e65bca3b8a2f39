package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSElementDecl;
import com.sun.xml.xsom.XSModelGroup;
import com.sun.xml.xsom.XSParticle;
import com.sun.xml.xsom.XSTerm;
import com.sun.xml.xsom.XSType;

/**
 * Whether an {@code xs:choice} needs one of its branches, as generated code can check it. Code
 * sees a branch through its elements: a branch element, the elements of a sequence branch, the
 * branches of a choice that is a branch (it is flattened into the group), and a required choice
 * within a sequence branch (a group of its own that lies in the branch), but not a single nillable
 * element of a complex type with attributes (nil, it reads as null; a repeated one keeps its nil
 * items as null). So the choice is required to the checks only when each branch, whenever it
 * matches, shows such an element; otherwise the checks may miss a document without a branch, and
 * never reject a valid one.
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
            if (!branchShows(branch, false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean branchShows(XSParticle branch, boolean repeated) {
        XSModelGroup group = modelGroup(branch.getTerm());
        if (group != null && group.getCompositor() == XSModelGroup.CHOICE && group.getSize() > 1) {
            return branch.getMinOccurs().signum() > 0 && required(group);
        }
        return showsAnElement(branch, repeated);
    }

    /** Whether the particle always shows an element; {@code repeated}: an enclosing group repeats. */
    private static boolean showsAnElement(XSParticle particle, boolean repeated) {
        if (particle.getMinOccurs().signum() == 0) {
            return false;
        }
        boolean repeats = repeated || particle.getMaxOccurs().intValue() != 1;
        XSTerm term = particle.getTerm();
        if (term.isElementDecl()) {
            XSElementDecl element = term.asElementDecl();
            // a nil element shows as a flag, or as a null item of a list; not as a single value of a type with
            // attributes, which the nil element may carry
            return !element.isNillable() || repeats || !hasAttributes(element.getType());
        }
        XSModelGroup group = modelGroup(term);
        if (group == null) {
            return false;
        }
        if (group.getCompositor() == XSModelGroup.CHOICE && group.getSize() > 1) {
            return required(group); // a group of its own, which shows when each of its branches does
        }
        for (XSParticle child : group.getChildren()) {
            if (showsAnElement(child, repeats)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAttributes(XSType type) {
        return type.isComplexType() && !type.asComplexType().getAttributeUses().isEmpty();
    }

    /** The model group of a term, or null for an element or a wildcard. */
    private static XSModelGroup modelGroup(XSTerm term) {
        if (term.isModelGroupDecl()) {
            return term.asModelGroupDecl().getModelGroup();
        }
        return term.isModelGroup() ? term.asModelGroup() : null;
    }
}
