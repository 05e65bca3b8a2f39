package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds files below a directory by Ant-style include and exclude patterns ({@code **}/{@code *}),
 * in a stable (sorted) order.
 */
final class SchemaFileScanner {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    SchemaFileScanner(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().flatMap(SchemaFileScanner::matchers).toList();
        this.excludes = excludes.stream().flatMap(SchemaFileScanner::matchers).toList();
    }

    /** The matching regular files, sorted by their path relative to {@code directory}. */
    List<Path> scan(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> matches(directory.relativize(file)))
                    .sorted((a, b) -> unixPath(directory.relativize(a)).compareTo(unixPath(directory.relativize(b))))
                    .toList();
        }
    }

    /** Every regular file below the directory, sorted: the inputs an include may reach. */
    static List<Path> allFiles(Path directory) throws IOException {
        return new SchemaFileScanner(List.of("**"), List.of()).scan(directory);
    }

    static String unixPath(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private boolean matches(Path relative) {
        return includes.stream().anyMatch(m -> m.matches(relative)) && excludes.stream().noneMatch(m -> m.matches(relative));
    }

    /** Ant's {@code **}/ also matches zero directories, which a glob's does not: add that variant. */
    private static Stream<PathMatcher> matchers(String pattern) {
        String glob = pattern.replace('\\', '/');
        if (glob.endsWith("/")) {
            glob = glob + "**";
        }
        Stream<String> variants = glob.startsWith("**/") ? Stream.of(glob, glob.substring(3)) : Stream.of(glob);
        return variants.map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
}
