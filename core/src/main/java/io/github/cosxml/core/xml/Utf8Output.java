package io.github.cosxml.core.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Encodes characters as UTF-8 into its own buffer and writes full buffers to a stream. The
 * JDK's {@code OutputStreamWriter} does the same, but its encoder leaves its ASCII fast path
 * for good after the first non-ASCII character, which halves the speed of a whole document;
 * here values are escaped and encoded in one pass, and the bytes of the tags of the names
 * written are kept.
 *
 * <p>A surrogate pair becomes one four-byte sequence; an unpaired surrogate in {@link #write}
 * becomes {@code ?}, as the JDK's encoder writes it ({@link #writeEscaped} reports it instead).
 */
final class Utf8Output extends XmlOutput {

    private static final int FIRST_SIZE = 512; // grows up to MAX_SIZE, so a small document stays small
    private static final int MAX_SIZE = 8192;
    private static final int ROOM = 6; // the most one step writes: "&quot;", or 4 bytes for a pair
    private static final int NAME_SLOTS = 128; // a power of 2
    private static final int MAX_CACHED_NAME = 256;
    private static final int PROBES = 4;
    private static final int CHUNK = 256; // chars escaped from one local copy

    private final OutputStream stream;
    private byte[] buffer = new byte[FIRST_SIZE];
    private int count;
    private final char[] chars = new char[CHUNK];
    // names by identity: generated code passes the same string constants for every element
    private final String[] names = new String[NAME_SLOTS];
    private final byte[][] startTags = new byte[NAME_SLOTS][];
    private final byte[][] endTags = new byte[NAME_SLOTS][];

    Utf8Output(OutputStream stream) {
        this.stream = stream;
    }

    @Override
    void write(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (count > buffer.length - ROOM) {
                makeRoom();
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer[count++] = (byte) c;
            } else if (!Character.isSurrogate(c)) {
                encode(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                encode(c, text.charAt(++i));
            } else {
                buffer[count++] = '?';
            }
        }
    }

    @Override
    void write(char ascii) {
        if (count == buffer.length) {
            makeRoom();
        }
        buffer[count++] = (byte) ascii;
    }

    @Override
    void writeStartTag(String name) {
        int slot = slot(name);
        if (slot < 0) {
            super.writeStartTag(name);
        } else {
            writeBytes(startTags[slot]);
        }
    }

    @Override
    void writeEndTag(String name) {
        int slot = slot(name);
        if (slot < 0) {
            super.writeEndTag(name);
        } else {
            writeBytes(endTags[slot]);
        }
    }

    /** The slot caching this name's tags, or -1 when the slots it may use are taken (or the name is very long). */
    private int slot(String name) {
        // String caches its hash, so this is a field read; a name looks at PROBES slots from its own
        int first = name.hashCode();
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (first + probe) & (NAME_SLOTS - 1);
            String cached = names[slot];
            if (cached == name) {
                return slot;
            }
            if (cached == null) {
                return name.length() > MAX_CACHED_NAME ? -1 : cache(slot, name);
            }
        }
        return -1;
    }

    private int cache(int slot, String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] start = new byte[bytes.length + 1];
        start[0] = '<';
        System.arraycopy(bytes, 0, start, 1, bytes.length);
        byte[] end = new byte[bytes.length + 3];
        end[0] = '<';
        end[1] = '/';
        System.arraycopy(bytes, 0, end, 2, bytes.length);
        end[end.length - 1] = '>';
        names[slot] = name;
        startTags[slot] = start;
        endTags[slot] = end;
        return slot;
    }

    private void writeBytes(byte[] bytes) {
        while (count + bytes.length > buffer.length) {
            makeRoom(); // ends: a cached tag is far shorter than the largest buffer
        }
        System.arraycopy(bytes, 0, buffer, count, bytes.length);
        count += bytes.length;
    }

    @Override
    int writeEscaped(String value, String[] escapes) {
        int length = value.length();
        int from = 0;
        while (from < length) {
            int room = (buffer.length - count) / ROOM; // characters that fit whatever they become
            if (room < 2) {
                makeRoom();
                continue;
            }
            int to = Math.min(length, from + Math.min(room, CHUNK));
            if (to < length && to - from > 1 && Character.isHighSurrogate(value.charAt(to - 1))) {
                to--; // keep a pair in one chunk
            }
            int invalid = writeEscaped(value, from, to, escapes);
            if (invalid >= 0) {
                return invalid;
            }
            from = to;
        }
        return -1;
    }

    /** One chunk that fits in the buffer, from a local copy of its chars, with the position in a local. */
    private int writeEscaped(String value, int from, int to, String[] escapes) {
        char[] chars = this.chars;
        value.getChars(from, to, chars, 0);
        byte[] bytes = buffer;
        int at = count;
        int n = to - from;
        int i = 0;
        while (i < n) {
            // a run of ASCII written as is, with the buffer index a loop invariant plus i
            int base = at - i;
            char c = 0;
            while (i < n && (c = chars[i]) < 0x80 && escapes[c] == null) {
                bytes[base + i] = (byte) c;
                i++;
            }
            at = base + i;
            if (i == n) {
                break;
            }
            if (c < 0x80) {
                String replacement = escapes[c];
                if (replacement == INVALID) {
                    count = at;
                    return from + i;
                }
                for (int r = 0; r < replacement.length(); r++) {
                    bytes[at++] = (byte) replacement.charAt(r);
                }
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xC0 | (c >> 6));
                bytes[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < Character.MIN_SURROGATE || (c > Character.MAX_SURROGATE && c <= 0xFFFD)) {
                bytes[at++] = (byte) (0xE0 | (c >> 12));
                bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                bytes[at++] = (byte) (0xF0 | (codePoint >> 18));
                bytes[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                bytes[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                bytes[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                count = at;
                return from + i; // an unpaired surrogate, U+FFFE or U+FFFF
            }
            i++;
        }
        count = at;
        return -1;
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

    /** A char outside ASCII and the surrogates: two or three bytes. */
    private void encode(char c) {
        if (c < 0x800) {
            buffer[count++] = (byte) (0xC0 | (c >> 6));
        } else {
            buffer[count++] = (byte) (0xE0 | (c >> 12));
            buffer[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        }
        buffer[count++] = (byte) (0x80 | (c & 0x3F));
    }

    /** A surrogate pair: four bytes. */
    private void encode(char high, char low) {
        int codePoint = Character.toCodePoint(high, low);
        buffer[count++] = (byte) (0xF0 | (codePoint >> 18));
        buffer[count++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        buffer[count++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        buffer[count++] = (byte) (0x80 | (codePoint & 0x3F));
    }

    /** Grows the buffer while it is below its largest size, else hands it to the stream. */
    private void makeRoom() {
        if (buffer.length < MAX_SIZE) {
            byte[] bigger = new byte[Math.min(MAX_SIZE, buffer.length * 2)];
            System.arraycopy(buffer, 0, bigger, 0, count);
            buffer = bigger;
        } else {
            drain();
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
