package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputHashesTest {
    private static final FileTime EARLIER = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
    private static final long STATE_WRITTEN = EARLIER.to(TimeUnit.NANOSECONDS) + 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void reusesTheRecordedHashOfAFileWithTheRecordedSizeAndTime() throws Exception {
        Path file = file("a.xsd", "<a/>");
        // A recorded hash that is not the file's: returned as is proves that the file was not read.
        InputHashes hashes = new InputHashes(Map.of(key(file), new HashedFile("recorded", 4, nanos(EARLIER))),
                STATE_WRITTEN);

        assertThat(hashes.fileHash(file)).isEqualTo("recorded");
        assertThat(hashes.recorded()).containsEntry(key(file), new HashedFile("recorded", 4, nanos(EARLIER)));
    }

    @Test
    void readsAFileWhoseSizeOrTimeChangedOrWhoseRecordIsNotOlderThanTheState() throws Exception {
        Path file = file("a.xsd", "<a/>");
        String real = Fingerprint.of("<a/>".getBytes(StandardCharsets.UTF_8));

        assertThat(new InputHashes(Map.of(key(file), new HashedFile("recorded", 5, nanos(EARLIER))), STATE_WRITTEN)
                .fileHash(file)).as("other size").isEqualTo(real);
        assertThat(new InputHashes(Map.of(key(file), new HashedFile("recorded", 4, nanos(EARLIER) + 1)),
                STATE_WRITTEN).fileHash(file)).as("other time").isEqualTo(real);
        assertThat(new InputHashes(Map.of(key(file), new HashedFile("recorded", 4, nanos(EARLIER))),
                nanos(EARLIER)).fileHash(file)).as("recorded in the state's own tick").isEqualTo(real);
        InputHashes none = InputHashes.none();
        assertThat(none.fileHash(file)).isEqualTo(real);
        assertThat(none.recorded()).containsEntry(key(file), new HashedFile(real, 4, nanos(EARLIER)));
    }

    @Test
    void aRebuiltJarWithTheSameSchemasHasTheSameHashAndAChangedSchemaAnother() throws Exception {
        Path jar = jar("s.jar", "<xs:schema/>", "2020-01-01T00:00:00Z");
        String first = InputHashes.none().jarSchemasHash(jar);

        Path rebuilt = jar("s.jar", "<xs:schema/>", "2025-06-01T00:00:00Z");
        assertThat(InputHashes.none().jarSchemasHash(rebuilt)).isEqualTo(first);
        Path changed = jar("s.jar", "<xs:schema></xs:schema>", "2025-06-01T00:00:00Z");
        assertThat(InputHashes.none().jarSchemasHash(changed)).isNotEqualTo(first);
    }

    private Path file(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, EARLIER);
        return file;
    }

    /** A jar with one schema, the entry dated {@code entryTime}, and a class file that does not count. */
    private Path jar(String name, String schema, String entryTime) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            JarEntry entry = new JarEntry("io/example/s.xsd");
            entry.setLastModifiedTime(FileTime.from(Instant.parse(entryTime)));
            zip.putNextEntry(entry);
            zip.write(schema.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new JarEntry("io/example/C.class"));
            zip.write(entryTime.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
