package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * The validity window of a signature, {@code StartTimestamp;EndTimestamp} in Unix seconds (spec
 * §1.2 step 1). Used as both {@code q-sign-time} and {@code q-key-time}. Immutable.
 */
public final class KeyTime {
    private final long startSeconds;
    private final long endSeconds;
    private final byte[] ascii;

    private KeyTime(long startSeconds, long endSeconds) {
        if (startSeconds < 0) {
            throw new IllegalArgumentException("key time start " + startSeconds
                    + " is negative; pass Unix seconds (UTC) such as 1557989151");
        }
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("key time end " + endSeconds + " is before its start " + startSeconds
                    + "; pass 'start;end' with end >= start");
        }
        this.startSeconds = startSeconds;
        this.endSeconds = endSeconds;
        this.ascii = (startSeconds + ";" + endSeconds).getBytes(StandardCharsets.US_ASCII);
    }

    /** The window [{@code startSeconds}, {@code endSeconds}] in Unix seconds. */
    public static KeyTime of(long startSeconds, long endSeconds) {
        return new KeyTime(startSeconds, endSeconds);
    }

    /**
     * The window from {@code now - backdate} to {@code now + validity}, now read from {@code clock}
     * and truncated to whole seconds.
     */
    public static KeyTime startingNow(Clock clock, Duration validity, Duration backdate) {
        return startingAt(Math.floorDiv(clock.millis(), 1000L), validity, backdate);
    }

    static KeyTime startingAt(long nowSeconds, Duration validity, Duration backdate) {
        if (nowSeconds > 0 && validity.getSeconds() > Long.MAX_VALUE - nowSeconds) {
            throw new IllegalArgumentException("validity " + validity.getSeconds() + " s from now (" + nowSeconds
                    + ") ends after the largest Unix time; pass a validity such as Duration.ofHours(1)");
        }
        return new KeyTime(Math.max(0, nowSeconds - backdate.getSeconds()), nowSeconds + validity.getSeconds());
    }

    /**
     * Parses {@code start;end}, both decimal Unix seconds.
     *
     * @throws IllegalArgumentException if the text is not {@code digits;digits} or end is before start
     */
    public static KeyTime parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("key time is null; pass 'start;end' in Unix seconds, e.g. 1557989151;1557996351");
        }
        int semicolon = text.indexOf(';');
        if (semicolon <= 0 || semicolon == text.length() - 1 || !digits(text, 0, semicolon)
                || !digits(text, semicolon + 1, text.length()) || semicolon > 18 || text.length() - semicolon - 1 > 18) {
            throw new IllegalArgumentException("key time '" + text
                    + "' is not 'digits;digits'; pass 'start;end' in Unix seconds, e.g. 1557989151;1557996351");
        }
        return new KeyTime(Long.parseLong(text.substring(0, semicolon)), Long.parseLong(text.substring(semicolon + 1)));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Start of the window, Unix seconds. */
    public long startSeconds() {
        return startSeconds;
    }

    /** End of the window, Unix seconds. */
    public long endSeconds() {
        return endSeconds;
    }

    void writeTo(ByteSink sink) {
        sink.bytes(ascii);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyTime && ((KeyTime) o).startSeconds == startSeconds && ((KeyTime) o).endSeconds == endSeconds;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(startSeconds) * 31 + Long.hashCode(endSeconds);
    }

    /** {@code start;end}, as it appears in the Authorization. */
    @Override
    public String toString() {
        return startSeconds + ";" + endSeconds;
    }
}
