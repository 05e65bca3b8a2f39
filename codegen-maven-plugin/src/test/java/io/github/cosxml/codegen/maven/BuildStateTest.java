package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsAndDetectsChangedOrDeletedOutputs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/A.java"), "a");
        Files.writeString(out.resolve("p/B.java"), "b");
        BuildState state = new BuildState("f1", Map.of(
                "p/A.java", Fingerprint.of("a".getBytes(StandardCharsets.UTF_8)),
                "p/B.java", Fingerprint.of("b".getBytes(StandardCharsets.UTF_8))));
        Path file = dir.resolve("state/default.state");

        state.write(file);

        BuildState read = BuildState.read(file).orElseThrow();
        assertThat(read).isEqualTo(state);
        assertThat(read.outputsIntact(out)).isTrue();
        Files.writeString(out.resolve("p/A.java"), "edited");
        assertThat(read.outputsIntact(out)).isFalse();
        Files.writeString(out.resolve("p/A.java"), "a");
        Files.delete(out.resolve("p/B.java"));
        assertThat(read.outputsIntact(out)).isFalse();
    }

    @Test
    void aMissingOrGarbledStateMeansRegenerate() throws Exception {
        assertThat(BuildState.read(dir.resolve("none.state"))).isEmpty();
        Path garbled = dir.resolve("garbled.state");
        Files.writeString(garbled, "nonsense\n");
        assertThat(BuildState.read(garbled)).isEmpty();
    }
}
