package io.github.cosxml.schema;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * The bounds that keep validating a hostile document cheap: nesting depth, the length of one
 * text value, and the longest run of input without {@code <}. The JDK's validator buffers a whole
 * simple-type value (and the parser a whole attribute value) before checking it, so without these
 * a 50 MB value costs hundreds of MB of heap; and it reports one error per level of a deep nest.
 * Documents of the CI APIs are under 10 levels deep with values far below these limits.
 */
final class ValidationLimits {

    /** Maximum element nesting depth (the root is depth 1), as {@code XmlReadOptions} in core. */
    static final int MAX_DEPTH = 100;
    /** Maximum length in chars of the text of one element between two tags, and of one attribute value. */
    static final int MAX_TEXT_LENGTH = 1024 * 1024;

    private ValidationLimits() {
    }

    /** A limit was exceeded: reported as a {@link Violation.Kind#REFUSED} violation. */
    static final class LimitExceeded extends SAXParseException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message, Locator locator) {
            super(message + "; validation stopped here (a limit of cosxml-schema that protects against hostile documents)",
                    locator);
        }
    }

    /**
     * Thrown by a guarded stream when a run without {@code <} (an attribute value, a text value, a
     * comment) exceeds the limit; {@link XmlValidator} turns it into a {@link LimitExceeded}.
     */
    static final class RunTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RunTooLong() {
            super("a value longer than " + MAX_TEXT_LENGTH + " chars");
        }
    }

    /** How much of a document a guard has let through. */
    interface Guarded {
        /** Bytes or chars read so far. */
        long unitsRead();
    }

    /** Bytes: UTF-8 needs up to 4 bytes per char, so the byte limit is 4 times the char limit. */
    static GuardedStream guard(InputStream input) {
        return new GuardedStream(input);
    }

    static GuardedReader guard(Reader input) {
        return new GuardedReader(input);
    }

    /**
     * A stream that counts runs without {@code <}. Closing it leaves the stream it reads open:
     * the JDK's parser closes its input at the end, and the input is the caller's.
     */
    static final class GuardedStream extends FilterInputStream implements Guarded {
        private final RunCounter counter = new RunCounter(4L * MAX_TEXT_LENGTH + 64);

        GuardedStream(InputStream input) {
            super(input);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.count(b == '<');
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                counter.count(buffer[i] == '<');
            }
            return n;
        }

        @Override
        public void close() {
            // the caller's stream stays open
        }

        @Override
        public long unitsRead() {
            return counter.total;
        }
    }

    /** The {@link GuardedStream} of characters. */
    static final class GuardedReader extends FilterReader implements Guarded {
        private final RunCounter counter = new RunCounter(MAX_TEXT_LENGTH + 64L);

        GuardedReader(Reader input) {
            super(input);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                counter.count(c == '<');
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                counter.count(buffer[i] == '<');
            }
            return n;
        }

        @Override
        public void close() {
            // the caller's reader stays open
        }

        @Override
        public long unitsRead() {
            return counter.total;
        }
    }

    private static final class RunCounter {
        private final long limit;
        private long run;
        private long total;

        RunCounter(long limit) {
            this.limit = limit;
        }

        void count(boolean markup) throws RunTooLong {
            total++;
            run = markup ? 0 : run + 1;
            if (run > limit) {
                throw new RunTooLong();
            }
        }
    }
}
