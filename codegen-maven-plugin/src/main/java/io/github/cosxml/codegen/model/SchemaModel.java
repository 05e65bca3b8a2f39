package io.github.cosxml.codegen.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the emitters need: complex types, enums and global elements. Lists are sorted by
 * Java name (roots by element name) so output does not depend on the front end's iteration order.
 *
 * @param types the complex types
 * @param enums the enumerated simple types
 * @param roots the global elements
 */
public record SchemaModel(List<ComplexTypeModel> types, List<EnumTypeModel> enums, List<RootElementModel> roots) {

    /** Copies and sorts defensively. */
    public SchemaModel {
        types = sorted(types, Comparator.comparing(ComplexTypeModel::name));
        enums = sorted(enums, Comparator.comparing(EnumTypeModel::name));
        roots = sorted(roots, Comparator.comparing((RootElementModel r) -> r.elementName().getNamespaceURI())
                .thenComparing(r -> r.elementName().getLocalPart()));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return Objects.requireNonNullElse(items, List.<T>of()).stream().sorted(order).toList();
    }
}
