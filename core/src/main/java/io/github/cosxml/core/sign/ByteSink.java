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

    /**
     * Appends a string known to be ASCII (canonical keys, literals, hex). Uses the deprecated
     * {@code String.getBytes(int, int, byte[], int)}, which drops the high byte of each char:
     * exactly right for ASCII, and a plain array copy for compact strings.
     */
    @SuppressWarnings("deprecation")
    ByteSink ascii(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, bytes, length);
        length += n;
        return this;
    }

    /** Appends an ASCII string (an HTTP token such as a method) lower-cased. */
    ByteSink asciiLowerCase(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            bytes[length++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return this;
    }

    /** Appends well-formed text (no unpaired surrogates; callers check) as UTF-8. */
    ByteSink utf8(String s) {
        int n = s.length();
        ensure(worstCase(n, 3));
        byte[] b = bytes;
        int len = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[len++] = (byte) c;
            } else if (c < 0x800) {
                b[len++] = (byte) (0xC0 | (c >> 6));
                b[len++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[len++] = (byte) (0xF0 | (cp >> 18));
                b[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[len++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[len++] = (byte) (0xE0 | (c >> 12));
                b[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[len++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = len;
        return this;
    }

    /**
     * Appends {@code s} percent-encoded: RFC 3986 unreserved characters kept, every other UTF-8
     * byte as {@code %XX}; hex digits upper-case, or lower-case when {@code lowerCase} (which also
     * lower-cases ASCII letters, giving the canonical form of a key).
     */
    ByteSink encoded(String s, boolean lowerCase) {
        int n = s.length();
        // Worst case 3 output bytes per UTF-16 char, 12 per surrogate pair (2 chars) and 9 per other char.
        ensure(worstCase(n, 9));
        byte[] b = bytes;
        byte[] hex = lowerCase ? HEX_LOWER : HEX_UPPER;
        int len = length;
        // A branch per character, unreserved first: most characters are, and on this project's
        // machine this beat a table that wrote three bytes per character and advanced by one or three.
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (CosUrlEncoder.isUnreserved(c)) {
                b[len++] = (byte) (lowerCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            } else if (c < 0x80) {
                len = percent(b, len, c, hex);
            } else {
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(++i));
                }
                len = percentUtf8(b, len, cp, hex);
            }
        }
        length = len;
        return this;
    }

    private static int percentUtf8(byte[] b, int len, int cp, byte[] hex) {
        if (cp < 0x800) {
            len = percent(b, len, 0xC0 | (cp >> 6), hex);
        } else if (cp < 0x10000) {
            len = percent(b, len, 0xE0 | (cp >> 12), hex);
            len = percent(b, len, 0x80 | ((cp >> 6) & 0x3F), hex);
        } else {
            len = percent(b, len, 0xF0 | (cp >> 18), hex);
            len = percent(b, len, 0x80 | ((cp >> 12) & 0x3F), hex);
            len = percent(b, len, 0x80 | ((cp >> 6) & 0x3F), hex);
        }
        return percent(b, len, 0x80 | (cp & 0x3F), hex);
    }

    private static int percent(byte[] b, int len, int value, byte[] hex) {
        b[len] = '%';
        b[len + 1] = hex[(value >> 4) & 0xF];
        b[len + 2] = hex[value & 0xF];
        return len + 3;
    }

    private static int worstCase(int chars, int bytesPerChar) {
        if (chars > (Integer.MAX_VALUE - 64) / bytesPerChar) {
            throw new IllegalArgumentException("text of " + chars + " characters is too long to sign");
        }
        return chars * bytesPerChar;
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

    /** Appends all of {@code data}. */
    ByteSink bytes(byte[] data) {
        return bytes(data, 0, data.length);
    }

    /** Appends {@code data[from, to)}. */
    ByteSink bytes(byte[] data, int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(data, from, bytes, length, n);
        length += n;
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
