package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The namespace constraint of an {@code xs:any} or {@code xs:anyAttribute} wildcard (XML Schema 1.0,
 * Structures 3.10): which namespaces the elements or attributes it stands for may have. {@code ##any} allows every namespace and none;
 * {@code ##other} every namespace but the schema's target namespace, and not none (so not an
 * unqualified attribute either); a list allows
 * the namespaces it names ({@code ##targetNamespace} and {@code ##local}, the empty string here,
 * resolved). Immutable; generated code builds one per wildcard in a static field.
 */
public final class XmlWildcard {

    private static final XmlWildcard ANY = new XmlWildcard(true, new String[0]);

    // the namespaces a list allows, or those a negated constraint excludes; "" is none
    private final boolean negated;
    private final String[] namespaces;

    private XmlWildcard(boolean negated, String[] namespaces) {
        this.negated = negated;
        this.namespaces = namespaces;
    }

    /**
     * {@code ##any}: every namespace, and elements in none.
     *
     * @return the constraint
     */
    public static XmlWildcard any() {
        return ANY;
    }

    /**
     * Every namespace but the given ones: {@code ##other} of target namespace {@code T} is
     * {@code not(T, "")}, since it does not allow elements in no namespace either.
     *
     * @param excluded the namespace URIs not allowed, the empty string for no namespace
     * @return the constraint
     */
    public static XmlWildcard not(String... excluded) {
        return new XmlWildcard(true, copy(excluded));
    }

    /**
     * Only the given namespaces: a list such as {@code "urn:a ##local"}.
     *
     * @param allowed the namespace URIs allowed, the empty string for no namespace
     * @return the constraint
     */
    public static XmlWildcard oneOf(String... allowed) {
        return new XmlWildcard(false, copy(allowed));
    }

    private static String[] copy(String[] namespaces) {
        String[] copy = namespaces.clone();
        for (String namespace : copy) {
            if (namespace == null) {
                throw new NullPointerException("a namespace is null; use \"\" for no namespace");
            }
        }
        return copy;
    }

    /**
     * Whether an element (or attribute) in this namespace matches the wildcard.
     *
     * @param namespace the namespace URI, empty for none
     * @return whether it is allowed
     */
    public boolean allows(String namespace) {
        for (String listed : namespaces) {
            if (listed.equals(namespace)) {
                return !negated;
            }
        }
        return negated;
    }

    /**
     * The namespaces the constraint names: those allowed, or, when {@link #isNegated()}, those excluded.
     *
     * @return the namespace URIs, the empty string for no namespace
     */
    public List<String> namespaces() {
        return Collections.unmodifiableList(new ArrayList<String>(Arrays.asList(namespaces)));
    }

    /**
     * Whether the constraint allows every namespace but those it names.
     *
     * @return true for {@code ##any} and {@code ##other}
     */
    public boolean isNegated() {
        return negated;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof XmlWildcard && ((XmlWildcard) other).negated == negated
                && Arrays.equals(((XmlWildcard) other).namespaces, namespaces);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(namespaces) + (negated ? 1 : 0);
    }

    /**
     * The constraint in words, for messages: {@code any namespace}, {@code a namespace other than
     * urn:t or none}, {@code namespace urn:a or none}.
     */
    @Override
    public String toString() {
        if (negated && namespaces.length == 0) {
            return "any namespace";
        }
        return (negated ? "a namespace other than " : "namespace ") + names();
    }

    private String names() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < namespaces.length; i++) {
            if (i > 0) {
                text.append(i == namespaces.length - 1 ? " or " : ", ");
            }
            text.append(namespaces[i].isEmpty() ? "none" : namespaces[i]);
        }
        return text.length() == 0 ? "(none allowed)" : text.toString();
    }
}
