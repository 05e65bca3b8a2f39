package io.github.cosxml.core.xml;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The Cloud Infinite timestamp, for a {@code jaxb:javaType} binding: CI writes times as
 * {@code 2022-06-27T15:23:12+0800} (offset without colon), sometimes {@code +08:00}, and
 * {@code -} for a time that has not happened yet.
 */
public final class CiTimestamp {

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
        if (trimmed.isEmpty() || "-".equals(trimmed)) {
            return null;
        }
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
     * @param value the time, or null
     * @return the text, or null for null
     */
    public static String print(OffsetDateTime value) {
        return value == null ? null : PRINTER.format(value);
    }
}
