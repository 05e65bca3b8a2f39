package io.github.cosxml.codegen.xjc;

import com.sun.tools.xjc.model.CAttributePropertyInfo;
import com.sun.tools.xjc.model.CClassInfo;
import com.sun.tools.xjc.model.CElementInfo;
import com.sun.tools.xjc.model.CElementPropertyInfo;
import com.sun.tools.xjc.model.CEnumConstant;
import com.sun.tools.xjc.model.CEnumLeafInfo;
import com.sun.tools.xjc.model.CNonElement;
import com.sun.tools.xjc.model.CPropertyInfo;
import com.sun.tools.xjc.model.CReferencePropertyInfo;
import com.sun.tools.xjc.model.CValuePropertyInfo;
import com.sun.tools.xjc.model.Model;
import com.sun.xml.xsom.XSAttributeUse;
import com.sun.xml.xsom.XSComplexType;
import com.sun.xml.xsom.XSComponent;
import com.sun.xml.xsom.XSContentType;
import com.sun.xml.xsom.XSElementDecl;
import com.sun.xml.xsom.XSModelGroup;
import com.sun.xml.xsom.XSParticle;
import com.sun.xml.xsom.XSSimpleType;
import com.sun.xml.xsom.XSTerm;
import com.sun.xml.xsom.XSType;
import com.sun.xml.xsom.XSWildcard;
import com.sun.xml.xsom.XmlString;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.EnumConstantModel;
import io.github.cosxml.codegen.model.EnumTypeModel;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.RootElementModel;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.model.TextKind;
import io.github.cosxml.codegen.model.TypeRef;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.xml.sax.Locator;

/**
 * Maps XJC's model (classes, enums and properties as XJC names them, after binding
 * customisations) and the XSOM schema components behind it to cosxml's {@link SchemaModel}.
 * Every unsupported construct is reported with its {@code file:line:column}; all problems are
 * collected before failing.
 */
public final class XjcModelMapper {
    // How the getter's Javadoc explains a schema default: applied to an empty element, not to an absent attribute.
    private static final int MAX_FILE_NAME_BYTES = 255;
    private static final String ABSENT_ATTRIBUTE_DEFAULT = "what an absent attribute means; it reads as null";
    private static final String EMPTY_ELEMENT_DEFAULT = "an empty element reads as this value; an absent one reads"
            + " as null";

    private final JavaNames names = new JavaNames();
    private final List<SchemaProblem> problems = new ArrayList<>();
    private final Consumer<SchemaProblem> warnings;
    private final Map<JavaName, EnumTypeModel> enumModels = new HashMap<>();
    // where each class comes from, for a problem that names two of them
    private final Map<JavaName, Locator> classLocators = new HashMap<>();
    private SimpleTypeMapper simpleTypes;

    /**
     * Maps a loaded model; a mapper is single-use per call and holds no state between calls.
     *
     * @param model XJC's model
     * @param warnings receives what the generated checks approximate, with its place in the schema
     * @return the mapped model
     * @throws SchemaException with every unsupported construct
     */
    public static SchemaModel map(Model model, Consumer<SchemaProblem> warnings) throws SchemaException {
        return new XjcModelMapper(warnings).mapModel(model);
    }

    private XjcModelMapper(Consumer<SchemaProblem> warnings) {
        this.warnings = warnings;
    }

    private SchemaModel mapModel(Model model) throws SchemaException {
        Map<XSSimpleType, CEnumLeafInfo> enumsByType = new HashMap<>();
        for (CEnumLeafInfo info : model.enums().values()) {
            if (info.getSchemaComponent() instanceof XSSimpleType simpleType) {
                enumsByType.put(simpleType, info);
            }
        }
        simpleTypes = new SimpleTypeMapper(enumsByType, names);

        List<EnumTypeModel> enums = new ArrayList<>();
        for (CEnumLeafInfo info : model.enums().values()) {
            EnumTypeModel mapped = mapEnum(info);
            enums.add(mapped);
            enumModels.put(mapped.name(), mapped);
        }
        List<ComplexTypeModel> types = new ArrayList<>();
        for (CClassInfo info : model.beans().values()) {
            ComplexTypeModel type = mapClass(info);
            if (type != null) {
                types.add(type);
            }
        }
        List<RootElementModel> roots = roots(model);
        checkUniqueNames(types, enums);
        if (!problems.isEmpty()) {
            throw new SchemaException(sortedProblems());
        }
        return new SchemaModel(types, enums, roots);
    }

    private List<SchemaProblem> sortedProblems() {
        Map<String, SchemaProblem> unique = new TreeMap<>();
        for (SchemaProblem problem : problems) {
            String key = String.format("%s|%08d|%08d|%s", problem.systemId(), problem.line(), problem.column(),
                    problem.message());
            unique.putIfAbsent(key, problem);
        }
        return List.copyOf(unique.values());
    }

    private EnumTypeModel mapEnum(CEnumLeafInfo info) {
        // an enumeration value is a value of the restriction's base type, read by its whitespace rule: " Gamma " is
        // "Gamma" of an xs:token, and stays " Gamma " of an xs:string that the same restriction collapses (a constant
        // that no text, read by the type's rule, matches)
        WhiteSpace rule = info.getSchemaComponent() instanceof XSSimpleType type
                ? FacetCollector.enumerationWhiteSpace(type) : WhiteSpace.PRESERVE;
        List<EnumConstantModel> constants = new ArrayList<>();
        for (CEnumConstant constant : info.getConstants()) {
            constants.add(new EnumConstantModel(constant.getName(), normalize(constant.getLexicalValue(), rule),
                    Documentation.of(constant.getSchemaComponent())));
        }
        TextKind kind = info.getSchemaComponent() instanceof XSSimpleType type ? FacetCollector.textKind(type)
                : TextKind.TEXT;
        classLocators.putIfAbsent(names.of(info), info.getLocator());
        return new EnumTypeModel(names.of(info), info.getTypeName(), constants,
                Documentation.of(info.getSchemaComponent()), kind);
    }

    private ComplexTypeModel mapClass(CClassInfo info) {
        XSComponent component = info.getSchemaComponent();
        XSComplexType complexType = complexTypeOf(component);
        if (complexType == null) {
            problems.add(SchemaProblem.at(info.getLocator(), "cannot find the complex type behind class "
                    + info.fullName() + " (report this with the schema)"));
            return null;
        }
        int before = problems.size();
        checkComplexType(complexType);
        JavaName baseType = null;
        if (info.getBaseClass() != null) {
            baseType = names.of(info.getBaseClass());
        } else if (info.getRefBaseClass() != null) {
            problems.add(Unsupported.construct(complexType, "jaxb:class ref base class",
                    "extend a complex type of the compiled schemas"));
        }
        XSParticle ownParticle = ownParticle(complexType);
        Occurrences occurrences = Occurrences.of(ownParticle);
        problems.addAll(occurrences.problems());
        occurrences.warnings().forEach(warnings);
        List<PropertyModel> properties = new ArrayList<>();
        Map<String, PropertyModel> byJavaName = new HashMap<>();
        for (CPropertyInfo property : info.getProperties()) {
            PropertyModel mapped = mapProperty(property, complexType, occurrences);
            if (mapped == null) {
                continue;
            }
            PropertyModel sameName = byJavaName.putIfAbsent(mapped.javaName(), mapped);
            if (sameName != null) {
                problems.add(SchemaProblem.at(property.getLocator(), describe(sameName) + " and " + describe(mapped)
                        + " of " + names.of(info) + " would both be the Java property " + mapped.javaName()
                        + "; rename one with a jaxb:property binding (<jaxb:property name=\"...\"/>)"));
            }
            if (mapped.isRepeated() && mapped.type() instanceof TypeRef.ListType) {
                problems.add(Unsupported.construct(property.getSchemaComponent(), "repeated element of an xs:list type ("
                        + mapped.xmlName().getLocalPart() + ")", "wrap the list in a complex type, or give the element"
                        + " maxOccurs=\"1\""));
            }
            properties.add(mapped);
        }
        PropertyModel otherAttributes = AttributeWildcards.property(complexType, propertyNames(info), problems);
        if (otherAttributes != null) {
            properties.add(otherAttributes);
        }
        if (problems.size() > before) {
            return null;
        }
        String documentation = Documentation.of(component);
        if (documentation == null && component != complexType) {
            documentation = Documentation.of(complexType);
        }
        classLocators.putIfAbsent(names.of(info), info.getLocator());
        checkFileNameLength(names.of(info), info.getLocator());
        return new ComplexTypeModel(names.of(info), info.getTypeName(), baseType, contentKind(complexType, ownParticle),
                properties, documentation, occurrences.groups());
    }

    /**
     * A class is written to {@code <simple name>.java} and compiled to, among others,
     * {@code <simple name>$Builder.class}, the longest file name it makes; file systems take at most
     * 255 bytes a name, and the name of an anonymous type nested deep joins the names of every element
     * above it.
     */
    private void checkFileNameLength(JavaName name, Locator where) {
        int bytes = (name.simpleName() + "$Builder.class").getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FILE_NAME_BYTES) {
            problems.add(SchemaProblem.at(where, "class " + name.simpleName() + " would be compiled to a file name of "
                    + bytes + " bytes (" + name.simpleName() + "$Builder.class), more than file systems allow ("
                    + MAX_FILE_NAME_BYTES + "); give this type a shorter name with a jaxb:class binding, or make it a"
                    + " named type"));
        }
    }

    private static String describe(PropertyModel property) {
        String kind = property.kind().name().toLowerCase(Locale.ROOT);
        return property.xmlName() == null ? kind + " " + property.javaName() : kind + " " + property.xmlName().getLocalPart();
    }

    /** The Java names of the class's properties and of those it inherits. */
    private static Set<String> propertyNames(CClassInfo info) {
        Set<String> names = new HashSet<>();
        for (CClassInfo type = info; type != null; type = type.getBaseClass()) {
            for (CPropertyInfo property : type.getProperties()) {
                names.add(property.getName(false));
            }
        }
        return names;
    }

    private void checkComplexType(XSComplexType type) {
        if (type.isMixed()) {
            problems.add(Unsupported.construct(type, "mixed content (mixed=\"true\")",
                    "model the text as an element or use simpleContent"));
        }
        if (type.isAbstract()) {
            problems.add(Unsupported.construct(type, "abstract complex type (xsi:type polymorphism)",
                    "make the type concrete"));
        }
        if (type.getDerivationMethod() == XSType.RESTRICTION && type.getBaseType() != null
                && type.getBaseType().isComplexType() && !isAnyType(type.getBaseType())) {
            problems.add(Unsupported.construct(type, "complex type derived by xs:restriction",
                    "declare the restricted content directly, or derive by xs:extension"));
        }
        if (type.getRedefinedBy() != null) {
            problems.add(Unsupported.construct(type, "xs:redefine", "edit the redefined type directly"));
        }
    }

    private PropertyModel mapProperty(CPropertyInfo property, XSComplexType owner, Occurrences occurrences) {
        if (property instanceof CAttributePropertyInfo attribute) {
            return mapAttribute(attribute);
        }
        if (property instanceof CValuePropertyInfo value) {
            return mapValue(value, owner);
        }
        if (property instanceof CElementPropertyInfo element) {
            return mapElement(element, occurrences);
        }
        if (property instanceof CReferencePropertyInfo reference) {
            return mapReference(reference, owner, occurrences);
        }
        problems.add(SchemaProblem.at(property.getLocator(), "unsupported property kind " + property.getClass()
                .getSimpleName() + " for " + property.getName(false)));
        return null;
    }

    private PropertyModel mapAttribute(CAttributePropertyInfo attribute) {
        if (!(attribute.getSchemaComponent() instanceof XSAttributeUse use)) {
            problems.add(SchemaProblem.at(attribute.getLocator(), "cannot find the attribute behind property "
                    + attribute.getName(false)));
            return null;
        }
        XSSimpleType type = use.getDecl().getType();
        TypeRef typeRef = simple(type);
        if (typeRef == null) {
            return null;
        }
        return new PropertyModel(attribute.getName(false), attribute.getXmlName(), NodeKind.ATTRIBUTE, typeRef,
                use.isRequired() ? 1 : 0, 1, false, facetsFor(type, typeRef).withFixedValue(fixed(use, use.getFixedValue(),
                        typeRef)), null, withDefault(documentation(use, use.getDecl()), use.getDefaultValue(),
                ABSENT_ATTRIBUTE_DEFAULT));
    }

    private PropertyModel mapValue(CValuePropertyInfo value, XSComplexType owner) {
        XSSimpleType type = owner.getContentType().asSimpleType();
        if (type == null) {
            if (!owner.isMixed()) { // XJC's text property of a mixed type without elements: reported as mixed
                problems.add(SchemaProblem.at(value.getLocator(), "cannot find the simple content of "
                        + (owner.getName() == null ? "an anonymous complex type" : owner.getName())));
            }
            return null;
        }
        TypeRef typeRef = simple(type);
        if (typeRef == null) {
            return null;
        }
        return new PropertyModel(value.getName(false), null, NodeKind.TEXT, typeRef, 1, 1, false,
                facetsFor(type, typeRef), null, null);
    }

    private PropertyModel mapElement(CElementPropertyInfo element, Occurrences occurrences) {
        if (element.getTypes().size() != 1) {
            problems.add(Unsupported.construct(element.getSchemaComponent(),
                    "several elements bound to one property (" + element.getName(false) + ")",
                    "XJC merges repeated choices and same-named elements of different types; give each its own name"));
            return null;
        }
        XSElementDecl decl = elementDecl(element.getSchemaComponent());
        if (decl == null) {
            problems.add(SchemaProblem.at(element.getLocator(), "cannot find the element behind property "
                    + element.getName(false)));
            return null;
        }
        QName name = element.getTypes().get(0).getTagName();
        return elementProperty(element.getName(false), name, decl, element.getTypes().get(0).getTarget(),
                element.getSchemaComponent(), occurrences);
    }

    /** XJC uses references for optional nillable elements (JAXBElement); a single element is still a plain element. */
    private PropertyModel mapReference(CReferencePropertyInfo reference, XSComplexType owner, Occurrences occurrences) {
        XSComponent where = reference.getSchemaComponent();
        if (reference.isMixed()) {
            if (!owner.isMixed()) { // a mixed type is reported once, by checkComplexType
                problems.add(Unsupported.construct(where, "mixed content", "model the text as an element"));
            }
            return null;
        }
        if (reference.getWildcard() != null) {
            return wildcardProperty(reference, occurrences);
        }
        Set<CElementInfo> elements = new LinkedHashSet<>();
        reference.getElements().forEach(e -> {
            if (e instanceof CElementInfo info) {
                elements.add(info);
            }
        });
        if (elements.size() != 1 || reference.getElements().size() != 1) {
            Set<String> elementNames = new TreeSet<>();
            reference.getElements().forEach(e -> elementNames.add(e.getElementName().getLocalPart()));
            problems.add(Unsupported.construct(where, "element reference with several possible elements ("
                            + reference.getName(false) + ": " + String.join(", ", elementNames) + ")",
                    "XJC merges elements into one property for a substitution group or a repeated choice, which are"
                            + " not supported, and also when two elements would get the same Java name (Name and name,"
                            + " a name used in two namespaces, a group referenced twice): then give one a name of its"
                            + " own with a jaxb:property binding"));
            return null;
        }
        CElementInfo info = elements.iterator().next();
        XSElementDecl decl = elementDecl(where);
        if (decl == null && info.getSchemaComponent() instanceof XSElementDecl own) {
            decl = own;
        }
        if (decl == null) {
            problems.add(SchemaProblem.at(reference.getLocator(), "cannot find the element behind property "
                    + reference.getName(false)));
            return null;
        }
        return elementProperty(reference.getName(false), info.getElementName(), decl, info.getContentType(), where,
                occurrences);
    }

    /**
     * An {@code xs:any} wildcard: its elements kept as they are. XJC binds it to one property; a lax
     * wildcard's property also lists global elements XJC would read as beans, which are not read
     * apart here (they are elements the wildcard keeps, like any other).
     */
    private PropertyModel wildcardProperty(CReferencePropertyInfo reference, Occurrences occurrences) {
        XSWildcard wildcard = occurrences.wildcard();
        Occurrences.Occurrence occurrence = occurrences.wildcardOccurrence();
        if (wildcard == null || occurrence == null) {
            if (!occurrences.leftSomethingOut()) {
                problems.add(SchemaProblem.at(reference.getLocator(), "cannot find the xs:any wildcard behind property "
                        + reference.getName(false) + " (report this with the schema)"));
            }
            return null;
        }
        return new PropertyModel(reference.getName(false), null, NodeKind.ELEMENT, anyElement(wildcard),
                occurrence.min(), occurrence.max(), false, Facets.NONE, occurrence.choiceGroup(),
                Documentation.of(wildcard), null, occurrence.choiceBranch(), occurrence.choiceRequired());
    }

    private static TypeRef.AnyElement anyElement(XSWildcard wildcard) {
        NamespaceConstraint constraint = NamespaceConstraint.of(wildcard);
        return new TypeRef.AnyElement(constraint.negated(), constraint.namespaces());
    }

    private PropertyModel elementProperty(String javaName, QName name, XSElementDecl decl, CNonElement target,
            XSComponent where, Occurrences occurrences) {
        Occurrences.Occurrence occurrence = occurrences.of(name);
        if (occurrence == null) {
            if (!occurrences.leftSomethingOut()) {
                problems.add(SchemaProblem.at(where == null ? null : where.getLocator(),
                        "cannot find the occurrence of element " + name + " (report this with the schema)"));
            }
            return null;
        }
        XSType type = decl.getType();
        TypeRef typeRef;
        Facets facets = Facets.NONE;
        String emptyElementValue = null;
        if (target instanceof CClassInfo classInfo) {
            typeRef = new TypeRef.ComplexRef(names.of(classInfo));
            if (decl.getFixedValue() != null || decl.getDefaultValue() != null) {
                problems.add(Unsupported.construct(decl, "default or fixed value on element " + decl.getName()
                        + " of a complex type", "remove it, or give the element a simple type"));
            }
        } else if (type.isSimpleType()) {
            typeRef = simple(type.asSimpleType());
            if (typeRef == null) {
                return null;
            }
            facets = facetsFor(type.asSimpleType(), typeRef).withFixedValue(fixed(decl, decl.getFixedValue(), typeRef));
            XmlString constraint = decl.getFixedValue() != null ? decl.getFixedValue() : decl.getDefaultValue();
            emptyElementValue = constraint == null ? null : constraint.value;
        } else {
            problems.add(Unsupported.construct(decl, "element " + decl.getName() + " of type xs:anyType",
                    "give the element a simple or complex type"));
            return null;
        }
        return new PropertyModel(javaName, name, NodeKind.ELEMENT, typeRef, occurrence.min(), occurrence.max(),
                decl.isNillable(), facets, occurrence.choiceGroup(),
                withDefault(documentation(where, decl), decl.getDefaultValue(), EMPTY_ELEMENT_DEFAULT), emptyElementValue,
                occurrence.choiceBranch(), occurrence.choiceRequired());
    }

    private TypeRef simple(XSSimpleType type) {
        try {
            return withItemFacets(type, simpleTypes.map(type));
        } catch (SchemaException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** An {@code xs:list} with the facets of its item type, which each item must meet; other types as they are. */
    private TypeRef withItemFacets(XSSimpleType type, TypeRef typeRef) {
        if (!(typeRef instanceof TypeRef.ListType list)) {
            return typeRef;
        }
        XSSimpleType step = type;
        while (!step.isList()) { // the mapper made a list of the first list type in the derivation chain
            step = step.getSimpleBaseType();
        }
        Facets itemFacets = facetsFor(step.asList().getItemType(), list.item());
        return itemFacets.isEmpty() ? list : new TypeRef.ListType(list.item(), itemFacets);
    }

    /**
     * The facets {@code validate()} checks on a value of the type. For an enum that is every facet
     * but the enumeration its constants are: XJC binds a restriction of an enumerated type (by
     * pattern, length, bounds, or an anonymous narrower enumeration) to the base type's enum, and
     * those facets still apply. The enumeration stays where a constant is no text the type reads
     * (see {@link #isEnumeration}).
     */
    private Facets facetsFor(XSSimpleType type, TypeRef typeRef) {
        // a jaxb:javaType value is checked on the text its print method writes: the type's facets all apply
        Facets facets;
        try {
            facets = FacetCollector.of(type);
        } catch (SchemaException e) {
            problems.addAll(e.problems()); // listed with the schema's other problems
            return Facets.NONE;
        }
        if (typeRef instanceof TypeRef.EnumRef enumRef && isEnumeration(enumModels.get(enumRef.name()), facets)) {
            return facets.withEnumeration(List.of()).withEnumerationWhiteSpace(null);
        }
        return facets;
    }

    /**
     * Whether finding a value's constant is the facets' enumeration check: the enumeration allows
     * exactly the enum's constants (its values read by their base type's rule), and each is a text
     * the type's own rule can read. A constant that is not ({@code " a "} where the type collapses) is
     * no value of the type: the enumeration stays, so that {@code validate()} reports the constant
     * as the schema reports the text written of it.
     */
    private static boolean isEnumeration(EnumTypeModel type, Facets facets) {
        Set<String> allowed = new HashSet<>();
        facets.enumeration().forEach(value -> allowed.add(normalize(value, facets.enumerationReadBy())));
        Set<String> constants = new HashSet<>();
        type.constants().forEach(constant -> constants.add(constant.xmlValue()));
        return allowed.equals(constants)
                && allowed.stream().allMatch(value -> normalize(value, facets.whiteSpace()).equals(value));
    }

    private static String normalize(String text, WhiteSpace rule) {
        return switch (rule) {
            case PRESERVE -> text;
            case REPLACE -> text.replaceAll("[\t\n\r]", " ");
            case COLLAPSE -> text.replaceAll("[\t\n\r ]+", " ").replaceAll("\\A | \\z", "");
        };
    }

    /**
     * The fixed value {@code validate()} checks, or null. On a {@code jaxb:javaType} it is unsupported:
     * the schema compares the type's values, and only the print method's text is known here.
     */
    private String fixed(XSComponent where, XmlString fixed, TypeRef typeRef) {
        if (fixed == null) {
            return null;
        }
        boolean custom = typeRef instanceof TypeRef.CustomType
                || typeRef instanceof TypeRef.ListType list && list.item() instanceof TypeRef.CustomType;
        if (custom) {
            problems.add(Unsupported.construct(where, "fixed value on a jaxb:javaType value",
                    "remove fixed=\"" + fixed.value + "\", or check the value in your own code"));
            return null;
        }
        return fixed.value;
    }

    // An attribute's default is not applied (an absent value reads as null, so it writes back absent); an
    // element's is, to an empty element, as XSD does. The getter's Javadoc says which.
    private static String withDefault(String documentation, XmlString defaultValue, String meaning) {
        if (defaultValue == null) {
            return documentation;
        }
        String note = "Schema default: \"" + defaultValue.value + "\" (" + meaning + ").";
        return documentation == null ? note : documentation.strip() + "\n\n" + note;
    }

    private List<RootElementModel> roots(Model model) {
        List<RootElementModel> roots = new ArrayList<>();
        for (CClassInfo info : model.beans().values()) {
            if (info.isElement()) {
                roots.add(new RootElementModel(info.getElementName(), names.of(info),
                        isNillable(model, info.getElementName())));
            }
        }
        for (CElementInfo element : model.getAllElements()) {
            if (element.getScope() == null && element.getContentType() instanceof CClassInfo classInfo) {
                roots.add(new RootElementModel(element.getElementName(), names.of(classInfo),
                        isNillable(model, element.getElementName())));
            }
        }
        return roots;
    }

    // XJC's model does not say whether a global element is nillable; its declaration does
    private static boolean isNillable(Model model, QName element) {
        XSElementDecl declaration = model.schemaComponent.getElementDecl(element.getNamespaceURI(),
                element.getLocalPart());
        return declaration != null && declaration.isNillable();
    }

    private void checkUniqueNames(List<ComplexTypeModel> types, List<EnumTypeModel> enums) {
        Map<JavaName, String> seen = new HashMap<>();
        for (ComplexTypeModel type : types) {
            String where = type.xmlType() == null ? "an anonymous type" : "type " + type.xmlType();
            String previous = seen.putIfAbsent(type.name(), where);
            if (previous != null) {
                problems.add(SchemaProblem.at(classLocators.get(type.name()), "two classes would be named "
                        + type.name() + " (" + previous + " and " + where + "); rename one with a jaxb:class binding"));
            }
        }
        for (EnumTypeModel type : enums) {
            String previous = seen.putIfAbsent(type.name(), "enum " + type.xmlType());
            if (previous != null) {
                problems.add(SchemaProblem.at(classLocators.get(type.name()), "two classes would be named "
                        + type.name() + " (" + previous + " and enum " + type.xmlType() + "); rename one with a"
                        + " jaxb:class binding"));
            }
        }
    }

    private static String documentation(XSComponent first, XSComponent second) {
        String text = Documentation.of(first);
        return text != null ? text : Documentation.of(second);
    }

    private static XSComplexType complexTypeOf(XSComponent component) {
        if (component instanceof XSComplexType type) {
            return type;
        }
        if (component instanceof XSElementDecl element && element.getType().isComplexType()) {
            return element.getType().asComplexType();
        }
        return null;
    }

    private static XSElementDecl elementDecl(XSComponent component) {
        if (component instanceof XSParticle particle && particle.getTerm().isElementDecl()) {
            return particle.getTerm().asElementDecl();
        }
        // XJC points a repeated group of one element (<xs:sequence maxOccurs="3"><W/></xs:sequence>, or a
        // repeated xs:group reference to one) at the group
        if (component instanceof XSParticle particle) {
            XSTerm term = particle.getTerm();
            XSModelGroup group = term.isModelGroupDecl() ? term.asModelGroupDecl().getModelGroup()
                    : term.isModelGroup() ? term.asModelGroup() : null;
            if (group != null && group.getSize() == 1) {
                return elementDecl(group.getChild(0));
            }
        }
        if (component instanceof XSElementDecl element) {
            return element;
        }
        return null;
    }

    /** The type's own particle: for an extension of a complex type, only what the extension adds. */
    private static XSParticle ownParticle(XSComplexType type) {
        XSContentType content = isExtensionOfComplex(type) ? type.getExplicitContent() : type.getContentType();
        return content == null ? null : content.asParticle();
    }

    private static ContentKind contentKind(XSComplexType type, XSParticle own) {
        if (type.getContentType().asSimpleType() != null) {
            return ContentKind.SIMPLE_CONTENT;
        }
        if (own == null) {
            return ContentKind.EMPTY;
        }
        XSTerm term = own.getTerm();
        XSModelGroup group = term.isModelGroupDecl() ? term.asModelGroupDecl().getModelGroup()
                : term.isModelGroup() ? term.asModelGroup() : null;
        if (group == null) {
            return ContentKind.SEQUENCE;
        }
        if (group.getSize() == 0) {
            return ContentKind.EMPTY;
        }
        if (group.getCompositor() == XSModelGroup.ALL) {
            return ContentKind.ALL;
        }
        if (group.getCompositor() == XSModelGroup.CHOICE && group.getSize() > 1) {
            return ContentKind.CHOICE;
        }
        return ContentKind.SEQUENCE;
    }

    private static boolean isExtensionOfComplex(XSComplexType type) {
        return type.getDerivationMethod() == XSType.EXTENSION && type.getBaseType().isComplexType()
                && !isAnyType(type.getBaseType());
    }

    private static boolean isAnyType(XSType type) {
        return "anyType".equals(type.getName())
                && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(type.getTargetNamespace());
    }
}
