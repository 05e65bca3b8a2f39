package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes generated files below an output directory, touching only files whose bytes change (so
 * that incremental compilers and IDEs see no spurious changes), and deletes the files a previous
 * run generated that this run no longer generates. Files it did not generate are never touched:
 * a stale file is deleted only while it still holds the bytes that run wrote, so a file edited
 * since, or one of the same name that was never generated, stays.
 */
final class SourceWriter {
    /**
     * What a write did.
     *
     * @param written files created or changed
     * @param unchanged files left as they were
     * @param deleted stale files removed
     * @param outputs relative path to the SHA-256, size and time of every generated file
     */
    record Result(int written, int unchanged, int deleted, Map<String, HashedFile> outputs) {
    }

    private final Path directory;

    SourceWriter(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes {@code files} and deletes the stale ones of {@code previousOutputs}.
     *
     * @param files what this run generates
     * @param previousOutputs what the previous run recorded, by relative path
     * @param claimedByOthers relative paths other executions record in the same directory: never stale here
     */
    Result write(List<SourceFile> files, Map<String, HashedFile> previousOutputs, Set<String> claimedByOthers)
            throws IOException {
        int written = 0;
        int unchanged = 0;
        Map<String, HashedFile> outputs = new TreeMap<>();
        for (SourceFile file : files) {
            Path target = resolve(file.relativePath());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            String hash = Fingerprint.of(bytes);
            BasicFileAttributes before = HashedFile.attributes(target);
            if (before != null && before.isRegularFile() && Arrays.equals(Files.readAllBytes(target), bytes)) {
                outputs.put(file.relativePath(), HashedFile.of(hash, before));
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            outputs.put(file.relativePath(), HashedFile.of(hash, Files.readAttributes(target, BasicFileAttributes.class)));
            written++;
        }
        int deleted = 0;
        for (Map.Entry<String, HashedFile> stale : previousOutputs.entrySet()) {
            Path file = resolve(stale.getKey());
            if (!outputs.containsKey(stale.getKey()) && !claimedByOthers.contains(stale.getKey()) && Files.isRegularFile(file)
                    && Fingerprint.ofFile(file).equals(stale.getValue().hash()) && Files.deleteIfExists(file)) {
                deleted++;
            }
        }
        return new Result(written, unchanged, deleted, outputs);
    }

    private Path resolve(String relativePath) {
        Path target = directory.resolve(relativePath).normalize();
        if (!target.startsWith(directory.normalize())) {
            throw new IllegalArgumentException("generated path escapes the output directory: " + relativePath);
        }
        return target;
    }
}
