package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.EnumTypeModel;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.RootElementModel;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every generated class of a model, resolved before anything is emitted: Java name to
 * {@link ClassName}, the model behind each name, the global element of each root class, and
 * the inheritance chains. Checks that every reference resolves.
 */
final class NameTable {

    private final Map<JavaName, ComplexTypeModel> types = new LinkedHashMap<>();
    private final Map<JavaName, EnumTypeModel> enums = new LinkedHashMap<>();
    private final Map<JavaName, RootElementModel> roots = new LinkedHashMap<>();
    private final Set<JavaName> canBeNil = new HashSet<>();

    NameTable(SchemaModel model) {
        Set<String> qualified = new HashSet<>();
        for (ComplexTypeModel type : model.types()) {
            claim(qualified, type.name());
            types.put(type.name(), type);
        }
        for (EnumTypeModel type : model.enums()) {
            claim(qualified, type.name());
            enums.put(type.name(), type);
        }
        for (RootElementModel root : model.roots()) {
            if (!types.containsKey(root.type())) {
                throw new IllegalArgumentException("global element " + root.elementName() + " refers to "
                        + root.type() + ", which is not a complex type of the model");
            }
            // roots are sorted by element name; the first element of a type gives its fromXml/toXml
            roots.putIfAbsent(root.type(), root);
        }
        for (ComplexTypeModel type : model.types()) {
            chain(type); // detects missing and cyclic base types
            for (PropertyModel property : type.properties()) {
                checkReference(type, property, property.type());
            }
        }
        for (ComplexTypeModel type : model.types()) {
            for (PropertyModel property : type.properties()) {
                if (property.kind() == NodeKind.ELEMENT && property.nillable()
                        && property.type() instanceof TypeRef.ComplexRef complex && hasAttributes(complex.name())) {
                    canBeNil.add(complex.name());
                }
            }
        }
        for (RootElementModel root : roots.values()) {
            if (root.nillable()) {
                canBeNil.add(root.type()); // a nil document is a value, not a null from fromXml
            }
        }
    }

    ClassName className(JavaName name) {
        return ClassName.get(name.packageName(), name.simpleName());
    }

    EnumTypeModel enumType(JavaName name) {
        return enums.get(name);
    }

    RootElementModel rootOf(JavaName type) {
        return roots.get(type);
    }

    /** Whether instances of the complex type carry attributes (its own or a base type's). */
    boolean hasAttributes(JavaName type) {
        ComplexTypeModel model = types.get(type);
        return model != null && chain(model).stream().flatMap(t -> t.properties().stream())
                .anyMatch(p -> p.kind() == NodeKind.ATTRIBUTE);
    }

    /**
     * Whether values of the complex type can be nil themselves: some nillable element of the model
     * has this type and it has attributes, which a nil element keeps; or its class reads a
     * nillable global element, whose nil document {@code fromXml} returns as a value.
     */
    boolean canBeNil(JavaName type) {
        return canBeNil.contains(type);
    }

    /** Whether instances of the complex type need an attribute (its own or a base type's). */
    boolean hasRequiredAttributes(JavaName type) {
        ComplexTypeModel model = types.get(type);
        return model != null && chain(model).stream().flatMap(t -> t.properties().stream())
                .anyMatch(p -> p.kind() == NodeKind.ATTRIBUTE && p.isRequired());
    }

    /** The type and its base types, base first. */
    List<ComplexTypeModel> chain(ComplexTypeModel type) {
        List<ComplexTypeModel> chain = new ArrayList<>();
        Set<JavaName> seen = new HashSet<>();
        ComplexTypeModel current = type;
        while (current != null) {
            if (!seen.add(current.name())) {
                throw new IllegalArgumentException("complex type " + type.name() + " extends itself through "
                        + current.name());
            }
            chain.add(0, current);
            JavaName base = current.baseType();
            if (base != null && !types.containsKey(base)) {
                throw new IllegalArgumentException("complex type " + current.name() + " extends " + base
                        + ", which is not a complex type of the model");
            }
            current = base == null ? null : types.get(base);
        }
        return chain;
    }

    /** Simple names of all generated classes in a package. */
    Set<String> simpleNamesIn(String packageName) {
        Set<String> result = new HashSet<>();
        for (JavaName name : types.keySet()) {
            if (name.packageName().equals(packageName)) {
                result.add(name.simpleName());
            }
        }
        for (JavaName name : enums.keySet()) {
            if (name.packageName().equals(packageName)) {
                result.add(name.simpleName());
            }
        }
        return result;
    }

    private void checkReference(ComplexTypeModel owner, PropertyModel property, TypeRef type) {
        if (type instanceof TypeRef.ComplexRef complex && !types.containsKey(complex.name())) {
            throw new IllegalArgumentException("property " + property.javaName() + " of " + owner.name()
                    + " refers to " + complex.name() + ", which is not a complex type of the model");
        }
        if (type instanceof TypeRef.EnumRef ref && !enums.containsKey(ref.name())) {
            throw new IllegalArgumentException("property " + property.javaName() + " of " + owner.name()
                    + " refers to " + ref.name() + ", which is not an enum of the model");
        }
        if (type instanceof TypeRef.ListType list) {
            checkReference(owner, property, list.item());
        }
    }

    private static void claim(Set<String> qualified, JavaName name) {
        if (!qualified.add(name.qualifiedName())) {
            throw new IllegalArgumentException("two generated types are both named " + name.qualifiedName()
                    + "; rename one with a jaxb:class binding");
        }
    }
}
