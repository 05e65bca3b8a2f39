package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<Artifact> sorted = new ArrayList<>();
        artifacts.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Artifact::getId));
        this.artifacts = List.copyOf(sorted);
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
                + " project (searched " + artifacts.size() + " artifacts). Add the dependency that contains it"
                + " (e.g. io.github.cosxml:cosxml-schema) to the project's <dependencies>, or fix the resource path.");
    }

    /** Adds every schema and binding in the container to the fingerprint (imports may reach any of them). */
    static void fingerprint(Fingerprint fingerprint, Path container) throws IOException {
        if (Files.isDirectory(container)) {
            for (Path file : SchemaFileScanner.allFiles(container)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".xsd") || name.endsWith(".xjb")) {
                    fingerprint.addFile("dependency-file " + SchemaFileScanner.unixPath(container.relativize(file)),
                            file);
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(container.toFile())) {
            List<JarEntry> entries = jar.stream()
                    .filter(e -> e.getName().endsWith(".xsd") || e.getName().endsWith(".xjb"))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    fingerprint.add("dependency-entry " + entry.getName(), Fingerprint.of(in.readAllBytes()));
                }
            }
        }
    }

    private static boolean containsEntry(Path jar, String entry) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getJarEntry(entry) != null;
        }
    }
}
