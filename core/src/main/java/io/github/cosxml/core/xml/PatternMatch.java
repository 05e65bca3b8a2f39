package io.github.cosxml.core.xml;

import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Whole-text matching of a compiled XSD pattern, whatever the text's length. {@code java.util.regex}
 * recurses once per repetition of a group with alternatives or optional parts ({@code (a|b)*},
 * {@code (\i\c*( \i\c*)*)?}), so on the default stack such a pattern overflows on a text of a few
 * thousand characters, which the schema accepts at any length. A match that overflows is run again
 * on a thread of its own whose stack grows with the text.
 */
final class PatternMatch {
    // enough for about a thousand bytes of stack per character of text, far more than any pattern above needs
    private static final long STACK_BYTES_PER_CHAR = 1024;
    private static final long MIN_STACK_BYTES = 16L << 20;

    private PatternMatch() {
    }

    /**
     * Whether the whole text matches.
     *
     * @param pattern the compiled pattern
     * @param text the text
     * @return true if it matches
     */
    static boolean matches(Pattern pattern, String text) {
        try {
            return pattern.matcher(text).matches();
        } catch (StackOverflowError deepRecursion) {
            return matchesOnALargeStack(pattern, text);
        }
    }

    static boolean matchesOnALargeStack(Pattern pattern, String text) {
        AtomicReference<Object> outcome = new AtomicReference<Object>();
        Thread matcher = new Thread(null, () -> {
            try {
                outcome.set(pattern.matcher(text).matches());
            } catch (RuntimeException | Error e) {
                outcome.set(e);
            }
        }, "cosxml-pattern-match", Math.max(MIN_STACK_BYTES, STACK_BYTES_PER_CHAR * text.length()));
        matcher.setDaemon(true);
        matcher.start();
        try {
            matcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching a pattern", e);
        }
        Object result = outcome.get();
        if (result instanceof StackOverflowError) {
            throw new IllegalStateException("pattern " + pattern + " recursed too deeply on a text of " + text.length()
                    + " characters, even on a stack of its own", (Throwable) result);
        }
        if (result instanceof RuntimeException) {
            throw (RuntimeException) result;
        }
        if (result instanceof Error) {
            throw (Error) result;
        }
        return (Boolean) result;
    }
}
