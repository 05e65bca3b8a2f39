package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides every name of a generated class before emitting it (one {@link NameAllocator} per
 * class, method names kept apart from the fixed API), flattens inherited properties and
 * computes order positions, with the choice groups ({@link ChoiceGroups}).
 */
final class Planner {

    private static final Set<String> CLASS_METHODS = Set.of("builder", "toBuilder", "fromXml", "toXml", "writeXml",
            "readXml", "validate", "validateInto", "equals", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");
    private static final Set<String> BUILDER_METHODS = Set.of("build", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");

    /** The static field of a class's {@code XmlAttributeWildcard}, where it has an {@code xs:anyAttribute}. */
    static final String ATTRIBUTE_WILDCARD = "ATTRIBUTE_WILDCARD";

    /** The nil flag's field and builder method of a class whose values can be nil: taken first, so never renamed. */
    static final String NIL = "nil";
    /** The nil flag's getter, with {@link #NIL}. */
    static final String NIL_GETTER = "isNil";

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
        constants.newName(ATTRIBUTE_WILDCARD);
        Set<String> methods = new HashSet<>(CLASS_METHODS);
        Set<String> builderMethods = new HashSet<>(BUILDER_METHODS);
        ChoiceGroups groups = new ChoiceGroups();
        // the nil flag's names are taken first, so they are the same whatever the properties are called
        String nilField = null;
        String nilGetter = null;
        if (names.canBeNil(type.name())) {
            nilField = fields.newName(NIL, new Object());
            builderMethods.add(nilField);
            nilGetter = unique(methods, NIL_GETTER);
        }
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
                int group = property.kind() == NodeKind.ELEMENT ? groups.number(level, owner, property) : -1;
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
                groups.choices(plans), nilField, nilGetter);
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
                isList ? unique(builderMethods, "add" + base)
                        : item instanceof TypeRef.AnyAttributes ? unique(builderMethods, "put" + base) : null,
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
                group,
                property.nillable() && types.canBeNil(item));
    }

    /**
     * A single nillable element whose null cannot mean nil: it is optional, or a choice branch. Not
     * one of a type whose values can be nil themselves (a complex type with attributes, which a nil
     * element may carry and a flag cannot keep, or the type of a nillable global element): its nil
     * element reads as a nil value.
     */
    private boolean tracksNil(PropertyModel property) {
        return property.kind() == NodeKind.ELEMENT && property.nillable() && !property.isRepeated()
                && !(property.type() instanceof TypeRef.ComplexRef complex && names.canBeNil(complex.name()))
                && (!property.isRequired() || property.choiceGroup() != null);
    }

    // the facets of an xs:list type apply to the list as a whole, which is measured in items, not as its item type
    private static boolean hasFacetChecks(PropertyModel property, TypeRef item) {
        return property.type() instanceof TypeRef.ListType ? !property.facets().isEmpty()
                : PropertyPlan.checksFacets(item, property.facets());
    }

    private static void checkContent(ComplexTypeModel type, List<PropertyPlan> plans) {
        long texts = plans.stream().filter(PropertyPlan::isText).count();
        long elements = plans.stream().filter(PropertyPlan::isElement).count();
        if (texts > 1) {
            throw new IllegalArgumentException("complex type " + type.name() + " has more than one text value");
        }
        if (plans.stream().filter(PropertyPlan::isWildcard).count() > 1) {
            throw new IllegalArgumentException("complex type " + type.name() + " has two xs:any wildcards (one of them"
                    + " inherited from its base type); keep one, or wrap one in an element of its own type");
        }
        if (plans.stream().filter(PropertyPlan::isAttributeWildcard).count() > 1) {
            throw new IllegalArgumentException("complex type " + type.name() + " has two xs:anyAttribute properties");
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
