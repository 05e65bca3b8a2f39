package io.github.cosxml.codegen.xjc;

import io.github.cosxml.codegen.model.PropertyModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The exact numbers of times an element may occur in one place, as a set of counts up to
 * {@link #LIMIT}: the repetitions of each enclosing group, each holding the element's own
 * {@code minOccurs..maxOccurs}. {@link Occurrences} takes them as a range; this finds where that
 * range holds counts the schema does not allow ({@code (P{2}){1,2}}: two or four, not three).
 * Beyond the limit a gap is not looked for: by then the ranges of a repeated group overlap unless
 * the element occurs a fixed number of times, which shows a gap well below it.
 */
final class RepeatedCounts {
    static final int LIMIT = 64;
    private static final int SHOWN_RUNS = 3;

    private RepeatedCounts() {
    }

    /** The counts of a place entered once. */
    static BitSet once() {
        BitSet once = new BitSet();
        once.set(1);
        return once;
    }

    /**
     * The counts of a particle: each number of times its place is entered, times each of its own
     * occurrences.
     *
     * @param entries how often the particle's place may be entered in all
     * @param min the particle's minOccurs
     * @param max the particle's maxOccurs, {@link PropertyModel#UNBOUNDED} for unbounded
     * @return the particle's counts, up to {@link #LIMIT}
     */
    static BitSet spread(BitSet entries, int min, int max) {
        BitSet counts = new BitSet();
        for (int entered = entries.nextSetBit(0); entered >= 0; entered = entries.nextSetBit(entered + 1)) {
            long low = (long) entered * min;
            if (low > LIMIT) {
                break;
            }
            long high = entered == 0 ? 0
                    : max == PropertyModel.UNBOUNDED ? LIMIT : Math.min(LIMIT, (long) entered * max);
            counts.set((int) low, (int) high + 1);
        }
        return counts;
    }

    /**
     * Describes the counts if the range {@code min..max} holds one that they do not.
     *
     * @param counts the element's counts
     * @param min the range's minimum
     * @param max the range's maximum, {@link PropertyModel#UNBOUNDED} for unbounded
     * @return the allowed counts in words ({@code "2 or 4 times"}), or null if the range has no gap
     */
    static String gap(BitSet counts, int min, int max) {
        int limit = max == PropertyModel.UNBOUNDED ? LIMIT : Math.min(max, LIMIT);
        int missing = counts.nextClearBit(min);
        // the counts start at min (Occurrences computes both from the same factors); if not, say nothing
        if (missing > limit || !counts.get(min)) {
            return null;
        }
        List<String> runs = new ArrayList<>();
        boolean more = false;
        int end = min;
        for (int from = counts.nextSetBit(min); from >= 0 && from <= limit; from = counts.nextSetBit(end + 1)) {
            if (runs.size() == SHOWN_RUNS) {
                more = true;
                break;
            }
            end = counts.nextClearBit(from) - 1;
            runs.add(from == end ? Integer.toString(from) : end == LIMIT ? from + " or more" : from + " to " + end);
        }
        // counts past the limit are not known, only that there may be some
        if (more || end < LIMIT && (max == PropertyModel.UNBOUNDED || max > LIMIT)) {
            return String.join(", ", runs) + ", ... times";
        }
        String last = runs.remove(runs.size() - 1);
        return (runs.isEmpty() ? "" : String.join(", ", runs) + " or ") + last + " times";
    }
}
