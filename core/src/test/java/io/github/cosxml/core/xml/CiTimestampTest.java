package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CiTimestampTest {

    private static final OffsetDateTime EXPECTED = OffsetDateTime.of(2022, 6, 27, 15, 23, 12, 0, ZoneOffset.ofHours(8));

    @Test
    void acceptsTheThreeShapesCiWrites() {
        assertThat(CiTimestamp.parse("2022-06-27T15:23:12+0800")).isEqualTo(EXPECTED);
        assertThat(CiTimestamp.parse("2022-06-27T15:23:12+08:00")).isEqualTo(EXPECTED);
        assertThat(CiTimestamp.parse("2022-06-27T07:23:12Z").toInstant()).isEqualTo(EXPECTED.toInstant());
        assertThat(CiTimestamp.parse("-")).isNull();
        assertThat(CiTimestamp.parse(" - ")).isNull();
        assertThat(CiTimestamp.parse("")).isNull();
        assertThat(CiTimestamp.parse(null)).isNull();
    }

    @Test
    void acceptsFractionsAndNegativeOffsets() {
        assertThat(CiTimestamp.parse("2022-06-27T15:23:12.5-0330"))
                .isEqualTo(OffsetDateTime.of(2022, 6, 27, 15, 23, 12, 500_000_000, ZoneOffset.ofHoursMinutes(-3, -30)));
    }

    @Test
    void rejectsOtherTextNamingTheAcceptedShapes() {
        assertThatThrownBy(() -> CiTimestamp.parse("2022-06-27 15:23:12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("+0800").hasMessageContaining("+08:00").hasMessageContaining(" or -");
        assertThatThrownBy(() -> CiTimestamp.parse("2022-06-27T15:23:12")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsLikeCi() {
        assertThat(CiTimestamp.print(EXPECTED)).isEqualTo("2022-06-27T15:23:12+0800");
        assertThat(CiTimestamp.print(EXPECTED.withOffsetSameInstant(ZoneOffset.UTC))).isEqualTo("2022-06-27T07:23:12+0000");
        assertThat(CiTimestamp.print(EXPECTED.withMinute(0).withSecond(0))).isEqualTo("2022-06-27T15:00:00+0800");
        assertThat(CiTimestamp.print(null)).isEqualTo("-");
    }

    /** The CI offset has hours and minutes: an offset with seconds would be written as another instant. */
    @Test
    void refusesAnOffsetWithSecondsInsteadOfMovingTheTime() {
        OffsetDateTime withSeconds = EXPECTED.withOffsetSameLocal(ZoneOffset.ofHoursMinutesSeconds(8, 0, 30));
        assertThatThrownBy(() -> CiTimestamp.print(withSeconds))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("+08:00:30 has seconds").hasMessageContaining("withOffsetSameInstant");
        String sameInstant = CiTimestamp.print(withSeconds.withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(CiTimestamp.parse(sameInstant).toInstant()).isEqualTo(withSeconds.toInstant());
    }

    @Property(tries = 300)
    void printThenParseIsIdentity(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours) {
        OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nanos),
                ZoneOffset.ofTotalSeconds(quarterHours * 900));
        assertThat(CiTimestamp.parse(CiTimestamp.print(time))).isEqualTo(time);
    }
}
