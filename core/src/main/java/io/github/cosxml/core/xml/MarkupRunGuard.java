package io.github.cosxml.core.xml;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Bounds what a StAX parser must hold in memory at once. An attribute value cannot contain
 * {@code <}, so the longest run of input without {@code <} bounds every attribute value (and
 * every text node, comment and tag) before the parser buffers it; {@link XmlReader} checks text
 * precisely, this guard stops a huge attribute value that the parser would otherwise build
 * whole in memory.
 */
final class MarkupRunGuard {

    private MarkupRunGuard() {
    }

    /** Thrown from a guarded stream when a run exceeds the limit; {@link XmlReader} turns it into a problem. */
    static final class RunTooLongException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunTooLongException(long limit) {
            super("a value longer than the limit of " + limit + " chars (XmlReadOptions.maxTextLength)");
        }
    }

    /**
     * Guards bytes. Counting bytes overestimates characters (UTF-8 uses up to 4 bytes per char), so
     * the byte limit is 4 times the char limit.
     */
    static InputStream guard(InputStream input, int maxChars) {
        final RunCounter counter = new RunCounter(4L * maxChars + 64, maxChars);
        return new FilterInputStream(input) {

            @Override
            public boolean markSupported() {
                return false; // a reset would replay bytes the counter has already seen
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
                if (n <= 0) {
                    return n;
                }
                int end = offset + n;
                if (n > counter.limit) { // a run inside this chunk alone could be too long: look at every byte
                    int runStart = offset;
                    for (int i = offset; i < end; i++) {
                        if (buffer[i] == '<') {
                            counter.add(i - runStart);
                            counter.markup();
                            runStart = i + 1;
                        }
                    }
                    counter.add(end - runStart);
                    return n;
                }
                // runs between the first and the last '<' are shorter than the chunk, so within the limit:
                // only the run carried in (which the first '<' ends) and the one carried out count
                int first = offset;
                while (first < end && buffer[first] != '<') {
                    first++;
                }
                counter.add(first - offset);
                if (first < end) {
                    int last = end - 1;
                    while (buffer[last] != '<') {
                        last--;
                    }
                    counter.markup();
                    counter.add(end - 1 - last);
                }
                return n;
            }
        };
    }

    /** Guards characters. */
    static Reader guard(Reader input, int maxChars) {
        final RunCounter counter = new RunCounter(maxChars + 64L, maxChars);
        return new FilterReader(input) {

            @Override
            public boolean markSupported() {
                return false; // a reset would replay chars the counter has already seen
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
                if (n <= 0) {
                    return n;
                }
                int end = offset + n;
                if (n > counter.limit) { // a run inside this chunk alone could be too long: look at every char
                    int runStart = offset;
                    for (int i = offset; i < end; i++) {
                        if (buffer[i] == '<') {
                            counter.add(i - runStart);
                            counter.markup();
                            runStart = i + 1;
                        }
                    }
                    counter.add(end - runStart);
                    return n;
                }
                // as for bytes: only the runs carried in and out of the chunk can be too long
                int first = offset;
                while (first < end && buffer[first] != '<') {
                    first++;
                }
                counter.add(first - offset);
                if (first < end) {
                    int last = end - 1;
                    while (buffer[last] != '<') {
                        last--;
                    }
                    counter.markup();
                    counter.add(end - 1 - last);
                }
                return n;
            }
        };
    }

    /** Counts the units since the last {@code <} and stops the read when the run gets too long. */
    private static final class RunCounter {
        final long limit;
        private final int maxChars;
        private long run;

        RunCounter(long limit, int maxChars) {
            this.limit = limit;
            this.maxChars = maxChars;
        }

        void count(boolean markup) {
            if (markup) {
                markup();
            } else {
                add(1);
            }
        }

        /** A {@code <}: the run ends. */
        void markup() {
            run = 0;
        }

        /** Units that are not {@code <}. */
        void add(int units) {
            run += units;
            if (run > limit) {
                throw new RunTooLongException(maxChars);
            }
        }
    }
}
