package io.github.cosxml.tests.bench.xml;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Fails a benchmark's setup when two libraries disagree on what a document holds. */
public final class SameValues {
    private SameValues() {
    }

    /**
     * Requires {@code actual} to hold the same values as {@code expected} (by {@link ValueTree}).
     *
     * @throws IllegalStateException naming the document, the library and the first difference
     */
    public static void require(BenchDocument document, String who, Object expected, Object actual) {
        Object want = ValueTree.of(expected);
        Object got = ValueTree.of(actual);
        if (!Objects.equals(want, got)) {
            throw new IllegalStateException(who + " does not read " + document + " as cosxml does: first difference "
                    + firstDifference(want, got, "") + "; a benchmark must not time a wrong answer");
        }
    }

    private static String firstDifference(Object want, Object got, String path) {
        if (want instanceof Map<?, ?> w && got instanceof Map<?, ?> g) {
            Set<Object> keys = new TreeSet<>();
            keys.addAll(w.keySet());
            keys.addAll(g.keySet());
            for (Object k : keys) {
                if (!Objects.equals(w.get(k), g.get(k))) {
                    return firstDifference(w.get(k), g.get(k), path + "/" + k);
                }
            }
        }
        if (want instanceof List<?> w && got instanceof List<?> g && w.size() == g.size()) {
            for (int i = 0; i < w.size(); i++) {
                if (!Objects.equals(w.get(i), g.get(i))) {
                    return firstDifference(w.get(i), g.get(i), path + "[" + (i + 1) + "]");
                }
            }
        }
        return "at " + (path.isEmpty() ? "/" : path) + ": expected " + abbreviate(want) + ", got " + abbreviate(got);
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
