package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds files below a directory by Ant-style include and exclude patterns ({@code **}/{@code *}),
 * in a stable (sorted) order.
 *
 * <p>Plain loops and a file visitor rather than streams: this runs in every build, also when nothing is
 * to be generated, and the first stream pipeline and lambdas of a JVM cost more than the scan itself.
 */
final class SchemaFileScanner {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    SchemaFileScanner(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    /** The matching regular files, sorted by their path relative to {@code directory}. */
    List<Path> scan(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Map<String, Path> found = new TreeMap<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = directory.relativize(file);
                // A link to a regular file counts, as it did for Files.isRegularFile (which follows links).
                boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
                if (regular && matches(relative)) {
                    found.put(unixPath(relative), file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return List.copyOf(found.values());
    }

    /** Every regular file below the directory, sorted: the inputs an include may reach. */
    static List<Path> allFiles(Path directory) throws IOException {
        return new SchemaFileScanner(List.of("**"), List.of()).scan(directory);
    }

    static String unixPath(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private boolean matches(Path relative) {
        return anyMatches(includes, relative) && !anyMatches(excludes, relative);
    }

    private static boolean anyMatches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** Ant's {@code **}/ also matches zero directories, which a glob's does not: add that variant. */
    private static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.replace('\\', '/');
            if (glob.endsWith("/")) {
                glob = glob + "**";
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }
}
