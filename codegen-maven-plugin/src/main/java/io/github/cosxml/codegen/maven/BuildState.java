package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last successful run generated: the fingerprint of its inputs and the SHA-256 of every
 * file it wrote, stored as a small text file under {@code target/}.
 *
 * @param fingerprint the inputs' fingerprint
 * @param outputs relative output path (with {@code /}) to the SHA-256 of its content, sorted
 */
record BuildState(String fingerprint, Map<String, String> outputs) {
    private static final String HEADER = "# cosxml-codegen build state: delete this file to force regeneration";

    BuildState {
        outputs = new TreeMap<>(outputs);
    }

    /** The stored state, or empty when there is none or it cannot be read (then everything regenerates). */
    static Optional<BuildState> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
        String fingerprint = null;
        Map<String, String> outputs = new TreeMap<>();
        for (String line : lines) {
            if (line.startsWith("fingerprint ")) {
                fingerprint = line.substring("fingerprint ".length());
            } else if (line.startsWith("file ")) {
                String[] parts = line.split(" ", 3);
                if (parts.length != 3) {
                    return Optional.empty();
                }
                outputs.put(parts[2], parts[1]);
            } else if (!line.startsWith("#") && !line.isEmpty()) {
                return Optional.empty();
            }
        }
        return fingerprint == null ? Optional.empty() : Optional.of(new BuildState(fingerprint, outputs));
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("fingerprint ").append(fingerprint).append('\n');
        outputs.forEach((path, hash) -> text.append("file ").append(hash).append(' ').append(path).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Whether every recorded output still exists below {@code directory} with the recorded content. */
    boolean outputsIntact(Path directory) throws IOException {
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = directory.resolve(output.getKey());
            if (!Files.isRegularFile(file) || !Fingerprint.of(Files.readAllBytes(file)).equals(output.getValue())) {
                return false;
            }
        }
        return true;
    }
}
