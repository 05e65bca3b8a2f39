package io.github.cosxml.codegen.maven;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What to generate from, in JDK types only: the mojo builds it without loading XJC, and the
 * generator (loaded with XJC) turns it into XJC's request.
 *
 * @param schemas the schema documents (file or {@code jar:} URIs), in a stable order
 * @param bindings standard JAXB binding files, in a stable order
 * @param packageName the default package, or {@code null}
 * @param namespacePackages namespace URI to package
 * @param schemaPackages schema URI (one of {@code schemas}) to package
 */
public record SchemaRequest(List<URI> schemas, List<URI> bindings, String packageName,
        Map<String, String> namespacePackages, Map<URI, String> schemaPackages) {

    /** Copies every collection. */
    public SchemaRequest {
        schemas = List.copyOf(schemas);
        bindings = List.copyOf(bindings);
        namespacePackages = Map.copyOf(namespacePackages);
        schemaPackages = Map.copyOf(schemaPackages);
    }
}
