package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The guard stops in exactly the read call in which a run without {@code <} first exceeds its
 * limit, whatever the chunk sizes: checked against a model that counts unit by unit.
 */
class MarkupRunGuardTest {

    @Property(tries = 500)
    void bytesStopInTheReadWhereARunFirstGetsTooLong(@ForAll("markup") String text,
            @ForAll @IntRange(min = 0, max = 40) int maxChars, @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 300) Integer> chunks)
            throws IOException {
        long limit = 4L * maxChars + 64;
        InputStream guarded = MarkupRunGuard.guard(new ByteArrayInputStream(text.getBytes("US-ASCII")), maxChars);
        assertThat(readsBeforeStop(guarded, chunks)).isEqualTo(expectedReads(text, limit, chunks));
    }

    @Property(tries = 500)
    void charsStopInTheReadWhereARunFirstGetsTooLong(@ForAll("markup") String text,
            @ForAll @IntRange(min = 0, max = 160) int maxChars, @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 300) Integer> chunks)
            throws IOException {
        long limit = maxChars + 64L;
        Reader guarded = MarkupRunGuard.guard(new CharArrayReader(text.toCharArray()), maxChars);
        assertThat(readsBeforeStop(guarded, chunks)).isEqualTo(expectedReads(text, limit, chunks));
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> run = Arbitraries.integers().between(0, 400).map(n -> repeat('a', n));
        return run.list().ofMaxSize(12).map(runs -> String.join("<", runs));
    }

    /** Reads with the given chunk sizes in turn; the number of reads that returned, -1 at the end when none stopped. */
    private static int readsBeforeStop(Object guarded, List<Integer> chunks) throws IOException {
        int reads = 0;
        while (true) {
            int size = chunks.get(reads % chunks.size());
            int n;
            try {
                n = guarded instanceof InputStream ? ((InputStream) guarded).read(new byte[size + 3], 3, size)
                        : ((Reader) guarded).read(new char[size + 3], 3, size);
            } catch (MarkupRunGuard.RunTooLongException e) {
                return reads;
            }
            if (n < 0) {
                return -1;
            }
            reads++;
        }
    }

    /** The model: unit by unit, the read in which the run first exceeds the limit (streams here fill each read). */
    private static int expectedReads(String text, long limit, List<Integer> chunks) {
        long run = 0;
        int reads = 0;
        int consumed = 0;
        while (consumed < text.length()) {
            int size = Math.min(chunks.get(reads % chunks.size()), text.length() - consumed);
            for (int i = consumed; i < consumed + size; i++) {
                run = text.charAt(i) == '<' ? 0 : run + 1;
                if (run > limit) {
                    return reads;
                }
            }
            consumed += size;
            reads++;
        }
        return -1;
    }

    @Test
    void countsWhatItLetsThroughAndLeavesItsInputOpen() throws IOException {
        final boolean[] closed = new boolean[2];
        InputStream bytes = new ByteArrayInputStream("<a>text</a>".getBytes("US-ASCII")) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Reader chars = new CharArrayReader("<a>text</a>".toCharArray()) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        MarkupRunGuard.GuardedStream stream = MarkupRunGuard.guard(bytes, 10);
        MarkupRunGuard.GuardedReader reader = MarkupRunGuard.guard(chars, 10);
        assertThat(stream.read(new byte[7], 0, 7)).isEqualTo(7);
        assertThat(stream.read()).isEqualTo('<');
        assertThat(reader.read(new char[5], 0, 5)).isEqualTo(5);
        assertThat(stream.unitsRead()).isEqualTo(8);
        assertThat(reader.unitsRead()).isEqualTo(5);
        assertThat(stream.markSupported()).as("a reset would count bytes twice").isFalse();
        stream.close();
        reader.close();
        assertThat(closed).containsExactly(false, false);
    }

    @Test
    void theExceptionNamesTheLimitInChars() {
        InputStream guarded = MarkupRunGuard.guard(new ByteArrayInputStream(new byte[200]), 10);
        Throwable thrown = catchThrowable(() -> guarded.read(new byte[200], 0, 200));
        assertThat(thrown).isInstanceOf(MarkupRunGuard.RunTooLongException.class)
                .hasMessageContaining("longer than the limit of 10 chars");
        assertThat(((MarkupRunGuard.RunTooLongException) thrown).maxChars()).isEqualTo(10);
    }

    private static String repeat(char c, int n) {
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
