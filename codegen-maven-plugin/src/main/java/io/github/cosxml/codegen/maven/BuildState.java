package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last successful run generated, stored as a small text file under {@code target/}: the
 * fingerprint of its inputs, the hash, size and time of every input file and of every file it
 * wrote. Sizes and times let the next run skip reading files that did not change.
 *
 * @param fingerprint the inputs' fingerprint
 * @param inputs absolute input path to its hash, sorted
 * @param outputs relative output path (with {@code /}) to the hash of its content, sorted
 * @param outputDirectory the directory the outputs are in (absolute); null in a state written
 *     before it was recorded. The file stores it relative to the state file, so a copied or moved
 *     project (with its {@code target/}) still points into itself.
 * @param written when read from a file, that file's modification time (ns); otherwise unused
 */
record BuildState(String fingerprint, Map<String, HashedFile> inputs, Map<String, HashedFile> outputs,
        Path outputDirectory, long written) {
    private static final String HEADER = "# cosxml-codegen build state: delete this file to force regeneration";
    private static final String FORMAT = "format 2";

    BuildState {
        inputs = new TreeMap<>(inputs);
        outputs = new TreeMap<>(outputs);
    }

    /** A state to write. */
    BuildState(String fingerprint, Map<String, HashedFile> inputs, Map<String, HashedFile> outputs,
            Path outputDirectory) {
        this(fingerprint, inputs, outputs, outputDirectory.toAbsolutePath().normalize(), Long.MIN_VALUE);
    }

    /**
     * Whether the outputs were written to another directory than {@code directory}: not the same
     * path, nor the same directory reached another way (a link). False when the state does not say.
     */
    boolean wroteElsewhere(Path directory) throws IOException {
        if (outputDirectory == null) {
            return false;
        }
        Path here = directory.toAbsolutePath().normalize();
        if (outputDirectory.equals(here)) {
            return false;
        }
        return !(Files.exists(outputDirectory) && Files.exists(here) && Files.isSameFile(outputDirectory, here));
    }

    /** The directory the outputs are in, or {@code fallback} when the state does not say. */
    Path outputDirectoryOr(Path fallback) {
        return outputDirectory == null ? fallback : outputDirectory;
    }

    /**
     * The stored state, or empty when there is none or it cannot be read, or was written by a plugin
     * that kept another format (then everything regenerates).
     */
    static Optional<BuildState> read(Path file) throws IOException {
        List<String> lines;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
        String fingerprint = null;
        Path outputDirectory = null;
        boolean format = false;
        Map<String, HashedFile> inputs = new TreeMap<>();
        Map<String, HashedFile> outputs = new TreeMap<>();
        for (String line : lines) {
            if (line.equals(FORMAT)) {
                format = true;
            } else if (line.startsWith("fingerprint ")) {
                fingerprint = line.substring("fingerprint ".length());
            } else if (line.startsWith("output-directory ")) {
                Path stored = Path.of(line.substring("output-directory ".length()));
                outputDirectory = file.toAbsolutePath().getParent().resolve(stored).normalize();
            } else if (line.startsWith("input ") || line.startsWith("output ")) {
                String[] parts = line.split(" ", 5);
                if (parts.length != 5 || !readEntry(parts, line.startsWith("input ") ? inputs : outputs)) {
                    return Optional.empty();
                }
            } else if (!line.startsWith("#") && !line.isEmpty()) {
                return Optional.empty();
            }
        }
        return fingerprint == null || !format ? Optional.empty()
                : Optional.of(new BuildState(fingerprint, inputs, outputs, outputDirectory, HashedFile.nanos(attributes)));
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(FORMAT).append('\n')
                .append("fingerprint ").append(fingerprint).append('\n');
        if (outputDirectory != null) {
            Path relative = file.toAbsolutePath().getParent().normalize().relativize(outputDirectory);
            text.append("output-directory ").append(relative.toString().replace('\\', '/')).append('\n');
        }
        append(text, "input", inputs);
        append(text, "output", outputs);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The recorded input hashes, trusted while a file's size and time are unchanged. */
    InputHashes inputHashes() {
        return new InputHashes(inputs, written);
    }

    /**
     * Whether every recorded output still exists below {@code directory} with the recorded content: a
     * file whose size and time are as recorded is not read (see {@link HashedFile#stillHolds}).
     */
    boolean outputsIntact(Path directory) throws IOException {
        for (Map.Entry<String, HashedFile> output : outputs.entrySet()) {
            Path file = directory.resolve(output.getKey());
            BasicFileAttributes now = HashedFile.attributes(file);
            HashedFile recorded = output.getValue();
            if (now == null || !now.isRegularFile() || now.size() != recorded.size()) {
                return false;
            }
            if (!recorded.stillHolds(now, written) && !Fingerprint.ofFile(file).equals(recorded.hash())) {
                return false;
            }
        }
        return true;
    }

    private static boolean readEntry(String[] parts, Map<String, HashedFile> into) {
        try {
            into.put(parts[4], new HashedFile(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3])));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void append(StringBuilder text, String kind, Map<String, HashedFile> files) {
        for (Map.Entry<String, HashedFile> entry : files.entrySet()) {
            HashedFile file = entry.getValue();
            text.append(kind).append(' ').append(file.hash()).append(' ').append(file.size()).append(' ')
                    .append(file.modified()).append(' ').append(entry.getKey()).append('\n');
        }
    }
}
