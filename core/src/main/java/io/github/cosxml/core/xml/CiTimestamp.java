package io.github.cosxml.core.xml;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The Cloud Infinite timestamp, for a {@code jaxb:javaType} binding: CI writes times as
 * {@code 2022-06-27T15:23:12+0800} (offset without colon), sometimes {@code +08:00}, and
 * {@code -} for a time that has not happened yet.
 *
 * <p>The shapes CI writes are parsed and printed by hand ({@code CiTimestampText}), because a
 * {@link DateTimeFormatter} costs about a microsecond per value and a list response holds
 * thousands; anything else goes through the formatters below, which therefore still decide what
 * is accepted and how unusual values (years beyond 9999) print. An offset with seconds is refused.
 */
public final class CiTimestamp {

    /** How CI writes a time that is not set yet (a job's {@code StartTime} before it runs). */
    public static final String NOT_SET = "-";

    private static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter PRINTER = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffset("+HHMM", "+0000")
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private CiTimestamp() {
    }

    /**
     * Parses a CI timestamp.
     *
     * @param text like {@code 2022-06-27T15:23:12+0800}, {@code 2022-08-03T18:45:50+08:00},
     *     {@code ...Z}, or {@code -}
     * @return the time, or null for {@code -}, an empty string or null
     * @throws IllegalArgumentException if the text is none of these
     */
    public static OffsetDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || NOT_SET.equals(trimmed)) {
            return null;
        }
        OffsetDateTime quick = CiTimestampText.parse(trimmed);
        return quick != null ? quick : parseWithFormatter(trimmed);
    }

    /** The reference parser: every text the hand parser does not take is decided here. */
    static OffsetDateTime parseWithFormatter(String trimmed) {
        try {
            return OffsetDateTime.parse(trimmed, PARSER);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a CI timestamp; expected like"
                    + " 2022-06-27T15:23:12+0800, 2022-06-27T15:23:12+08:00, 2022-06-27T07:23:12Z or -", e);
        }
    }

    /**
     * Prints a time the way CI writes it, e.g. {@code 2022-06-27T15:23:12+0800}.
     *
     * @param value the time, or null for "not yet" (a job's {@code StartTime} before it ran)
     * @return the text, or {@code -} for null, as CI writes a time that is not set
     * @throws IllegalArgumentException if the offset has seconds ({@code +08:00:30}; java.time takes them), which
     *     CI's offset ({@code +0800}) has no place for: dropping them would write another instant
     */
    public static String print(OffsetDateTime value) {
        if (value == null) {
            return NOT_SET;
        }
        ZoneOffset offset = value.getOffset();
        if (offset.getTotalSeconds() % 60 != 0) {
            throw new IllegalArgumentException("cannot write " + value + " as a CI timestamp: its offset " + offset
                    + " has seconds, which CI's offset (+0800) has no place for, and dropping them would move the"
                    + " time; write the same instant at a whole-minute offset, for example with"
                    + " withOffsetSameInstant(ZoneOffset.UTC)");
        }
        String quick = CiTimestampText.print(value);
        return quick != null ? quick : printWithFormatter(value);
    }

    /** The reference printer, for the values the hand printer leaves to it (whole-minute offsets only). */
    static String printWithFormatter(OffsetDateTime value) {
        return PRINTER.format(value);
    }
}
