package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds files below a directory by Ant-style include and exclude patterns, in a stable (sorted)
 * order: {@code *} and {@code ?} match within a directory name, a {@code **} segment matches zero
 * or more directories wherever it stands ({@code orders/**}{@code /order.xsd} also finds
 * {@code orders/order.xsd}), and a pattern ending in {@code /} means everything below. Symbolic
 * links to directories and files are followed, as Maven's own scanners do; a link loop is skipped.
 *
 * <p>Plain loops and a file visitor rather than streams: this runs in every build, also when nothing is
 * to be generated, and the first stream pipeline and lambdas of a JVM cost more than the scan itself.
 */
final class SchemaFileScanner {
    private final List<Pattern> includes;
    private final List<Pattern> excludes;

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
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String relative = unixPath(directory.relativize(file));
                        // links are followed, so a link to a file has the file's attributes
                        if (attributes.isRegularFile() && matches(relative)) {
                            found.put(relative, file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException) {
                            return FileVisitResult.CONTINUE; // a link back up the tree: its files are found once already
                        }
                        throw e;
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

    private boolean matches(String relative) {
        return anyMatches(includes, relative) && !anyMatches(excludes, relative);
    }

    private static boolean anyMatches(List<Pattern> patterns, String relative) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(relative).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> matchers(List<String> patterns) {
        List<Pattern> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(antPattern(pattern));
        }
        return matchers;
    }

    /** An Ant-style pattern as a regular expression over a {@code /}-separated relative path. */
    static Pattern antPattern(String pattern) {
        String ant = pattern.replace('\\', '/');
        if (ant.endsWith("/")) {
            ant = ant + "**";
        }
        String[] segments = ant.split("/", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if (segments[i].equals("**")) {
                regex.append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }
            for (char c : segments[i].toCharArray()) {
                if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            if (!last) {
                regex.append('/');
            }
        }
        return Pattern.compile(regex.toString());
    }
}
