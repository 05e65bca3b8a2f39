package io.github.cosxml.core.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Where {@link XmlWriter} puts its characters, and how values are escaped on the way:
 * {@link Utf8Output} encodes UTF-8 bytes itself (escaping and encoding in one pass);
 * {@link #of(Writer)} hands the characters to a {@link Writer}. I/O failures surface as
 * {@link UncheckedIOException}.
 */
abstract class XmlOutput {

    /** In an escape table: the character cannot be written in XML 1.0. */
    static final String INVALID = "";
    /**
     * What an ASCII character needs in text: null when it is written as is, {@link #INVALID},
     * or its replacement. Every character from {@code '?'} up to the surrogates is written as is.
     */
    static final String[] TEXT_ESCAPES = new String[0x80];
    /** Like {@link #TEXT_ESCAPES}, for attribute values: tabs, line breaks and quotes are also replaced. */
    static final String[] ATTRIBUTE_ESCAPES = new String[0x80];

    static {
        for (char c = 0; c < 0x20; c++) {
            TEXT_ESCAPES[c] = INVALID;
        }
        TEXT_ESCAPES['\t'] = null;
        TEXT_ESCAPES['\n'] = null;
        TEXT_ESCAPES['\r'] = "&#13;";
        TEXT_ESCAPES['<'] = "&lt;";
        TEXT_ESCAPES['>'] = "&gt;";
        TEXT_ESCAPES['&'] = "&amp;";
        System.arraycopy(TEXT_ESCAPES, 0, ATTRIBUTE_ESCAPES, 0, TEXT_ESCAPES.length);
        ATTRIBUTE_ESCAPES['\t'] = "&#9;";
        ATTRIBUTE_ESCAPES['\n'] = "&#10;";
        ATTRIBUTE_ESCAPES['"'] = "&quot;";
    }

    /** Writes {@code text.substring(from, to)}. */
    abstract void write(String text, int from, int to);

    /** Writes a whole string. */
    final void write(String text) {
        write(text, 0, text.length());
    }

    /** Writes one ASCII character. */
    abstract void write(char ascii);

    /**
     * Writes {@code <name}, the start of a start tag (generated code passes the same constant
     * names again and again).
     */
    void writeStartTag(String name) {
        write('<');
        write(name, 0, name.length());
    }

    /** Writes the end tag {@code </name>}. */
    void writeEndTag(String name) {
        write('<');
        write('/');
        write(name, 0, name.length());
        write('>');
    }

    /**
     * Writes a value escaped by {@code escapes} ({@link #TEXT_ESCAPES} or {@link #ATTRIBUTE_ESCAPES}).
     *
     * @return -1, or the index of the first character XML 1.0 cannot hold (an unpaired surrogate,
     *     U+FFFE, U+FFFF, or a control character); what comes before it may have been written
     */
    int writeEscaped(String value, String[] escapes) {
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '?' && c < Character.MIN_SURROGATE) {
                continue;
            }
            String replacement;
            if (c < '?') {
                replacement = escapes[c];
                if (replacement == null) {
                    continue;
                }
                if (replacement == INVALID) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a pair, written as is
                continue;
            } else if (Character.isSurrogate(c) || c > 0xFFFD) {
                return i; // an unpaired surrogate, U+FFFE or U+FFFF
            } else {
                continue;
            }
            if (start < i) {
                write(value, start, i);
            }
            write(replacement);
            start = i + 1;
        }
        if (start < length) {
            write(value, start, length);
        }
        return -1;
    }

    /** Hands everything written so far on and flushes the target. */
    abstract void flush();

    /** An output that writes to a writer as it goes. */
    static XmlOutput of(final Writer writer) {
        return new XmlOutput() {
            @Override
            void write(String text, int from, int to) {
                try {
                    writer.write(text, from, to - from);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            void write(char ascii) {
                try {
                    writer.write(ascii);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            void flush() {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
