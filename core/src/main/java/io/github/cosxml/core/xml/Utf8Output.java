package io.github.cosxml.core.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Encodes characters as UTF-8 into its own buffer and writes full buffers to a stream. The
 * JDK's {@code OutputStreamWriter} does the same, but its encoder leaves its ASCII fast path
 * for good after the first non-ASCII character, which halves the speed of a whole document.
 *
 * <p>A surrogate pair becomes one four-byte sequence; an unpaired surrogate becomes {@code ?},
 * as the JDK's encoder writes it ({@link XmlWriter} rejects unpaired surrogates in values before
 * they get here).
 */
final class Utf8Output extends XmlOutput {

    private static final int SIZE = 8192;
    private static final int MAX_BYTES_PER_CHAR = 4; // a surrogate pair: two chars, four bytes

    private final OutputStream stream;
    private final byte[] buffer = new byte[SIZE];
    private int count;

    Utf8Output(OutputStream stream) {
        this.stream = stream;
    }

    @Override
    void write(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (count > SIZE - MAX_BYTES_PER_CHAR) {
                drain();
            }
            // ASCII runs: as many as fit without a capacity check per character
            int asciiEnd = Math.min(to, i + SIZE - count);
            char c;
            while (i < asciiEnd && (c = text.charAt(i)) < 0x80) {
                buffer[count++] = (byte) c;
                i++;
            }
            if (i < to && count <= SIZE - MAX_BYTES_PER_CHAR) {
                c = text.charAt(i++);
                if (c < 0x80) {
                    buffer[count++] = (byte) c;
                } else if (c < 0x800) {
                    buffer[count++] = (byte) (0xC0 | (c >> 6));
                    buffer[count++] = (byte) (0x80 | (c & 0x3F));
                } else if (!Character.isSurrogate(c)) {
                    buffer[count++] = (byte) (0xE0 | (c >> 12));
                    buffer[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buffer[count++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(text.charAt(i))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(i++));
                    buffer[count++] = (byte) (0xF0 | (codePoint >> 18));
                    buffer[count++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                    buffer[count++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                    buffer[count++] = (byte) (0x80 | (codePoint & 0x3F));
                } else {
                    buffer[count++] = '?';
                }
            }
        }
    }

    @Override
    void write(char ascii) {
        if (count == SIZE) {
            drain();
        }
        buffer[count++] = (byte) ascii;
    }

    @Override
    void flush() {
        drain();
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        if (count > 0) {
            try {
                stream.write(buffer, 0, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count = 0;
        }
    }
}
