package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's content hash with the size and modification time the file had when it was hashed: while
 * both are unchanged, the hash still holds and the file need not be read again.
 *
 * @param hash the hex SHA-256 of the content (or of the schemas in it, for a jar)
 * @param size the size in bytes
 * @param modified the modification time, in nanoseconds since the epoch (as precise as the file system keeps it)
 */
record HashedFile(String hash, long size, long modified) {

    /**
     * Whether the file still has this size and modification time, and that time is older than
     * {@code stateWritten}, the modification time of the state file that recorded it. A file modified
     * within the same clock tick as it was recorded could keep its time: like Git's "racily clean"
     * entries, such a file is only trusted once it is older than the record, and is read otherwise.
     */
    boolean stillHolds(BasicFileAttributes now, long stateWritten) {
        return now.size() == size && nanos(now) == modified && modified < stateWritten;
    }

    /** The attributes of a file, or {@code null} when it does not exist. */
    static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException missing) {
            return null;
        }
    }

    /** A record of a hash computed from the file as it was when it had these attributes. */
    static HashedFile of(String hash, BasicFileAttributes before) {
        return new HashedFile(hash, before.size(), nanos(before));
    }

    static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
