package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over labelled values (configuration, and the hashes of input files), in the order added. */
final class Fingerprint {
    private final MessageDigest digest;

    Fingerprint() {
        digest = sha256();
    }

    /** Adds a labelled text value ({@code null} is distinct from empty). */
    Fingerprint add(String label, String value) {
        addBytes(label.getBytes(StandardCharsets.UTF_8));
        addBytes(value == null ? new byte[] {0} : ("=" + value).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The hex digest; the fingerprint cannot be used afterwards. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hex SHA-256 of a file's content. */
    static String ofFile(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hex SHA-256 of a byte array. */
    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private void addBytes(byte[] bytes) {
        digest.update(bytes);
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
