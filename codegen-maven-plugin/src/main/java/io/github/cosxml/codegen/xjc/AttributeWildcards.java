package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSAttGroupDecl;
import com.sun.xml.xsom.XSComplexType;
import com.sun.xml.xsom.XSType;
import com.sun.xml.xsom.XSWildcard;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.TypeRef;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;

/**
 * Maps a complex type's {@code xs:anyAttribute} to a property of its own, named {@code otherAttributes}
 * as XJC names it. XJC keeps the wildcard out of its properties, so the mapper adds this one.
 *
 * <p>A type that extends a type with a wildcard inherits that property: the schema's wildcard of the
 * extension is the union of both (Structures 3.4.2), so the same constraint again adds nothing, and a
 * wider one is not supported. Nor is a wildcard in more than one place of one type (its own and an
 * attribute group's): XSOM gives their union where the schema takes their intersection.
 */
final class AttributeWildcards {

    /** The property's name, unless a declared property has it. */
    static final String PROPERTY = "otherAttributes";

    private AttributeWildcards() {
    }

    /**
     * The property of the type's own {@code xs:anyAttribute}.
     *
     * @param type the complex type
     * @param takenNames the Java names of the type's other properties, inherited ones included
     * @param problems where an unsupported wildcard is reported
     * @return the property, or null when the type has no wildcard of its own (or one not supported)
     */
    static PropertyModel property(XSComplexType type, Set<String> takenNames, List<SchemaProblem> problems) {
        XSWildcard wildcard = type.getAttributeWildcard(); // XSOM's: the base type's and the groups' included
        if (wildcard == null) {
            return null;
        }
        if (inMoreThanOnePlace(type, wildcard)) {
            problems.add(Unsupported.construct(type, "xs:anyAttribute in more than one place of a type (its own and"
                    + " an attribute group's, or two attribute groups')",
                    "keep one: XML Schema takes their intersection, which cosxml-codegen does not compute"));
            return null;
        }
        NamespaceConstraint constraint = NamespaceConstraint.of(wildcard);
        XSWildcard inherited = baseWildcard(type);
        if (inherited != null) {
            if (!NamespaceConstraint.of(inherited).equals(constraint)) {
                problems.add(Unsupported.construct(type, "xs:anyAttribute that allows more namespaces than its base"
                        + " type's", "declare the wider xs:anyAttribute in the base type, or the same one in both"));
            }
            return null; // the base type's property
        }
        return new PropertyModel(freeName(takenNames), null, NodeKind.ATTRIBUTE,
                new TypeRef.AnyAttributes(constraint.negated(), constraint.namespaces()), 0, 1, false, Facets.NONE,
                null, Documentation.of(wildcard));
    }

    private static XSWildcard baseWildcard(XSComplexType type) {
        XSType base = type.getBaseType();
        if (type.getDerivationMethod() != XSType.EXTENSION || base == null || !base.isComplexType()
                || "anyType".equals(base.getName()) && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(base.getTargetNamespace())) {
            return null;
        }
        return base.asComplexType().getAttributeWildcard();
    }

    /**
     * Whether the type's own wildcard comes from more than one place. Where the base type has none, XSOM
     * returns an attribute group's wildcard object itself when it is the only one, so another object
     * means the type has one of its own too. (With a base type's wildcard, see {@link #property}: an
     * equal union is equal whichever way the type's own places combine.)
     */
    private static boolean inMoreThanOnePlace(XSComplexType type, XSWildcard complete) {
        XSWildcard fromGroup = null;
        int groups = 0;
        for (XSAttGroupDecl group : type.getAttGroups()) {
            if (group.getAttributeWildcard() != null) {
                fromGroup = group.getAttributeWildcard();
                groups++;
            }
        }
        return groups > 1 || groups == 1 && baseWildcard(type) == null && fromGroup != complete;
    }

    private static String freeName(Set<String> takenNames) {
        String name = PROPERTY;
        for (int i = 2; takenNames.contains(name); i++) {
            name = PROPERTY + i;
        }
        return name;
    }
}
