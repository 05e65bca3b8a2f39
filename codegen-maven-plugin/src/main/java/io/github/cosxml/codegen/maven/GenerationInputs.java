package io.github.cosxml.codegen.maven;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The resolved inputs of one run: the XJC request (empty when there are no schemas) and the
 * fingerprint of everything that can change the output.
 *
 * @param request what to compile, or empty when no schema was found
 * @param fingerprint SHA-256 of schemas, bindings, configuration and plugin identity
 * @param includesUsed the include patterns in effect (for messages)
 * @param inputFiles the hash, size and time of every input file, by absolute path (for the next run)
 */
record GenerationInputs(Optional<SchemaRequest> request, String fingerprint, List<String> includesUsed,
        Map<String, HashedFile> inputFiles) {

    /** Resolves the mojo's parameters into inputs. */
    record Collector(Path schemaDirectory, List<String> includes, List<String> excludes,
            List<String> dependencySchemas, Path bindingDirectory, List<File> bindingFiles, String packageName,
            List<NamespacePackage> namespacePackages, List<SchemaPackage> schemaPackages,
            Set<Artifact> artifacts, String pluginIdentity, InputHashes hashes) {

        private static final List<String> DEFAULT_INCLUDES = List.of("**/*.xsd");

        GenerationInputs collect() throws IOException, MojoFailureException {
            List<String> effectiveIncludes = includes.isEmpty() ? DEFAULT_INCLUDES : includes;
            requireAntPatterns("includes", effectiveIncludes);
            requireAntPatterns("excludes", excludes);
            Fingerprint fingerprint = new Fingerprint()
                    .add("plugin", pluginIdentity)
                    .add("includes", String.join(",", effectiveIncludes))
                    .add("excludes", String.join(",", excludes))
                    .add("packageName", packageName);
            Map<String, URI> schemasByName = new HashMap<>();
            List<URI> schemas = new ArrayList<>();
            for (Path file : new SchemaFileScanner(effectiveIncludes, excludes).scan(schemaDirectory)) {
                URI uri = file.toAbsolutePath().normalize().toUri();
                schemas.add(uri);
                schemasByName.put(SchemaFileScanner.unixPath(schemaDirectory.relativize(file)), uri);
                fingerprint.add("schema", SchemaFileScanner.unixPath(schemaDirectory.relativize(file)));
            }
            // Every file of the directory, not only the included ones: included or imported documents count too.
            for (Path file : SchemaFileScanner.allFiles(schemaDirectory)) {
                fingerprint.add("schema-directory-file " + SchemaFileScanner.unixPath(schemaDirectory.relativize(file)),
                        hashes.fileHash(file));
            }
            DependencySchemas dependencies = new DependencySchemas(artifacts);
            Set<Path> containers = new LinkedHashSet<>();
            for (String resource : dependencySchemas) {
                DependencySchemas.Found found = dependencies.find(resource);
                schemas.add(found.uri());
                schemasByName.put(resource, found.uri());
                containers.add(found.container());
                fingerprint.add("dependency-schema", resource);
            }
            for (Path container : containers) {
                DependencySchemas.fingerprint(fingerprint, container, hashes);
            }
            // a file named twice (found in bindingDirectory and listed in bindingFiles, or reached through a
            // link) is applied once: XJC rejects a binding file given twice. Its own path stays what XJC reads,
            // so that relative schemaLocations resolve as the user wrote them.
            Map<Path, URI> bindings = new LinkedHashMap<>();
            for (Path file : new SchemaFileScanner(List.of("**/*.xjb"), List.of()).scan(bindingDirectory)) {
                bindings.putIfAbsent(file.toRealPath(), file.toAbsolutePath().normalize().toUri());
                fingerprint.add("binding " + SchemaFileScanner.unixPath(bindingDirectory.relativize(file)),
                        hashes.fileHash(file));
            }
            for (File file : bindingFiles) {
                if (!file.isFile()) {
                    throw new MojoFailureException("bindingFiles: " + file + " does not exist. Fix the path in the"
                            + " plugin configuration or remove the entry.");
                }
                bindings.putIfAbsent(file.toPath().toRealPath(), file.toPath().toAbsolutePath().normalize().toUri());
                fingerprint.add("binding-file " + file.getName(), hashes.fileHash(file.toPath()));
            }
            Map<String, String> byNamespace = new HashMap<>();
            for (NamespacePackage mapping : namespacePackages) {
                require(mapping.getNamespace(), "namespacePackages", "namespace");
                require(mapping.getPackageName(), "namespacePackages", "packageName");
                byNamespace.put(mapping.getNamespace(), mapping.getPackageName());
                fingerprint.add("namespace-package " + mapping.getNamespace(), mapping.getPackageName());
            }
            Map<URI, String> bySchema = new HashMap<>();
            for (SchemaPackage mapping : schemaPackages) {
                require(mapping.getSchema(), "schemaPackages", "schema");
                require(mapping.getPackageName(), "schemaPackages", "packageName");
                URI uri = schemasByName.get(mapping.getSchema().replace('\\', '/'));
                if (uri == null) {
                    throw new MojoFailureException("schemaPackages: '" + mapping.getSchema() + "' is not one of the"
                            + " compiled schemas " + new TreeSet<>(schemasByName.keySet())
                            + ". Use a path relative to schemaDirectory or one of dependencySchemas.");
                }
                bySchema.put(uri, mapping.getPackageName());
                fingerprint.add("schema-package " + mapping.getSchema(), mapping.getPackageName());
            }
            Optional<SchemaRequest> request = schemas.isEmpty() ? Optional.empty()
                    : Optional.of(new SchemaRequest(schemas, List.copyOf(bindings.values()), packageName, byNamespace, bySchema));
            return new GenerationInputs(request, fingerprint.hex(), effectiveIncludes, hashes.recorded());
        }

        // Ant-style patterns have *, ? and ** only: a glob's {a,b} or [ab] would match nothing, silently
        private static void requireAntPatterns(String parameter, List<String> patterns) throws MojoFailureException {
            for (String pattern : patterns) {
                if (pattern.matches(".*[\\[\\]{}].*")) {
                    throw new MojoFailureException(parameter + ": '" + pattern + "' uses glob syntax ({a,b} or [ab]);"
                            + " Ant-style patterns have only *, ? and **. Give each alternative as its own entry.");
                }
            }
        }

        private static void require(String value, String parameter, String field) throws MojoFailureException {
            if (value == null || value.isBlank()) {
                throw new MojoFailureException(parameter + ": an entry has no <" + field + ">. Give every entry both"
                        + " <namespace>/<schema> and <packageName>.");
            }
        }
    }

}
