package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Finds schemas given by resource path (e.g. {@code io/github/cosxml/schema/ci/jobs.xsd}) in the
 * project's resolved dependencies, so a build can generate from a schema jar without copying it.
 * A schema found in a jar is read through a {@code jar:} URI, so its relative imports and includes
 * resolve inside the same jar.
 */
final class DependencySchemas {
    /**
     * A schema found in a dependency.
     *
     * @param resourcePath the configured resource path
     * @param uri the URI XJC reads
     * @param container the jar (or classes directory) that holds it
     */
    record Found(String resourcePath, URI uri, Path container) {
    }

    private final List<Artifact> artifacts;

    DependencySchemas(Iterable<Artifact> artifacts) {
        Map<String, Artifact> byId = new TreeMap<>();
        for (Artifact artifact : artifacts) {
            byId.put(artifact.getId(), artifact);
        }
        this.artifacts = List.copyOf(byId.values());
    }

    Found find(String resourcePath) throws MojoFailureException, IOException {
        String entry = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
        for (Artifact artifact : artifacts) {
            if (artifact.getFile() == null) {
                continue;
            }
            Path file = artifact.getFile().toPath();
            if (Files.isDirectory(file)) {
                Path candidate = file.resolve(entry);
                if (Files.isRegularFile(candidate)) {
                    return new Found(resourcePath, candidate.toUri(), file);
                }
            } else if (Files.isRegularFile(file) && containsEntry(file, entry)) {
                return new Found(resourcePath, URI.create("jar:" + file.toUri() + "!/" + entry), file);
            }
        }
        throw new MojoFailureException("dependencySchemas: '" + resourcePath + "' is not in any dependency of the"
                + " project in compile or provided scope (searched " + artifacts.size() + " artifacts; test-scoped"
                + " ones are not resolved when sources are generated). Add the dependency that contains it"
                + " (e.g. io.github.cosxml:cosxml-schema) to the project's <dependencies> in compile or provided"
                + " scope, or fix the resource path.");
    }

    /**
     * Adds every schema and binding in the container to the fingerprint (imports may reach any of
     * them): a directory's files one by one, a jar as one hash of its schemas.
     */
    static void fingerprint(Fingerprint fingerprint, Path container, InputHashes hashes) throws IOException {
        if (Files.isDirectory(container)) {
            for (Path file : SchemaFileScanner.allFiles(container)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".xsd") || name.endsWith(".xjb")) {
                    fingerprint.add("dependency-file " + SchemaFileScanner.unixPath(container.relativize(file)),
                            hashes.fileHash(file));
                }
            }
            return;
        }
        fingerprint.add("dependency-jar", hashes.jarSchemasHash(container));
    }

    /**
     * A hash of the names and contents of the schemas and bindings in a jar, in name order: a rebuilt
     * jar with the same schemas has the same hash.
     */
    static String jarSchemasHash(Path jar) throws IOException {
        Fingerprint fingerprint = new Fingerprint();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.getName().endsWith(".xsd") || entry.getName().endsWith(".xjb")) {
                    entries.add(entry);
                }
            }
            entries.sort(Comparator.comparing(JarEntry::getName));
            for (JarEntry entry : entries) {
                try (InputStream in = file.getInputStream(entry)) {
                    fingerprint.add("dependency-entry " + entry.getName(), Fingerprint.of(in.readAllBytes()));
                }
            }
        }
        return fingerprint.hex();
    }

    private static boolean containsEntry(Path jar, String entry) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getJarEntry(entry) != null;
        }
    }
}
