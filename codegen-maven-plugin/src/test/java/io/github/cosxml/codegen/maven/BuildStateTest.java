package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
    private static final FileTime EARLIER = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void roundTripsWithTheStateFilesOwnTime() throws Exception {
        Path out = outputs();
        BuildState state = new BuildState("f1", Map.of("/in/a.xsd", new HashedFile("h", 3, 7)), recorded(out), out);
        Path file = dir.resolve("state/default.state");

        state.write(file);

        BuildState read = BuildState.read(file).orElseThrow();
        assertThat(read.fingerprint()).isEqualTo("f1");
        assertThat(read.inputs()).isEqualTo(state.inputs());
        assertThat(read.outputs()).isEqualTo(state.outputs());
        assertThat(read.written()).isEqualTo(Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
        assertThat(read.wroteElsewhere(out)).isFalse();
        assertThat(read.wroteElsewhere(dir.resolve("other"))).isTrue();
        assertThat(read.outputDirectoryOr(dir)).isEqualTo(out.toAbsolutePath().normalize());
        assertThat(Files.readString(file)).contains("format 2\n", "input h 3 7 /in/a.xsd\n");
    }

    @Test
    void theOutputDirectoryIsStoredRelativeToTheStateFileSoACopyPointsIntoItself() throws Exception {
        Path project = dir.resolve("a");
        Path file = project.resolve("target/cosxml-codegen/default.state");
        new BuildState("f1", Map.of(), Map.of(), project.resolve("target/generated-sources/cosxml")).write(file);
        assertThat(Files.readString(file)).contains("output-directory ../generated-sources/cosxml\n");

        Path copied = dir.resolve("b/target/cosxml-codegen/default.state");
        Files.createDirectories(copied.getParent());
        Files.copy(file, copied);
        BuildState read = BuildState.read(copied).orElseThrow();
        Files.createDirectories(dir.resolve("b/target/generated-sources/cosxml"));

        assertThat(read.outputDirectory()).isEqualTo(dir.resolve("b/target/generated-sources/cosxml").toAbsolutePath());
        assertThat(read.wroteElsewhere(dir.resolve("b/target/generated-sources/cosxml"))).isFalse();
        Path link = Files.createSymbolicLink(dir.resolve("b-link"), dir.resolve("b"));
        assertThat(read.wroteElsewhere(link.resolve("target/generated-sources/cosxml"))).as("the same directory").isFalse();
    }

    @Test
    void detectsChangedOrDeletedOutputsAndAcceptsATouchedButEqualOne() throws Exception {
        Path out = outputs();
        BuildState read = stored(recorded(out));
        assertThat(read.outputsIntact(out)).isTrue();

        Files.writeString(out.resolve("p/A.java"), "b");
        assertThat(read.outputsIntact(out)).as("same size, new time, other content").isFalse();
        Files.writeString(out.resolve("p/A.java"), "a");
        assertThat(read.outputsIntact(out)).as("new time, same content").isTrue();
        Files.writeString(out.resolve("p/A.java"), "ab");
        Files.setLastModifiedTime(out.resolve("p/A.java"), EARLIER);
        assertThat(read.outputsIntact(out)).as("other size, recorded time").isFalse();
        Files.writeString(out.resolve("p/A.java"), "a");
        Files.setLastModifiedTime(out.resolve("p/A.java"), EARLIER);
        Files.delete(out.resolve("p/B.java"));
        assertThat(read.outputsIntact(out)).isFalse();
    }

    @Test
    void readsAnOutputWhoseTimeIsNotOlderThanTheStateFile() throws Exception {
        Path out = outputs();
        Map<String, HashedFile> outputs = recorded(out);
        BuildState read = stored(outputs);
        // Same size and time as recorded, other content: trusted only if the record is older than the state.
        Files.writeString(out.resolve("p/A.java"), "z");
        Files.setLastModifiedTime(out.resolve("p/A.java"), EARLIER);
        assertThat(read.outputsIntact(out)).as("recorded long before the state was written: not read").isTrue();

        FileTime racy = FileTime.from(read.written(), TimeUnit.NANOSECONDS);
        Files.setLastModifiedTime(out.resolve("p/A.java"), racy);
        BuildState racyRecord = new BuildState("f1", Map.of(), Map.of(
                "p/A.java", new HashedFile(outputs.get("p/A.java").hash(), 1, read.written()),
                "p/B.java", outputs.get("p/B.java")), null, read.written());
        assertThat(racyRecord.outputsIntact(out)).as("recorded in the state file's own tick: read").isFalse();
    }

    @Test
    void aMissingGarbledOrOldFormatStateMeansRegenerate() throws Exception {
        assertThat(BuildState.read(dir.resolve("none.state"))).isEmpty();
        Path garbled = dir.resolve("garbled.state");
        Files.writeString(garbled, "nonsense\n");
        assertThat(BuildState.read(garbled)).isEmpty();
        Path oldFormat = dir.resolve("old.state");
        Files.writeString(oldFormat, "# cosxml-codegen build state\nfingerprint f1\nfile abc p/A.java\n");
        assertThat(BuildState.read(oldFormat)).isEmpty();
        Path badNumber = dir.resolve("bad.state");
        Files.writeString(badNumber, "format 2\nfingerprint f1\noutput abc x 1 p/A.java\n");
        assertThat(BuildState.read(badNumber)).isEmpty();
    }

    /** p/A.java = "a" and p/B.java = "b", both with an old time. */
    private Path outputs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/p")).getParent();
        for (String name : new String[] {"A", "B"}) {
            Path file = out.resolve("p/" + name + ".java");
            Files.writeString(file, name.toLowerCase());
            Files.setLastModifiedTime(file, EARLIER);
        }
        return out;
    }

    private static Map<String, HashedFile> recorded(Path out) throws Exception {
        return Map.of("p/A.java", hashed(out.resolve("p/A.java")), "p/B.java", hashed(out.resolve("p/B.java")));
    }

    private static HashedFile hashed(Path file) throws Exception {
        return HashedFile.of(Fingerprint.of(Files.readString(file).getBytes(StandardCharsets.UTF_8)),
                Files.readAttributes(file, BasicFileAttributes.class));
    }

    private BuildState stored(Map<String, HashedFile> outputs) throws Exception {
        Path file = dir.resolve("state/default.state");
        new BuildState("f1", Map.of(), outputs, dir).write(file);
        return BuildState.read(file).orElseThrow();
    }
}
