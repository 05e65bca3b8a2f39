package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
                new SourceFile("p/Old.java", "class Old {}"), new SourceFile("p/Edited.java", "class Edited {}")), Map.of(), Set.of());
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("p/A.java"), old);
        Files.writeString(out.resolve("p/Mine.java"), "class Mine {}");
        Files.writeString(out.resolve("p/Edited.java"), "class Edited { /* by hand */ }");
        Files.writeString(out.resolve("p/Shared.java"), "class Shared {}");

        SourceWriter.Result result = writer.write(List.of(new SourceFile("p/A.java", "class A {}"),
                new SourceFile("p/B.java", "class B { int x; }")), Map.of("p/A.java", recorded("class A {}"),
                "p/B.java", recorded("class B {}"), "p/Old.java", recorded("class Old {}"),
                "p/Edited.java", recorded("class Edited {}"), "p/Mine.java", recorded("class Other {}"),
                "p/Shared.java", recorded("class Shared {}")), Set.of("p/Shared.java"));

        assertThat(result.written()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(out.resolve("p/A.java"))).isEqualTo(old);
        assertThat(out.resolve("p/B.java")).hasContent("class B { int x; }");
        assertThat(out.resolve("p/Old.java")).doesNotExist();
        assertThat(out.resolve("p/Mine.java")).as("a file of that name it did not write").hasContent("class Mine {}");
        assertThat(out.resolve("p/Edited.java")).as("edited since it was written").exists();
        assertThat(out.resolve("p/Shared.java")).as("another execution's").exists();
        assertThat(result.outputs()).containsOnlyKeys("p/A.java", "p/B.java");
        assertThat(result.outputs().get("p/A.java")).isEqualTo(new HashedFile(Fingerprint.of("class A {}".getBytes(
                StandardCharsets.UTF_8)), 10, old.to(TimeUnit.NANOSECONDS)));
    }

    @Test
    void refusesPathsOutsideTheOutputDirectory() {
        SourceWriter writer = new SourceWriter(out);

        assertThatThrownBy(() -> writer.write(List.of(new SourceFile("../Evil.java", "x")), Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../Evil.java");
    }

    private static HashedFile recorded(String content) {
        return new HashedFile(Fingerprint.of(content.getBytes(StandardCharsets.UTF_8)), content.length(), 0);
    }
}
