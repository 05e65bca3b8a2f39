package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFileScannerTest {
    @TempDir
    Path dir;

    @Test
    void antStylePatternsMatchAtAnyDepthIncludingTheTopAndAreSorted() throws Exception {
        for (String name : List.of("b.xsd", "a.xsd", "sub/c.xsd", "sub/deep/d.xsd", "sub/common.xsd", "notes.txt")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }

        List<Path> found = new SchemaFileScanner(List.of("**/*.xsd"), List.of("**/common.xsd")).scan(dir);

        assertThat(found).extracting(p -> SchemaFileScanner.unixPath(dir.relativize(p)))
                .containsExactly("a.xsd", "b.xsd", "sub/c.xsd", "sub/deep/d.xsd");
        assertThat(new SchemaFileScanner(List.of("sub/*.xsd"), List.of()).scan(dir))
                .extracting(p -> SchemaFileScanner.unixPath(dir.relativize(p)))
                .containsExactly("sub/c.xsd", "sub/common.xsd");
        assertThat(new SchemaFileScanner(List.of("**/*.xsd"), List.of()).scan(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void aDoubleStarSegmentMatchesZeroOrMoreDirectoriesWhereverItStands() throws Exception {
        for (String name : List.of("orders/order.xsd", "orders/a/order.xsd", "orders/a/b/order.xsd", "orders/parts.xsd",
                "orders/a/parts.xsd", "other/order.xsd")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }

        assertThat(relative(new SchemaFileScanner(List.of("orders/**/order.xsd"), List.of()).scan(dir)))
                .containsExactly("orders/a/b/order.xsd", "orders/a/order.xsd", "orders/order.xsd");
        assertThat(relative(new SchemaFileScanner(List.of("orders/"), List.of("orders/**/parts.xsd")).scan(dir)))
                .containsExactly("orders/a/b/order.xsd", "orders/a/order.xsd", "orders/order.xsd");
        assertThat(relative(new SchemaFileScanner(List.of("*/order.?sd"), List.of()).scan(dir)))
                .containsExactly("orders/order.xsd", "other/order.xsd");
        assertThat(SchemaFileScanner.antPattern("a.b/*.xsd").matcher("axb/c.xsd").matches())
                .as("a dot is a dot").isFalse();
    }

    @Test
    void symbolicLinksToDirectoriesAndFilesAreFollowedAndALoopIsSkipped() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("s.xsd"), "x");
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.createSymbolicLink(schemas.resolve("linked"), shared);
        Files.createSymbolicLink(schemas.resolve("one.xsd"), shared.resolve("s.xsd"));
        Files.createSymbolicLink(shared.resolve("loop"), shared);
        Path linkedRoot = dir.resolve("root");
        Files.createSymbolicLink(linkedRoot, schemas);

        assertThat(relative(new SchemaFileScanner(List.of("**/*.xsd"), List.of()).scan(schemas), schemas))
                .containsExactly("linked/s.xsd", "one.xsd");
        assertThat(relative(new SchemaFileScanner(List.of("**/*.xsd"), List.of()).scan(linkedRoot), linkedRoot))
                .containsExactly("linked/s.xsd", "one.xsd");
    }

    private List<String> relative(List<Path> found) {
        return relative(found, dir);
    }

    private static List<String> relative(List<Path> found, Path base) {
        return found.stream().map(p -> SchemaFileScanner.unixPath(base.relativize(p))).toList();
    }
}
