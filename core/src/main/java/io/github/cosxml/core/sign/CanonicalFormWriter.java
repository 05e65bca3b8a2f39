package io.github.cosxml.core.sign;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Computes a request's canonical form once, when it is built: one byte array holding the
 * lower-case method and the UTF-8 path (the first two lines of HttpString), then the parameters
 * and then the headers as {@code key=value} pairs joined by {@code &}, keys encoded and
 * lower-cased, values encoded, each table sorted by key (spec §1.2 steps 3–5). Signing then only
 * copies ranges of that array. One writer per thread (see {@link Scratch}); not thread-safe.
 *
 * <p>The entries of both tables are described by one int array, two ints per entry, parameters
 * first: the end of its key (where its {@code =} is) and its end. An entry starts one byte after the previous one's end ({@code &}), the first of
 * a table at the table's start.
 */
final class CanonicalFormWriter {
    static final int INTS_PER_ENTRY = 2;
    private static final int INSERTION_SORT_LIMIT = 32;
    private static final byte[] HOST = {'h', 'o', 's', 't'};
    private static final long HOST_PREFIX = prefix(HOST, 0, HOST.length);
    private static final int HOST_LENGTH = HOST.length;

    private final ByteSink out = new ByteSink(512);
    private final ByteSink work = new ByteSink(512);
    private int[] entries = new int[3 * 16];
    private int entryInts;
    // Per table being written: bounds of each entry in `work`, and the sorted order.
    private int[] starts = new int[16];
    private int[] keyEnds = new int[16];
    private int[] ends = new int[16];
    private int[] order = new int[16];
    // The first eight key bytes, big-endian: most comparisons end there.
    private long[] prefixes = new long[16];

    /** Starts a request: writes its first two HttpString lines and returns where they end. */
    int begin(String method, String path) {
        out.reset();
        entryInts = 0;
        out.asciiLowerCase(method).put('\n').utf8(path).put('\n');
        return out.length();
    }

    /**
     * Appends a table, sorted by canonical key, and returns where it ends.
     *
     * @param pairs names and values interleaved ({@code null} value: none, signed as empty)
     * @param count the number of entries
     * @param what what an entry is, for the error ("header")
     * @param fix what to do about a duplicate, for the error
     * @throws IllegalArgumentException when two names have the same canonical form
     */
    int table(String[] pairs, int count, String what, String fix) {
        encodeEntries(pairs, count);
        sortByKey(count);
        for (int i = 1; i < count; i++) {
            if (compareKeys(order[i - 1], order[i]) == 0) {
                String key = work.toAsciiString().substring(starts[order[i]], keyEnds[order[i]]);
                throw new IllegalArgumentException(what + " '" + pairs[2 * order[i]] + "' duplicates '"
                        + pairs[2 * order[i - 1]] + "' (both sign as '" + key + "'); " + fix);
            }
        }
        ensureEntries(count);
        byte[] w = work.array();
        for (int i = 0; i < count; i++) {
            int e = order[i];
            if (i > 0) {
                out.put('&');
            }
            int keyEnd = out.length() + (keyEnds[e] - starts[e]);
            out.bytes(w, starts[e], ends[e]);
            entries[entryInts++] = keyEnd;
            entries[entryInts++] = out.length();
        }
        return out.length();
    }

    /**
     * Whether the table just written has an entry whose key is {@code host}: read off the keys' prefixes,
     * so that a request knows it without searching its canonical form.
     */
    boolean tableHasHost(int count) {
        for (int i = 0; i < count; i++) {
            if (prefixes[i] == HOST_PREFIX && keyEnds[i] - starts[i] == HOST_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /** The canonical bytes written since {@link #begin}. */
    byte[] canonical() {
        return out.toByteArray();
    }

    /** The entries of the tables written since {@link #begin}. */
    int[] entries() {
        return Arrays.copyOf(entries, entryInts);
    }

    private void encodeEntries(String[] pairs, int count) {
        if (starts.length < count) {
            int size = Math.max(count, 2 * starts.length);
            starts = new int[size];
            keyEnds = new int[size];
            ends = new int[size];
            order = new int[size];
            prefixes = new long[size];
        }
        work.reset();
        for (int i = 0; i < count; i++) {
            starts[i] = work.length();
            work.encoded(pairs[2 * i], true);
            keyEnds[i] = work.length();
            prefixes[i] = prefix(work.array(), starts[i], keyEnds[i]);
            work.put('=');
            String value = pairs[2 * i + 1];
            if (value != null) {
                work.encoded(value, false);
            }
            ends[i] = work.length();
        }
    }

    /** A stable sort of the entry indexes by key: insertion sort for the few entries of most requests. */
    private void sortByKey(int count) {
        if (count > INSERTION_SORT_LIMIT) {
            Integer[] boxed = new Integer[count];
            for (int i = 0; i < count; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, new Comparator<Integer>() {
                @Override
                public int compare(Integer a, Integer b) {
                    return compareKeys(a, b);
                }
            });
            for (int i = 0; i < count; i++) {
                order[i] = boxed[i];
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            int j = i;
            while (j > 0 && compareKeys(order[j - 1], i) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
    }

    /** Up to eight bytes from {@code from}, big-endian, zero-padded: compares as the bytes do (keys are ASCII). */
    private static long prefix(byte[] bytes, int from, int to) {
        long prefix = 0;
        for (int i = 0; i < 8; i++) {
            prefix = (prefix << 8) | (from + i < to ? bytes[from + i] : 0);
        }
        return prefix;
    }

    private int compareKeys(int a, int b) {
        if (prefixes[a] != prefixes[b]) {
            return prefixes[a] < prefixes[b] ? -1 : 1;
        }
        byte[] w = work.array();
        int aFrom = starts[a];
        int aLength = keyEnds[a] - aFrom;
        int bFrom = starts[b];
        int bLength = keyEnds[b] - bFrom;
        int n = Math.min(aLength, bLength);
        for (int i = 0; i < n; i++) {
            int d = w[aFrom + i] - w[bFrom + i];
            if (d != 0) {
                return d;
            }
        }
        return aLength - bLength;
    }

    private void ensureEntries(int count) {
        if (entries.length < entryInts + INTS_PER_ENTRY * count) {
            entries = Arrays.copyOf(entries, Math.max(2 * entries.length, entryInts + INTS_PER_ENTRY * count));
        }
    }
}
