package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWriterTest {
    @TempDir
    Path out;

    @Test
    void writesOnlyFilesWhoseBytesChangeAndDeletesStaleOnes() throws Exception {
        SourceWriter writer = new SourceWriter(out);
        writer.write(List.of(new SourceFile("p/A.java", "class A {}"), new SourceFile("p/B.java", "class B {}"),
                new SourceFile("p/Old.java", "class Old {}")), Set.of());
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("p/A.java"), old);
        Files.writeString(out.resolve("p/Mine.java"), "class Mine {}");

        SourceWriter.Result result = writer.write(List.of(new SourceFile("p/A.java", "class A {}"),
                new SourceFile("p/B.java", "class B { int x; }")), Set.of("p/A.java", "p/B.java", "p/Old.java"));

        assertThat(result.written()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(out.resolve("p/A.java"))).isEqualTo(old);
        assertThat(out.resolve("p/B.java")).hasContent("class B { int x; }");
        assertThat(out.resolve("p/Old.java")).doesNotExist();
        assertThat(out.resolve("p/Mine.java")).exists();
        assertThat(result.outputs()).containsOnlyKeys("p/A.java", "p/B.java");
        assertThat(result.outputs().get("p/A.java")).isEqualTo(new HashedFile(Fingerprint.of("class A {}".getBytes(
                StandardCharsets.UTF_8)), 10, old.to(TimeUnit.NANOSECONDS)));
    }

    @Test
    void refusesPathsOutsideTheOutputDirectory() {
        SourceWriter writer = new SourceWriter(out);

        assertThatThrownBy(() -> writer.write(List.of(new SourceFile("../Evil.java", "x")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../Evil.java");
    }
}
