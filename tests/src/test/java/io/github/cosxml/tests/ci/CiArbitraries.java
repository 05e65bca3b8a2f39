package io.github.cosxml.tests.ci;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary values within the facets of {@code ci-simple-types.xsd}, shared by the generated
 * classes' property tests.
 */
final class CiArbitraries {
    /** Characters for xs:string values: letters, digits, XML specials, spaces, tabs, non-ASCII. */
    private static final String TEXT_CHARS = "abcXYZ019 \t<>&\"'/=;:.,-_%+?#\u00e9\u00df\u2019\u6b63\u9762\u4e2d";

    private CiArbitraries() {
    }

    /** Any xs:string content the XML can carry back unchanged (no CR: XML parsers normalise line ends). */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withChars(TEXT_CHARS.toCharArray()).withChars('\n').ofMaxLength(40);
    }

    /** A non-empty identifier-like string (job ids, queue ids, object keys). */
    static Arbitrary<String> id() {
        return Arbitraries.strings().withChars("abcdef0123456789/-_.".toCharArray()).ofMinLength(1).ofMaxLength(34);
    }

    /** {@code UserData}: printable ASCII, at most 1024 characters. */
    static Arbitrary<String> userData() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(1024);
    }

    /** {@code Score}: 0 to 100. */
    static Arbitrary<Integer> score() {
        return Arbitraries.integers().between(0, 100);
    }

    /** {@code RecognitionStatus}: 0 or 1. */
    static Arbitrary<Integer> status() {
        return Arbitraries.integers().between(0, 1);
    }

    /** {@code JobLevel}: 0 to 2. */
    static Arbitrary<Integer> jobLevel() {
        return Arbitraries.integers().between(0, 2);
    }

    /** {@code Point}: {@code x,y} with optional minus signs. */
    static Arbitrary<String> point() {
        Arbitrary<Integer> coordinate = Arbitraries.integers().between(-5000, 100_000);
        return Combinators.combine(coordinate, coordinate).as((x, y) -> x + "," + y);
    }

    /** A {@code Location}'s points: one or more. */
    static Arbitrary<List<String>> points() {
        return point().list().ofMinSize(1).ofMaxSize(6);
    }

    /**
     * A {@code CiTimestamp} value: four-digit years, whole-minute offsets (the printed form
     * {@code +HHMM} has no seconds), with or without a fraction of a second.
     */
    static Arbitrary<OffsetDateTime> time() {
        Arbitrary<LocalDateTime> local = Arbitraries.longs()
                .between(LocalDateTime.of(1970, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                        LocalDateTime.of(2099, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
                .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        Arbitrary<ZoneOffset> offset = Arbitraries.integers().between(-18 * 60, 18 * 60)
                .map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
        return Combinators.combine(local, nanos, offset).as((l, n, o) -> OffsetDateTime.of(l.withNano(n), o));
    }
}
