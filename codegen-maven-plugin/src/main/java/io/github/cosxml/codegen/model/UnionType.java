package io.github.cosxml.codegen.model;

import java.util.List;
import java.util.Objects;

/**
 * The member types of a union type (or of a restriction of one), which generated {@code validate()}
 * tries in order: a text is a value of the union when one of them takes it, each by its own
 * whitespace rule, lexical form and facets (XML Schema Part 2, 2.5.1.3).
 *
 * @param name the union type's name for messages ({@code IntOrAuto}), or null for an anonymous type
 * @param members the member types, in the union's order; at least one
 */
public record UnionType(String name, List<Member> members) {

    /** Copies the members; rejects a union without any. */
    public UnionType {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a union has at least one member type");
        }
    }

    /**
     * One member type.
     *
     * @param name the type's name for messages: {@code xs:int}, a named type's name, or what an
     *     anonymous type is ({@code an anonymous restriction of xs:string})
     * @param facets the type's facets, with its own whitespace rule and text kind, as for a value kept
     *     as text (so an {@code xs:int} also has its range), and its own {@link Facets#union()} for a
     *     member type that is a union
     * @param itemFacets for a list type, the facets of its item type, which each item must meet; null
     *     for other types
     */
    public record Member(String name, Facets facets, Facets itemFacets) {
        /** Rejects a null name or facets. */
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(facets, "facets");
        }
    }
}
