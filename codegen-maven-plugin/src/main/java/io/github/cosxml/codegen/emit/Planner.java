package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import io.github.cosxml.codegen.model.ChoiceGroupModel;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides every name of a generated class before emitting it (one {@link NameAllocator} per
 * class, method names kept apart from the fixed API), flattens inherited properties and
 * computes order positions and choice groups.
 */
final class Planner {

    private static final Set<String> CLASS_METHODS = Set.of("builder", "toBuilder", "fromXml", "toXml", "writeXml",
            "readXml", "validate", "validateInto", "equals", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");
    private static final Set<String> BUILDER_METHODS = Set.of("build", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");

    private final NameTable names;
    private final TypeMapper types;

    Planner(NameTable names, TypeMapper types) {
        this.names = names;
        this.types = types;
    }

    ClassPlan plan(ComplexTypeModel type) {
        ClassName className = names.className(type.name());
        NameAllocator fields = new NameAllocator();
        NameAllocator constants = new NameAllocator();
        constants.newName("CHILDREN");
        Set<String> methods = new HashSet<>(CLASS_METHODS);
        Set<String> builderMethods = new HashSet<>(BUILDER_METHODS);
        Groups groups = new Groups(new LinkedHashMap<>(), new HashMap<>(), new HashSet<>());
        List<PropertyPlan> plans = new ArrayList<>();
        Set<String> propertyNames = new HashSet<>();
        int base = -1; // the position of the current element, or of the current choice's branches
        int top = -1; // the highest position given
        int offset = 0; // an element's place in its sequence branch
        int childIndex = 0;
        List<ComplexTypeModel> chain = names.chain(type);
        for (int level = 0; level < chain.size(); level++) {
            ComplexTypeModel owner = chain.get(level);
            // the elements of an xs:all come in any order; a choice's alternatives share its position (below)
            boolean sharedPosition = owner.content() == ContentKind.ALL;
            boolean firstElement = true;
            Integer previousGroup = null;
            Integer previousBranch = null;
            for (PropertyModel property : owner.properties()) {
                if (!propertyNames.add(property.javaName())) {
                    throw new IllegalArgumentException("complex type " + type.name() + " has two properties named "
                            + property.javaName() + " (one inherited from " + owner.name() + ")");
                }
                int group = groupOf(groups, level, owner, property);
                int elementPosition = -1;
                int index = -1;
                if (property.kind() == NodeKind.ELEMENT) {
                    boolean sameGroup = property.choiceGroup() != null && property.choiceGroup().equals(previousGroup);
                    if (!(sharedPosition ? !firstElement : sameGroup)) {
                        base = top + 1;
                        offset = 0;
                    } else if (!sharedPosition && sameGroup && property.choiceBranch() != null
                            && property.choiceBranch().equals(previousBranch)) {
                        offset++; // the elements of a sequence branch keep their order (an optional xs:all's do not)
                    } else {
                        offset = 0;
                    }
                    elementPosition = base + offset;
                    top = Math.max(top, elementPosition);
                    index = childIndex++;
                    firstElement = false;
                    previousGroup = property.choiceGroup();
                    previousBranch = property.choiceBranch();
                }
                plans.add(plan(property, fields, constants, methods, builderMethods, index, elementPosition, group));
            }
        }
        checkContent(type, plans);
        return new ClassPlan(className, type, List.copyOf(plans), names.rootOf(type.name()),
                // a nested class cannot share its enclosing class's name
                className.nestedClass(className.simpleName().equals("Builder") ? "BuilderBuilder" : "Builder"),
                choices(plans, groups));
    }

    private PropertyPlan plan(PropertyModel property, NameAllocator fields, NameAllocator constants,
            Set<String> methods, Set<String> builderMethods, int childIndex, int position, int group) {
        String field = fields.newName(NameAllocator.toJavaIdentifier(property.javaName()), property);
        String base = capitalize(field.endsWith("_") ? field.substring(0, field.length() - 1) : field);
        TypeRef item = property.type() instanceof TypeRef.ListType list ? list.item() : property.type();
        boolean isEnum = item instanceof TypeRef.EnumRef;
        boolean isList = property.isRepeated() || property.type() instanceof TypeRef.ListType;
        // the nil flag's field and its builder method share a name no other field or builder method has
        String nilField = tracksNil(property) ? fields.newName(field + "Nil", new Object()) : null;
        while (nilField != null && !builderMethods.add(nilField)) {
            nilField = fields.newName(nilField + "_", new Object());
        }
        if (property.isRepeated() && property.type() instanceof TypeRef.ListType) {
            throw new IllegalArgumentException("property " + property.javaName()
                    + ": a repeated element of an xs:list type is not supported; wrap the list in a complex type");
        }
        return new PropertyPlan(
                property,
                unique(builderMethods, field),
                unique(methods, "get" + base),
                isEnum ? unique(methods, "get" + base + "AsString") : null,
                property.type() instanceof TypeRef.ListType && property.kind() != NodeKind.TEXT
                        ? unique(methods, "has" + base) : null,
                tracksNil(property) ? unique(methods, "is" + base + "Nil") : null,
                nilField,
                isList ? unique(builderMethods, "add" + base) : null,
                isEnum ? unique(builderMethods, field + "AsString") : null,
                isEnum && isList ? unique(builderMethods, "add" + base + "AsString") : null,
                hasFacetChecks(property, item) ? constants.newName(upperSnake(field) + "_FACETS") : null,
                property.type() instanceof TypeRef.ListType list && PropertyPlan.checksFacets(item, list.itemFacets())
                        ? constants.newName(upperSnake(field) + "_ITEM_FACETS") : null,
                item,
                types.storedType(item),
                isEnum ? names.className(((TypeRef.EnumRef) item).name()) : null,
                childIndex,
                position,
                group);
    }

    /**
     * A single nillable element whose null cannot mean nil: it is optional, or a choice branch. Not
     * one of a complex type with attributes: a nil element may carry them, which a flag cannot keep
     * (it stays null when nil).
     */
    private boolean tracksNil(PropertyModel property) {
        return property.kind() == NodeKind.ELEMENT && property.nillable() && !property.isRepeated()
                && !(property.type() instanceof TypeRef.ComplexRef complex && names.hasAttributes(complex.name()))
                && (!property.isRequired() || property.choiceGroup() != null);
    }

    // the facets of an xs:list type apply to the list as a whole, which is measured in items, not as its item type
    private static boolean hasFacetChecks(PropertyModel property, TypeRef item) {
        return property.type() instanceof TypeRef.ListType ? !property.facets().isEmpty()
                : PropertyPlan.checksFacets(item, property.facets());
    }

    /**
     * The class-wide number of an element's choice group, numbering the groups it lies in first, and
     * recording which branch of which group each lies in.
     */
    private static int groupOf(Groups groups, int level, ComplexTypeModel owner, PropertyModel property) {
        if (property.kind() != NodeKind.ELEMENT) {
            return -1;
        }
        if (property.choiceGroup() != null) {
            return number(groups, level, owner, property.choiceGroup(), property.choiceRequired());
        } else if (owner.content() == ContentKind.CHOICE) {
            return groups.numbers().computeIfAbsent(level + ":top", k -> groups.numbers().size());
        }
        return -1;
    }

    private static int number(Groups groups, int level, ComplexTypeModel owner, int modelGroup, boolean required) {
        String key = level + ":" + modelGroup;
        Integer known = groups.numbers().get(key);
        if (known != null) {
            return known;
        }
        ChoiceGroupModel model = owner.choiceGroup(modelGroup);
        int parent = model == null || !model.isNested() ? -1
                : number(groups, level, owner, model.parentGroup(), false);
        int group = groups.numbers().size();
        groups.numbers().put(key, group);
        if (parent >= 0) {
            groups.parents().put(group, new int[] {parent, model.parentBranch()});
        }
        if (model != null ? model.required() : required) {
            groups.required().add(group);
        }
        return group;
    }

    /**
     * The class-wide choice group numbers being given, and what each is.
     *
     * @param numbers by {@code level:modelGroup} (or {@code level:top}), the class-wide number
     * @param parents by class-wide number, {its parent group, the parent's branch} for a group within another
     * @param required the class-wide numbers of the groups the model declares required
     */
    private record Groups(Map<String, Integer> numbers, Map<Integer, int[]> parents, Set<Integer> required) {
    }

    /**
     * The choice groups in class-wide order. A branch is an element of its own, or the elements of
     * one sequence in the choice with the groups that lie in that sequence; branches are in the
     * order of their first element.
     */
    private static List<ClassPlan.Choice> choices(List<PropertyPlan> plans, Groups groups) {
        Map<Integer, int[]> parents = groups.parents();
        Map<Integer, Map<Object, BranchParts>> byGroup = new TreeMap<>();
        Map<Integer, List<PropertyPlan>> members = new TreeMap<>(); // each group's properties and its inner groups'
        for (PropertyPlan plan : plans) {
            if (!plan.inChoice()) {
                continue;
            }
            Integer branch = plan.model().choiceBranch();
            byGroup.computeIfAbsent(plan.choiceGroup(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(branch != null ? branch : plan.field(), b -> new BranchParts()).properties.add(plan);
            members.computeIfAbsent(plan.choiceGroup(), g -> new ArrayList<>()).add(plan);
            for (int inner = plan.choiceGroup(); parents.containsKey(inner); inner = parents.get(inner)[0]) {
                int[] parent = parents.get(inner);
                members.computeIfAbsent(parent[0], g -> new ArrayList<>()).add(plan);
                List<Integer> innerGroups = byGroup.computeIfAbsent(parent[0], g -> new LinkedHashMap<>())
                        .computeIfAbsent(parent[1], b -> new BranchParts()).innerGroups;
                if (!innerGroups.contains(inner)) {
                    innerGroups.add(inner);
                }
            }
        }
        List<ClassPlan.Choice> choices = new ArrayList<>();
        byGroup.forEach((group, branches) -> {
            // a jaxb:javaType may read as null when present (the CI timestamp's "-"): a branch of one, or an
            // inner group that makes a branch show, may not show
            boolean required = groups.required().contains(group)
                    && members.getOrDefault(group, List.of()).stream().noneMatch(PropertyPlan::isCustom);
            int[] parent = parents.getOrDefault(group, new int[] {-1, -1});
            choices.add(new ClassPlan.Choice(group, branches.values().stream().map(BranchParts::branch).toList(),
                    required, parent[0], parent[1]));
        });
        return List.copyOf(choices);
    }

    /** A branch being collected. */
    private static final class BranchParts {
        private final List<PropertyPlan> properties = new ArrayList<>();
        private final List<Integer> innerGroups = new ArrayList<>();

        ClassPlan.Branch branch() {
            return new ClassPlan.Branch(List.copyOf(properties), List.copyOf(innerGroups));
        }
    }

    private static void checkContent(ComplexTypeModel type, List<PropertyPlan> plans) {
        long texts = plans.stream().filter(PropertyPlan::isText).count();
        long elements = plans.stream().filter(PropertyPlan::isElement).count();
        if (texts > 1) {
            throw new IllegalArgumentException("complex type " + type.name() + " has more than one text value");
        }
        if (texts == 1 && elements > 0) {
            throw new IllegalArgumentException("complex type " + type.name()
                    + " mixes a text value with child elements (mixed content is not supported)");
        }
        for (PropertyPlan plan : plans) {
            if (plan.isComplex() && !plan.isElement()) {
                throw new IllegalArgumentException("property " + plan.model().javaName() + " of " + type.name()
                        + " has a complex type but is not an element");
            }
        }
    }

    private static String unique(Set<String> taken, String candidate) {
        String name = candidate;
        while (!taken.add(name)) {
            name = name + "_";
        }
        return name;
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String upperSnake(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                text.append('_');
            }
            text.append(c);
        }
        return text.toString().toUpperCase(Locale.ROOT);
    }
}
