package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that the signing steps write into, so that a signature needs no
 * intermediate strings. Not thread-safe: each thread uses its own (see {@link Scratch}).
 */
final class ByteSink {
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;

    ByteSink(int initialCapacity) {
        bytes = new byte[initialCapacity];
    }

    void reset() {
        length = 0;
    }

    int length() {
        return length;
    }

    byte[] array() {
        return bytes;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }

    ByteSink put(char asciiChar) {
        ensure(1);
        bytes[length++] = (byte) asciiChar;
        return this;
    }

    /** Appends a string known to be ASCII (canonical keys, literals, hex). */
    ByteSink ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends the UTF-8 bytes of {@code s}; {@code s} holds no unpaired surrogate (checked earlier). */
    ByteSink utf8(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ensure(1);
                bytes[length++] = (byte) c;
            } else {
                int codePoint = Character.codePointAt(s, i);
                if (Character.isSupplementaryCodePoint(codePoint)) {
                    i++;
                }
                utf8CodePoint(codePoint, false, false);
            }
        }
        return this;
    }

    /**
     * Appends {@code s} percent-encoded: RFC 3986 unreserved characters kept, every other UTF-8
     * byte as {@code %XX}; hex digits upper-case, or lower-case when {@code lowerCase} (which also
     * lower-cases ASCII letters, giving the canonical form of a key).
     */
    ByteSink encoded(String s, boolean lowerCase) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (CosUrlEncoder.isUnreserved(c)) {
                    ensure(1);
                    bytes[length++] = (byte) (lowerCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                } else {
                    percent(c, lowerCase);
                }
            } else {
                int codePoint = Character.codePointAt(s, i);
                if (Character.isSupplementaryCodePoint(codePoint)) {
                    i++;
                }
                utf8CodePoint(codePoint, true, lowerCase);
            }
        }
        return this;
    }

    private void utf8CodePoint(int cp, boolean percentEncode, boolean lowerCase) {
        if (cp < 0x800) {
            emit(0xC0 | (cp >> 6), percentEncode, lowerCase);
            emit(0x80 | (cp & 0x3F), percentEncode, lowerCase);
        } else if (cp < 0x10000) {
            emit(0xE0 | (cp >> 12), percentEncode, lowerCase);
            emit(0x80 | ((cp >> 6) & 0x3F), percentEncode, lowerCase);
            emit(0x80 | (cp & 0x3F), percentEncode, lowerCase);
        } else {
            emit(0xF0 | (cp >> 18), percentEncode, lowerCase);
            emit(0x80 | ((cp >> 12) & 0x3F), percentEncode, lowerCase);
            emit(0x80 | ((cp >> 6) & 0x3F), percentEncode, lowerCase);
            emit(0x80 | (cp & 0x3F), percentEncode, lowerCase);
        }
    }

    private void emit(int b, boolean percentEncode, boolean lowerCase) {
        if (percentEncode) {
            percent(b, lowerCase);
        } else {
            ensure(1);
            bytes[length++] = (byte) b;
        }
    }

    private void percent(int b, boolean lowerCase) {
        byte[] hex = lowerCase ? HEX_LOWER : HEX_UPPER;
        ensure(3);
        bytes[length++] = '%';
        bytes[length++] = hex[(b >> 4) & 0xF];
        bytes[length++] = hex[b & 0xF];
    }

    /** Appends {@code count} bytes of {@code data} as lower-case hex. */
    ByteSink hex(byte[] data, int offset, int count) {
        ensure(count * 2);
        for (int i = offset; i < offset + count; i++) {
            bytes[length++] = HEX_LOWER[(data[i] >> 4) & 0xF];
            bytes[length++] = HEX_LOWER[data[i] & 0xF];
        }
        return this;
    }

    ByteSink bytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
        return this;
    }

    /** Appends a non-negative decimal number. */
    ByteSink decimal(long value) {
        if (value == 0) {
            return put('0');
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        ensure(digits);
        int end = length + digits;
        for (int i = end - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + (value % 10));
            value /= 10;
        }
        length = end;
        return this;
    }

    String toAsciiString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    String toUtf8String() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }
}
