package io.github.cosxml.codegen.xjc;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to feed XJC's front end.
 *
 * @param schemas the schema documents to compile (file or {@code jar:} URIs), in a stable order
 * @param bindings standard JAXB binding files ({@code .xjb}), in a stable order
 * @param defaultPackage the package for namespaces without a more specific package, or {@code null}
 *     to let XJC derive packages from namespaces
 * @param namespacePackages namespace URI to package; overrides {@code defaultPackage}
 * @param schemaPackages schema document URI (one of {@code schemas}) to package; overrides both
 */
public record XjcRequest(List<URI> schemas, List<URI> bindings, String defaultPackage,
        Map<String, String> namespacePackages, Map<URI, String> schemaPackages) {

    /** Copies every collection; sorts the maps so that everything derived is deterministic. */
    public XjcRequest {
        schemas = List.copyOf(schemas);
        bindings = List.copyOf(bindings);
        namespacePackages = Map.copyOf(namespacePackages);
        schemaPackages = Map.copyOf(schemaPackages);
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("at least one schema is needed");
        }
        for (URI uri : schemaPackages.keySet()) {
            if (!schemas.contains(uri)) {
                throw new IllegalArgumentException("schemaPackages names " + uri + ", which is not one of the schemas");
            }
        }
    }

    /** A request for the given schemas with no bindings and no package settings. */
    public static XjcRequest of(List<URI> schemas) {
        return new XjcRequest(schemas, List.of(), null, Map.of(), Map.of());
    }

    /** A copy with the given default package. */
    public XjcRequest withDefaultPackage(String packageName) {
        return new XjcRequest(schemas, bindings, packageName, namespacePackages, schemaPackages);
    }

    /** A copy with the given binding files. */
    public XjcRequest withBindings(List<URI> bindingFiles) {
        return new XjcRequest(schemas, bindingFiles, defaultPackage, namespacePackages, schemaPackages);
    }

    /** A copy with the given namespace packages. */
    public XjcRequest withNamespacePackages(Map<String, String> packages) {
        return new XjcRequest(schemas, bindings, defaultPackage, packages, schemaPackages);
    }

    /** A copy with the given per-schema packages. */
    public XjcRequest withSchemaPackages(Map<URI, String> packages) {
        return new XjcRequest(schemas, bindings, defaultPackage, namespacePackages, packages);
    }

    /** The namespace packages sorted by namespace. */
    public Map<String, String> sortedNamespacePackages() {
        return new TreeMap<>(namespacePackages);
    }

    /** The per-schema packages sorted by URI. */
    public Map<URI, String> sortedSchemaPackages() {
        return new TreeMap<>(schemaPackages);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof XjcRequest that && schemas.equals(that.schemas) && bindings.equals(that.bindings)
                && Objects.equals(defaultPackage, that.defaultPackage)
                && namespacePackages.equals(that.namespacePackages) && schemaPackages.equals(that.schemaPackages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schemas, bindings, defaultPackage, namespacePackages, schemaPackages);
    }
}
