package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSWildcard;
import java.util.List;

/**
 * The namespace constraint of an {@code xs:any} or {@code xs:anyAttribute} as the generator models it.
 * {@code ##other} excludes no namespace too (Structures 3.10.4), where XSOM lets it through; a list is
 * sorted, so that equal constraints are equal records.
 *
 * @param negated whether it allows every namespace but {@code namespaces}
 * @param namespaces the namespace URIs, the empty string for no namespace
 */
record NamespaceConstraint(boolean negated, List<String> namespaces) {

    /** Copies the namespaces. */
    NamespaceConstraint {
        namespaces = List.copyOf(namespaces);
    }

    /** The wildcard's constraint. */
    static NamespaceConstraint of(XSWildcard wildcard) {
        if (wildcard instanceof XSWildcard.Other other) {
            return new NamespaceConstraint(true, other.getOtherNamespace().isEmpty() ? List.of("")
                    : List.of(other.getOtherNamespace(), ""));
        }
        if (wildcard instanceof XSWildcard.Union union) {
            return new NamespaceConstraint(false, union.getNamespaces().stream().sorted().toList());
        }
        return new NamespaceConstraint(true, List.of());
    }
}
