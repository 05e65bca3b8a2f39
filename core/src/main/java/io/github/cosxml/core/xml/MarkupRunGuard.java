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
        return new GuardedStream(input, counter);
    }

    /** Guards characters. */
    static Reader guard(Reader input, int maxChars) {
        final RunCounter counter = new RunCounter(maxChars + 64L, maxChars);
        return new GuardedReader(input, counter);
    }

    /** Where the {@code <} are in the chunk just read. */
    private interface Chunk {
        /** The index of the first {@code <} in [from, to), or -1. */
        int next(int from, int to);

        /** The index of the last {@code <} in [from, to), or -1. */
        int last(int from, int to);
    }

    private static final class GuardedStream extends FilterInputStream implements Chunk {
        private final RunCounter counter;
        private byte[] chunk;

        GuardedStream(InputStream input, RunCounter counter) {
            super(input);
            this.counter = counter;
        }

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
            if (n > 0) {
                chunk = buffer;
                try {
                    counter.chunk(this, offset, offset + n);
                } finally {
                    chunk = null;
                }
            }
            return n;
        }

        @Override
        public int next(int from, int to) {
            for (int i = from; i < to; i++) {
                if (chunk[i] == '<') {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int last(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (chunk[i] == '<') {
                    return i;
                }
            }
            return -1;
        }
    }

    private static final class GuardedReader extends FilterReader implements Chunk {
        private final RunCounter counter;
        private char[] chunk;

        GuardedReader(Reader input, RunCounter counter) {
            super(input);
            this.counter = counter;
        }

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
            if (n > 0) {
                chunk = buffer;
                try {
                    counter.chunk(this, offset, offset + n);
                } finally {
                    chunk = null;
                }
            }
            return n;
        }

        @Override
        public int next(int from, int to) {
            for (int i = from; i < to; i++) {
                if (chunk[i] == '<') {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int last(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (chunk[i] == '<') {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Counts the units since the last {@code <} and stops the read when the run gets too long. */
    private static final class RunCounter {
        private final long limit;
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

        /**
         * A chunk of units [offset, end). When the chunk is no longer than the limit, every run
         * between its first and last {@code <} is within the limit, so only the run carried in
         * (which the first {@code <} ends) and the run carried out count; otherwise every run does.
         */
        void chunk(Chunk units, int offset, int end) {
            if (end - offset > limit) {
                int runStart = offset;
                for (int i = units.next(offset, end); i >= 0; i = units.next(i + 1, end)) {
                    add(i - runStart);
                    markup();
                    runStart = i + 1;
                }
                add(end - runStart);
                return;
            }
            int first = units.next(offset, end);
            if (first < 0) {
                add(end - offset);
                return;
            }
            add(first - offset);
            markup();
            add(end - 1 - units.last(first, end));
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
