package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content hashes of the input files (schemas, bindings, schema jars), reusing the hash the
 * previous run recorded for a file whose size and modification time are unchanged (see
 * {@link HashedFile#stillHolds}), and recording every hash for the next run.
 */
final class InputHashes {
    private final Map<String, HashedFile> previous;
    private final long stateWritten;
    private final Map<String, HashedFile> current = new TreeMap<>();

    /**
     * @param previous the previous run's hashes, by absolute path
     * @param stateWritten the modification time (ns) of the state file that recorded them
     */
    InputHashes(Map<String, HashedFile> previous, long stateWritten) {
        this.previous = previous;
        this.stateWritten = stateWritten;
    }

    /** No previous hashes: every file is read. */
    static InputHashes none() {
        return new InputHashes(Map.of(), Long.MIN_VALUE);
    }

    /** The SHA-256 of a file's content. */
    String fileHash(Path file) throws IOException {
        return hash(file, false);
    }

    /** A hash of the schemas and bindings inside a jar ({@link DependencySchemas#jarSchemasHash}). */
    String jarSchemasHash(Path jar) throws IOException {
        return hash(jar, true);
    }

    /** Every hash used in this run, by absolute path. */
    Map<String, HashedFile> recorded() {
        return current;
    }

    private String hash(Path file, boolean jar) throws IOException {
        String key = file.toAbsolutePath().normalize().toString();
        // The attributes are read before the content: a change while hashing shows as a new time next run.
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        HashedFile known = previous.get(key);
        HashedFile now = known != null && known.stillHolds(before, stateWritten) ? known
                : HashedFile.of(jar ? DependencySchemas.jarSchemasHash(file) : Fingerprint.ofFile(file), before);
        current.put(key, now);
        return now.hash();
    }
}
