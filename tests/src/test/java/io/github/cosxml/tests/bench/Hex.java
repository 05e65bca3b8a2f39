package io.github.cosxml.tests.bench;

/**
 * Lower-case hexadecimal bytes of a digest. Not {@code java.util.HexFormat}: the floor benchmark
 * must not pay for a {@code String} it does not need, or the floor would not be a lower bound.
 */
final class Hex {
    private static final byte[] DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Hex() {
    }

    static byte[] lowerAscii(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return out;
    }

    static String lower(byte[] bytes) {
        return new String(lowerAscii(bytes), java.nio.charset.StandardCharsets.US_ASCII);
    }
}
