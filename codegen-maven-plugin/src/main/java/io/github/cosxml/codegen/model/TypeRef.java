package io.github.cosxml.codegen.model;

import java.util.List;
import java.util.Objects;

/** The type of a property's value. */
public sealed interface TypeRef
        permits TypeRef.BuiltinType, TypeRef.EnumRef, TypeRef.ComplexRef, TypeRef.ListType, TypeRef.CustomType,
        TypeRef.AnyElement, TypeRef.AnyAttributes {

    /**
     * A built-in simple type.
     *
     * @param kind which built-in
     */
    record BuiltinType(Builtin kind) implements TypeRef {
        /** Rejects null. */
        public BuiltinType {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A reference to a generated enum ({@link EnumTypeModel}).
     *
     * @param name the enum's class
     */
    record EnumRef(JavaName name) implements TypeRef {
        /** Rejects null. */
        public EnumRef {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A reference to a generated complex type ({@link ComplexTypeModel}).
     *
     * @param name the class
     */
    record ComplexRef(JavaName name) implements TypeRef {
        /** Rejects null. */
        public ComplexRef {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An {@code xs:list}: whitespace-separated items in one text node. The facets of the list type
     * itself (length in items, pattern on the list's text, enumeration of lists) are the
     * property's {@link PropertyModel#facets()}; those of the item type are here.
     *
     * @param item the item type (a builtin, enum or custom type; never a complex or list type)
     * @param itemFacets the facets of the item type, which each item must meet ({@link Facets#NONE} if none)
     */
    record ListType(TypeRef item, Facets itemFacets) implements TypeRef {
        /** Rejects null items and nested lists/complex items; null item facets are none. */
        public ListType {
            Objects.requireNonNull(item, "item");
            if (item instanceof ListType || item instanceof ComplexRef) {
                throw new IllegalArgumentException("xs:list items must be simple, not " + item);
            }
            itemFacets = Objects.requireNonNullElse(itemFacets, Facets.NONE);
        }

        /**
         * A list whose item type has no facets.
         *
         * @param item the item type
         */
        public ListType(TypeRef item) {
            this(item, Facets.NONE);
        }
    }

    /**
     * A {@code jaxb:javaType} customisation: a Java type with static parse and print methods.
     *
     * @param javaType the fully qualified Java type, e.g. {@code java.time.OffsetDateTime}
     * @param parseMethod the fully qualified static parse method, {@code String -> javaType}
     * @param printMethod the fully qualified static print method, {@code javaType -> String}
     */
    record CustomType(String javaType, String parseMethod, String printMethod) implements TypeRef {
        /** Rejects null. */
        public CustomType {
            Objects.requireNonNull(javaType, "javaType");
            Objects.requireNonNull(parseMethod, "parseMethod");
            Objects.requireNonNull(printMethod, "printMethod");
        }
    }

    /**
     * The elements of an {@code xs:any} wildcard, kept as they are read ({@code XmlElement}), by
     * the wildcard's namespace constraint. Which {@code processContents} it has does not matter
     * here: the generated code checks the constraint, never the content.
     *
     * @param negated whether the wildcard allows every namespace but {@code namespaces} ({@code ##any},
     *     {@code ##other}); otherwise it allows only those
     * @param namespaces the namespace URIs, the empty string for no namespace
     */
    record AnyElement(boolean negated, List<String> namespaces) implements TypeRef {
        /** Copies the namespaces. */
        public AnyElement {
            namespaces = List.copyOf(namespaces);
        }
    }

    /**
     * The attributes of an {@code xs:anyAttribute}, kept as a {@code Map<QName, String>}, by the
     * wildcard's namespace constraint; like {@link AnyElement}, {@code processContents} does not matter.
     *
     * @param negated whether the wildcard allows every namespace but {@code namespaces}
     * @param namespaces the namespace URIs, the empty string for no namespace
     */
    record AnyAttributes(boolean negated, List<String> namespaces) implements TypeRef {
        /** Copies the namespaces. */
        public AnyAttributes {
            namespaces = List.copyOf(namespaces);
        }
    }

    /**
     * Shorthand for {@code new BuiltinType(kind)}.
     *
     * @param kind the built-in
     * @return the type reference
     */
    static TypeRef builtin(Builtin kind) {
        return new BuiltinType(kind);
    }
}
