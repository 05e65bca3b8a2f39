package io.github.cosxml.core.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Where {@link XmlWriter} puts its characters: already escaped and checked, so an output only
 * encodes. {@link Utf8Output} encodes UTF-8 bytes itself; {@link #of(Writer)} hands the
 * characters to a {@link Writer}. I/O failures surface as {@link UncheckedIOException}.
 */
abstract class XmlOutput {

    /** Writes {@code text.substring(from, to)}. */
    abstract void write(String text, int from, int to);

    /** Writes a whole string. */
    final void write(String text) {
        write(text, 0, text.length());
    }

    /** Writes one ASCII character. */
    abstract void write(char ascii);

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
