package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The hand parser and printer behind {@link CiTimestamp} agree with its formatters on every text and value. */
class CiTimestampTextTest {

    @Test
    void takesTheShapesCiWrites() {
        OffsetDateTime expected = OffsetDateTime.of(2022, 6, 27, 15, 23, 12, 0, ZoneOffset.ofHours(8));
        assertThat(CiTimestampText.parse("2022-06-27T15:23:12+0800")).isEqualTo(expected);
        assertThat(CiTimestampText.parse("2022-06-27T15:23:12+08:00")).isEqualTo(expected);
        assertThat(CiTimestampText.parse("2022-06-27T07:23:12Z")).isEqualTo(expected.withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(CiTimestampText.parse("2022-06-27T15:23:12.000000001-0330"))
                .isEqualTo(OffsetDateTime.of(2022, 6, 27, 15, 23, 12, 1, ZoneOffset.ofHoursMinutes(-3, -30)));
        assertThat(CiTimestampText.print(expected)).isEqualTo("2022-06-27T15:23:12+0800");
    }

    @Test
    void leavesUnusualTextToTheFormatter() {
        for (String text : new String[] {"2022-06-27T15:23+0800", "2022-06-27T15:23:12.+0800", "+12022-06-27T15:23:12Z",
            "2022-06-27T15:23:12-00:00", "2022-06-27T15:23:12+18:00", "2022-02-29T15:23:12Z", "2022-06-27T24:00:00Z",
            "2022-06-27T15:23:60Z", "2022-06-27T15:23:12ZZ", "2022-06-27T15:23:12+08:00+0800", "2022-06-27t15:23:12Z",
            "2022-06-27T15:23:12.1234567890Z", "2022-06-27T15:23:12+08", "2022-06-27T15:23:12"}) {
            assertThat(CiTimestampText.parse(text)).as(text).isNull();
        }
        assertThat(CiTimestampText.print(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isNull();
        assertThat(CiTimestampText.print(OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(30)))).isNull();
    }

    @Test
    void theFormatterStillDecidesTheUnusualText() {
        assertThat(CiTimestamp.parse("2022-06-27T15:23+0800"))
                .isEqualTo(OffsetDateTime.of(2022, 6, 27, 15, 23, 0, 0, ZoneOffset.ofHours(8)));
        assertThatThrownBy(() -> CiTimestamp.parse("2022-02-29T15:23:12Z")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CiTimestamp.print(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("+10000-01-01T00:00:00+0000");
    }

    @Property(tries = 2000)
    void parsesExactlyAsTheFormatter(@ForAll("timestampLike") String text) {
        Object fast = outcome(() -> CiTimestamp.parse(text));
        Object reference = outcome(() -> CiTimestamp.parseWithFormatter(text.trim()));
        assertThat(fast).isEqualTo(reference);
    }

    @Property(tries = 1000)
    void printsExactlyAsTheFormatter(@ForAll @IntRange(min = -1, max = 10_000) int year,
            @ForAll @IntRange(min = 0, max = 365 * 24 * 3600) int secondOfYear,
            @ForAll("nanos") int nanos, @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offsetSeconds,
            @ForAll boolean wholeMinutes) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(wholeMinutes ? offsetSeconds / 60 * 60 : offsetSeconds);
        OffsetDateTime value = OffsetDateTime.of(LocalDateTime.of(year, 1, 1, 0, 0).plusSeconds(secondOfYear).withNano(nanos),
                offset);
        if (wholeMinutes || offsetSeconds % 60 == 0) {
            assertThat(CiTimestamp.print(value)).isEqualTo(CiTimestamp.printWithFormatter(value));
        } else {
            assertThatThrownBy(() -> CiTimestamp.print(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<Integer> nanos() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000), Arbitraries.integers().between(1, 9)
                        .map(n -> n * 100_000_000));
    }

    /** Mostly well-formed timestamps, then a character changed, dropped or added here and there. */
    @Provide
    Arbitrary<String> timestampLike() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
                Arbitraries.of("+12022", "-0001", "202", "20222"));
        Arbitrary<String> twoDigits = Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("."),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map(d -> "." + d));
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.of("Z", "", "z", "+08", "+0800+0800", "ZZ", "+08:00Z"),
                Combinators.combine(Arbitraries.of("+", "-"), twoDigits, Arbitraries.of("", ":"), twoDigits)
                        .as((s, h, colon, m) -> s + h + colon + m));
        Arbitrary<String> wellFormed = Combinators.combine(year, Arbitraries.integers().between(0, 13).map(n -> String.format("%02d", n)),
                Arbitraries.integers().between(0, 32).map(n -> String.format("%02d", n)), twoDigits, twoDigits,
                Arbitraries.oneOf(twoDigits.map(s -> ":" + s), Arbitraries.just("")), fraction, offset)
                .as((y, mo, d, h, mi, s, f, o) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + s + f + o);
        Arbitrary<String> spaced = wellFormed.map(s -> " " + s + "\t");
        Arbitrary<String> mutated = Combinators.combine(wellFormed, Arbitraries.integers().between(0, 30),
                Arbitraries.of('0', '9', ':', '-', '+', 'T', 'Z', '.', ' ', 'x', '\u0660'), Arbitraries.of(0, 1, 2))
                .as((s, at, c, how) -> {
                    int i = Math.min(at, s.length());
                    if (how == 0 && i < s.length()) {
                        return s.substring(0, i) + c + s.substring(i + 1);
                    }
                    return how == 1 && i < s.length() ? s.substring(0, i) + s.substring(i + 1) : s.substring(0, i) + c + s.substring(i);
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, wellFormed), net.jqwik.api.Tuple.of(1, spaced), net.jqwik.api.Tuple.of(4, mutated));
    }

    private static Object outcome(java.util.function.Supplier<OffsetDateTime> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            return "rejected: " + e.getMessage();
        }
    }
}
