package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSElementDecl;
import com.sun.xml.xsom.XSModelGroup;
import com.sun.xml.xsom.XSParticle;
import com.sun.xml.xsom.XSTerm;
import com.sun.xml.xsom.XSWildcard;
import io.github.cosxml.codegen.model.ChoiceGroupModel;
import io.github.cosxml.codegen.model.PropertyModel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * The effective occurrence of each element of a complex type's own particle: occurrences are
 * multiplied along the path of nested groups, and each single {@code xs:choice} gets its own group
 * index shared by the elements of its branches. Within a choice, an element's minimum counts from
 * its branch (the element itself, or the sequence it is in, once that branch is chosen); whether
 * the choice needs a branch at all is the group's {@link Occurrence#choiceRequired()}. An optional
 * group of several particles outside any choice ({@code H, (P, Q)?}, or an optional {@code xs:all})
 * is all of what it requires or nothing, which is an optional choice of one branch: it gets a group
 * index of its own, so that the checks of a chosen branch hold it to its elements' own minimums.
 * Such groups nest: a choice, or an optional group of several particles, within a sequence branch
 * of a choice or within an optional group is a group of its own that lies in that branch
 * ({@link #groups()}): present, it chooses the branch, and it is required once the branch is.
 *
 * <p>An {@code xs:any} wildcard (one per type) gets its occurrence as an element does
 * ({@link #wildcardOccurrence()}).
 *
 * <p>The checks take an element's occurrences as a range, which the counts a repeated group allows
 * do not always fill: {@code (P{2}){1,2}} is two or four {@code P}, not three. Such a place is
 * reported as a warning ({@link #warnings()}), as {@link RepeatedCounts} finds it.
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
     * @param choiceRequired whether the element's choice needs one of its branches (see {@link ChoiceBranches})
     */
    record Occurrence(int min, int max, Integer choiceGroup, Integer choiceBranch, boolean choiceRequired) {
    }

    private final Map<QName, Occurrence> byElement = new HashMap<>();
    private final List<SchemaProblem> problems = new ArrayList<>();
    private final List<SchemaProblem> warnings = new ArrayList<>();
    // by choice group index: whether the choice needs a branch, and how many sequence branches it has numbered
    private final List<Boolean> requiredGroups = new ArrayList<>();
    private final List<Integer> branchCounts = new ArrayList<>();
    // by choice group index: the group and branch it lies in, -1 for none
    private final List<Integer> parentGroups = new ArrayList<>();
    private final List<Integer> parentBranches = new ArrayList<>();
    private boolean particleLeftOut;
    private XSWildcard wildcard;
    private Occurrence wildcardOccurrence;

    private Occurrences() {
    }

    /** Computes the occurrences in the given particle (null for empty content). */
    static Occurrences of(XSParticle particle) {
        Occurrences result = new Occurrences();
        if (particle != null) {
            result.visit(particle, 1, 1, null, null, RepeatedCounts.once());
        }
        return result;
    }

    Occurrence of(QName element) {
        return withRequired(byElement.get(element));
    }

    /** The particle's {@code xs:any} wildcard, or null if it has none. */
    XSWildcard wildcard() {
        return wildcard;
    }

    /** The effective occurrence of the wildcard's elements, or null if there is no wildcard. */
    Occurrence wildcardOccurrence() {
        return withRequired(wildcardOccurrence);
    }

    // whether a choice needs a branch is known only once the whole particle is visited
    private Occurrence withRequired(Occurrence found) {
        return found == null || found.choiceGroup() == null ? found
                : new Occurrence(found.min(), found.max(), found.choiceGroup(), found.choiceBranch(),
                        requiredGroups.get(found.choiceGroup()));
    }

    /** Unsupported constructs met on the way: a second wildcard, substitution groups, repeated choices and groups. */
    List<SchemaProblem> problems() {
        return List.copyOf(problems);
    }

    /** Places whose occurrences the checks take as a range that the schema's counts do not fill. */
    List<SchemaProblem> warnings() {
        return List.copyOf(warnings);
    }

    /** The choice groups, by index. */
    List<ChoiceGroupModel> groups() {
        List<ChoiceGroupModel> groups = new ArrayList<>();
        for (int i = 0; i < requiredGroups.size(); i++) {
            groups.add(new ChoiceGroupModel(i, requiredGroups.get(i), parentGroups.get(i), parentBranches.get(i)));
        }
        return groups;
    }

    /** Whether a particle was left out with a problem of its own, so that its elements may have no occurrence. */
    boolean leftSomethingOut() {
        return particleLeftOut;
    }

    /**
     * @param entries how often, in all, the particle's place is entered (its enclosing groups'
     *     repetitions, counted once the branch or optional group it lies in is there)
     */
    private void visit(XSParticle particle, int minFactor, int maxFactor, Integer group, Integer branch,
            BitSet entries) {
        int min = minFactor * particle.getMinOccurs().intValueExact();
        int max = multiply(maxFactor, particle.getMaxOccurs().intValue());
        BitSet counts = RepeatedCounts.spread(entries, particle.getMinOccurs().intValueExact(),
                particle.getMaxOccurs().intValue());
        if (particle.getMaxOccurs().signum() == 0) {
            problems.add(Unsupported.construct(particle, "maxOccurs=\"0\" (a particle that never occurs)",
                    "remove the particle from the schema"));
            particleLeftOut = true;
            return;
        }
        XSTerm term = particle.getTerm();
        if (term.isModelGroupDecl()) {
            visitGroup(particle, term.asModelGroupDecl().getModelGroup(), min, max, group, branch, counts);
        } else if (term.isModelGroup()) {
            visitGroup(particle, term.asModelGroup(), min, max, group, branch, counts);
        } else if (term.isWildcard()) {
            if (wildcard != null) {
                problems.add(Unsupported.construct(particle, "a second xs:any in one complex type",
                        "join the wildcards into one, or wrap one in an element of its own type"));
                return;
            }
            wildcard = term.asWildcard();
            wildcardOccurrence = new Occurrence(min, max, group, branch, false);
            String gap = RepeatedCounts.gap(counts, min, max);
            if (gap != null) {
                warnings.add(SchemaProblem.at(particle.getLocator(), "the xs:any wildcard's elements may occur " + gap
                        + "; validate() and strict reading check only that they occur from " + min + " to "
                        + (max == PropertyModel.UNBOUNDED ? "any number of" : Integer.toString(max)) + " times"));
            }
        } else {
            XSElementDecl element = term.asElementDecl();
            if (element.isAbstract() || element.getSubstitutables().size() > 1) {
                problems.add(Unsupported.construct(particle, "substitution group (element " + element.getName() + ")",
                        "reference the concrete elements through an xs:choice instead"));
            }
            QName name = new QName(element.getTargetNamespace(), element.getName());
            String gap = RepeatedCounts.gap(counts, min, max);
            if (gap != null) {
                warnings.add(SchemaProblem.at(particle.getLocator(), "element " + element.getName() + " may occur "
                        + gap + "; validate() and strict reading check only that it occurs from " + min + " to "
                        + (max == PropertyModel.UNBOUNDED ? "any number of" : Integer.toString(max))
                        + " times, so they accept the counts between; where that matters, validate such documents"
                        + " with the XSD (javax.xml.validation)"));
            }
            Occurrence previous = byElement.get(name);
            if (previous == null) {
                byElement.put(name, new Occurrence(min, max, group, branch, false));
            } else {
                // one property for two places: its choices cannot tell which branch it stands for
                for (Integer choice : new Integer[] {previous.choiceGroup(), group}) {
                    // nor can the groups it lies in, which a required inner group may have made required
                    for (int g = choice == null ? -1 : choice; g >= 0; g = parentGroups.get(g)) {
                        requiredGroups.set(g, false);
                    }
                }
                // a minimum within a choice's branch counts once the branch is chosen; the choice (or optional
                // group) may be absent, so absolutely it adds nothing
                int previousMin = previous.choiceGroup() != null ? 0 : previous.min();
                int thisMin = group != null ? 0 : min;
                byElement.put(name, new Occurrence(previousMin + thisMin, add(previous.max(), max), null, null, false));
            }
        }
    }

    private void visitGroup(XSParticle particle, XSModelGroup group, int min, int max, Integer choiceGroup,
            Integer branch, BitSet entries) {
        if (group.getCompositor() == XSModelGroup.CHOICE && group.getSize() > 1) {
            if (max != 1) {
                problems.add(Unsupported.construct(particle, "repeated xs:choice (maxOccurs=" + describe(max) + ")",
                        "make the choice single, or repeat each branch element instead"));
            }
            // within another group's branch, required once that branch is chosen
            int index = newGroup(min > 0 && ChoiceBranches.required(group), 0, choiceGroup, branch);
            for (XSParticle child : group.getChildren()) {
                visitBranch(child, max, index);
            }
            return;
        }
        if (group.getSize() > 1 && particle.getMaxOccurs().intValue() != 1) {
            String compositor = group.getCompositor().toString().toLowerCase(Locale.ROOT);
            problems.add(Unsupported.construct(particle, "repeated xs:" + compositor + " of several elements (maxOccurs="
                    + describe(particle.getMaxOccurs().intValue()) + ")",
                    "wrap the group in an element of a complex type and repeat that element"));
        }
        if (min == 0 && max == 1 && (group.getSize() > 1 || needsSeveral(group.getChild(0)))) {
            // (P, Q)? is all of P and Q or none: an optional choice of one branch, which the choice checks then
            // hold to what the branch requires; so is (B{2,2})?, which is no B or two, not one
            int index = newGroup(false, 1, choiceGroup, branch);
            for (XSParticle child : group.getChildren()) {
                visit(child, 1, 1, index, 0, RepeatedCounts.once());
            }
            return;
        }
        for (XSParticle child : group.getChildren()) {
            visit(child, min, max, choiceGroup, branch, entries);
        }
    }

    /** Whether a particle occurs more than once whenever it occurs. */
    private static boolean needsSeveral(XSParticle particle) {
        return particle.getMinOccurs().compareTo(BigInteger.ONE) > 0;
    }

    /** A new group index, lying in the branch of the group being visited, if any. */
    private int newGroup(boolean required, int branches, Integer parentGroup, Integer parentBranch) {
        int index = requiredGroups.size();
        requiredGroups.add(required);
        branchCounts.add(branches);
        parentGroups.add(parentGroup == null ? -1 : parentGroup);
        // within a group, a particle other than an element is always visited in a numbered branch
        parentBranches.add(parentGroup == null ? -1 : Objects.requireNonNull(parentBranch));
        return index;
    }

    /**
     * One branch of a choice, its minimums counted from the branch: an element's own, and within a
     * sequence branch what the sequence needs once it is chosen (whether it is optional is the
     * choice's concern). An element alone is a branch of its own: no branch index. A choice as a
     * branch, once, is its branches: {@code (A | B) | C} is {@code A | B | C}.
     */
    private void visitBranch(XSParticle branch, int maxFactor, int group) {
        XSTerm term = branch.getTerm();
        if (!term.isModelGroupDecl() && !term.isModelGroup()) {
            visit(branch, 1, maxFactor, group, null, RepeatedCounts.once());
            return;
        }
        XSModelGroup model = term.isModelGroupDecl() ? term.asModelGroupDecl().getModelGroup() : term.asModelGroup();
        int max = multiply(maxFactor, branch.getMaxOccurs().intValue());
        if (model.getCompositor() == XSModelGroup.CHOICE && model.getSize() > 1 && max == maxFactor) {
            for (XSParticle inner : model.getChildren()) {
                visitBranch(inner, maxFactor, group);
            }
            return;
        }
        int index = branchCounts.get(group);
        branchCounts.set(group, index + 1);
        // whether the branch may be absent is the choice's concern; how often it occurs once chosen is not
        int min = Math.max(1, branch.getMinOccurs().intValueExact());
        visitGroup(branch, model, min, max, group, index, RepeatedCounts.spread(RepeatedCounts.once(), min, max));
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
