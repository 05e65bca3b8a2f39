package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSElementDecl;
import com.sun.xml.xsom.XSModelGroup;
import com.sun.xml.xsom.XSParticle;
import com.sun.xml.xsom.XSTerm;
import io.github.cosxml.codegen.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * The effective occurrence of each element of a complex type's own particle: occurrences are
 * multiplied along the path of nested groups (a branch of a choice included: its minimum above 0
 * says the choice needs a branch, not that the branch is there), and each single {@code xs:choice}
 * gets its own group index shared by the elements of its branches.
 */
final class Occurrences {
    /**
     * The effective occurrence of one element.
     *
     * @param min minimum occurrences
     * @param max maximum occurrences, {@link PropertyModel#UNBOUNDED} for unbounded
     * @param choiceGroup the choice group index, or null
     * @param choiceBranch the index of the choice's branch the element is in, when that branch is a group
     *     of elements (a sequence in the choice); null when the element is a branch of its own
     */
    record Occurrence(int min, int max, Integer choiceGroup, Integer choiceBranch) {
    }

    private final Map<QName, Occurrence> byElement = new HashMap<>();
    private final List<SchemaProblem> problems = new ArrayList<>();
    private int nextGroup;

    private Occurrences() {
    }

    /** Computes the occurrences in the given particle (null for empty content). */
    static Occurrences of(XSParticle particle) {
        Occurrences result = new Occurrences();
        if (particle != null) {
            result.visit(particle, 1, 1, null, null);
        }
        return result;
    }

    Occurrence of(QName element) {
        return byElement.get(element);
    }

    /** Wildcards, substitution groups and repeated choices met on the way. */
    List<SchemaProblem> problems() {
        return List.copyOf(problems);
    }

    private void visit(XSParticle particle, int minFactor, int maxFactor, Integer group, Integer branch) {
        int min = minFactor * particle.getMinOccurs().intValueExact();
        int max = multiply(maxFactor, particle.getMaxOccurs().intValue());
        XSTerm term = particle.getTerm();
        if (term.isModelGroupDecl()) {
            visitGroup(particle, term.asModelGroupDecl().getModelGroup(), min, max, group, branch);
        } else if (term.isModelGroup()) {
            visitGroup(particle, term.asModelGroup(), min, max, group, branch);
        } else if (term.isWildcard()) {
            problems.add(Unsupported.construct(particle, "xs:any",
                    "remove the wildcard (lenient reading already skips unknown elements) or declare the elements"));
        } else {
            XSElementDecl element = term.asElementDecl();
            if (element.isAbstract() || element.getSubstitutables().size() > 1) {
                problems.add(Unsupported.construct(particle, "substitution group (element " + element.getName() + ")",
                        "reference the concrete elements through an xs:choice instead"));
            }
            QName name = new QName(element.getTargetNamespace(), element.getName());
            Occurrence previous = byElement.get(name);
            if (previous == null) {
                byElement.put(name, new Occurrence(min, max, group, branch));
            } else {
                byElement.put(name, new Occurrence(previous.min() + min, add(previous.max(), max), null, null));
            }
        }
    }

    private void visitGroup(XSParticle particle, XSModelGroup group, int min, int max, Integer choiceGroup,
            Integer branch) {
        if (group.getCompositor() == XSModelGroup.CHOICE && group.getSize() > 1) {
            if (max != 1) {
                problems.add(Unsupported.construct(particle, "repeated xs:choice (maxOccurs=" + describe(max) + ")",
                        "make the choice single, or repeat each branch element instead"));
            }
            Integer index = nextGroup++;
            // a branch keeps the choice's minimum: when every branch needs an element, one of them is required
            XSParticle[] branches = group.getChildren();
            for (int i = 0; i < branches.length; i++) {
                visit(branches[i], min, max, index, branches[i].getTerm().isElementDecl() ? null : i);
            }
            return;
        }
        for (XSParticle child : group.getChildren()) {
            visit(child, min, max, choiceGroup, branch);
        }
    }

    private static String describe(int max) {
        return max == PropertyModel.UNBOUNDED ? "unbounded" : Integer.toString(max);
    }

    private static int multiply(int a, int b) {
        if (a == PropertyModel.UNBOUNDED || b == PropertyModel.UNBOUNDED) {
            return a == 0 || b == 0 ? 0 : PropertyModel.UNBOUNDED;
        }
        return Math.multiplyExact(a, b);
    }

    private static int add(int a, int b) {
        return a == PropertyModel.UNBOUNDED || b == PropertyModel.UNBOUNDED ? PropertyModel.UNBOUNDED : a + b;
    }
}
