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
}
