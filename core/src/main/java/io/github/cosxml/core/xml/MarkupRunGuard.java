package io.github.cosxml.core.xml;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Bounds what an XML parser must hold in memory at once. An attribute value cannot contain
 * {@code <}, so the longest run of input without {@code <} bounds every attribute value (and
 * every text node, comment and tag) before the parser buffers it. {@link XmlReader} guards its
 * input with it (and checks text precisely itself); cosxml-schema's validator guards the
 * documents it validates, because the JDK's validator buffers a whole value before checking it.
 *
 * <p>The guard reads through to its input, counts, and throws {@link RunTooLongException} from
 * the read in which a run first gets longer than the limit. Closing a guard leaves its input
 * open: the input belongs to whoever passed it (parsers close their input when they finish).
 */
public final class MarkupRunGuard {
    // Counting bytes overestimates characters (UTF-8 uses up to 4 bytes per char); the slack lets a
    // value of exactly the limit through with its quotes and the tag around it.
    private static final int BYTES_PER_CHAR = 4;
    private static final int SLACK = 64;

    private MarkupRunGuard() {
    }

    /**
     * Thrown from a guarded read when a run without {@code <} exceeds the limit. A runtime
     * exception, so that parsers pass it on as it is; callers turn it into their own report.
     */
    public static final class RunTooLongException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int maxChars;

        RunTooLongException(int maxChars) {
            super("a run of input without '<' (a value, comment or tag) longer than the limit of " + maxChars + " chars");
            this.maxChars = maxChars;
        }

        /** The limit in chars the guard was made with. */
        public int maxChars() {
            return maxChars;
        }
    }

    /** How much input a guard has let through. */
    public interface Guarded {
        /** Bytes (of a stream) or chars (of a reader) read so far. */
        long unitsRead();
    }

    /**
     * Guards bytes: a run may be {@code 4 * maxChars + 64} bytes long, since a char takes up to
     * four bytes of UTF-8.
     *
     * @param input the bytes; not closed by closing the guard
     * @param maxChars the longest value, in chars, that must get through
     * @return the guarded stream
     */
    public static GuardedStream guard(InputStream input, int maxChars) {
        return new GuardedStream(input, new RunCounter((long) BYTES_PER_CHAR * maxChars + SLACK, maxChars));
    }

    /**
     * Guards chars: a run may be {@code maxChars + 64} chars long.
     *
     * @param input the chars; not closed by closing the guard
     * @param maxChars the longest value, in chars, that must get through
     * @return the guarded reader
     */
    public static GuardedReader guard(Reader input, int maxChars) {
        return new GuardedReader(input, new RunCounter((long) maxChars + SLACK, maxChars));
    }

    /** Where the {@code <} are in the chunk just read. */
    private interface Chunk {
        /** The index of the first {@code <} in [from, to), or -1. */
        int next(int from, int to);

        /** The index of the last {@code <} in [from, to), or -1. */
        int last(int from, int to);
    }

    /** A guarded byte stream; see {@link MarkupRunGuard}. */
    public static final class GuardedStream extends FilterInputStream implements Guarded {
        private final RunCounter counter;
        private final Chunk chunk = new Chunk() {
            @Override
            public int next(int from, int to) {
                for (int i = from; i < to; i++) {
                    if (bytes[i] == '<') {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public int last(int from, int to) {
                for (int i = to - 1; i >= from; i--) {
                    if (bytes[i] == '<') {
                        return i;
                    }
                }
                return -1;
            }
        };
        private byte[] bytes;

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
                bytes = buffer;
                try {
                    counter.chunk(chunk, offset, offset + n);
                } finally {
                    bytes = null;
                }
            }
            return n;
        }

        @Override
        public void close() {
            // the input is the caller's
        }

        @Override
        public long unitsRead() {
            return counter.total;
        }
    }

    /** A guarded character stream; see {@link MarkupRunGuard}. */
    public static final class GuardedReader extends FilterReader implements Guarded {
        private final RunCounter counter;
        private final Chunk chunk = new Chunk() {
            @Override
            public int next(int from, int to) {
                for (int i = from; i < to; i++) {
                    if (chars[i] == '<') {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public int last(int from, int to) {
                for (int i = to - 1; i >= from; i--) {
                    if (chars[i] == '<') {
                        return i;
                    }
                }
                return -1;
            }
        };
        private char[] chars;

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
                chars = buffer;
                try {
                    counter.chunk(chunk, offset, offset + n);
                } finally {
                    chars = null;
                }
            }
            return n;
        }

        @Override
        public void close() {
            // the input is the caller's
        }

        @Override
        public long unitsRead() {
            return counter.total;
        }
    }

    /** Counts the units since the last {@code <} and stops the read when the run gets too long. */
    private static final class RunCounter {
        private final long limit;
        private final int maxChars;
        private long run;
        private long total;

        RunCounter(long limit, int maxChars) {
            this.limit = limit;
            this.maxChars = maxChars;
        }

        void count(boolean markup) {
            total++;
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
            total += end - offset;
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
