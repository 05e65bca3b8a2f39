package io.github.cosxml.core.xml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;

/**
 * An {@code xs:dateTime}, {@code xs:date} or {@code xs:time} value as XML Schema 1.0 orders it (Part
 * 2, 3.2.7.4): a point on the time line, with a time zone or without one. The order is partial: a
 * value with a time zone and one without are ordered only when they are more than 14 hours apart
 * (the one without could be at any offset from -14:00 to +14:00), and are never equal. A date is
 * the first instant of its day; a time is placed on one fixed day, its offset applied, as the JDK's
 * validator orders times ({@code 01:00:00+02:00} is before {@code 22:00:00Z}).
 */
final class CalendarPoint {
    /** Where two values stand in XML Schema 1.0's partial order. */
    enum Order {
        /** Before. */
        LESS,
        /** The same value. */
        EQUAL,
        /** After. */
        GREATER,
        /** Neither: one has a time zone and the other not, and they are at most 14 hours apart. */
        INDETERMINATE
    }

    /** The day a time is placed on: XML Schema 1.1's reference date; any day orders times alike. */
    private static final LocalDate TIME_DAY = LocalDate.of(1972, 12, 31);
    private static final long FOURTEEN_HOURS = 14 * 3600;

    /** Seconds since 1970-01-01T00:00:00 in UTC, or in the value's own local time if it has no time zone. */
    private final long seconds;
    private final int nanos;
    private final boolean zoned;

    private CalendarPoint(LocalDateTime local, ZoneOffset offset) {
        seconds = local.toEpochSecond(offset == null ? ZoneOffset.UTC : offset);
        nanos = local.getNano();
        zoned = offset != null;
    }

    /**
     * A value at a local date and time.
     *
     * @param local the date and time as written
     * @param offset its time zone, or null if it has none
     * @return the point
     */
    static CalendarPoint of(LocalDateTime local, ZoneOffset offset) {
        return new CalendarPoint(local, offset);
    }

    /**
     * An {@code xs:time} value, placed on the day all times are ordered on.
     *
     * @param time the time as written
     * @param offset its time zone, or null if it has none
     * @return the point
     */
    static CalendarPoint ofTime(LocalTime time, ZoneOffset offset) {
        return new CalendarPoint(LocalDateTime.of(TIME_DAY, time), offset);
    }

    /**
     * The point of a value that generated code holds, as {@code toXml()} writes it: an
     * {@link OffsetDateTime} or {@link OffsetTime} with its offset, a {@link LocalDate} without a
     * time zone.
     *
     * @param value the value
     * @return the point, or null if the value is no date or time
     */
    static CalendarPoint of(Object value) {
        if (value instanceof OffsetDateTime) {
            OffsetDateTime dateTime = (OffsetDateTime) value;
            return of(dateTime.toLocalDateTime(), dateTime.getOffset());
        }
        if (value instanceof LocalDate) {
            return of(((LocalDate) value).atStartOfDay(), null);
        }
        if (value instanceof OffsetTime) {
            OffsetTime time = (OffsetTime) value;
            return ofTime(time.toLocalTime(), time.getOffset());
        }
        return null;
    }

    /**
     * Where this value stands against another in XML Schema 1.0's order (Part 2, 3.2.7.4): both with
     * a time zone, or both without, compare as points; otherwise the one without is taken at +14:00
     * and at -14:00, and the values are ordered only if both agree.
     *
     * @param other the other value
     * @return the order of this value to the other
     */
    Order order(CalendarPoint other) {
        if (zoned == other.zoned) {
            return of(compare(seconds, nanos, other.seconds, other.nanos));
        }
        // the value without a time zone, earliest (at +14:00) and latest (at -14:00) in UTC
        CalendarPoint unzoned = zoned ? other : this;
        CalendarPoint fixed = zoned ? this : other;
        int toEarliest = compare(fixed.seconds, fixed.nanos, unzoned.seconds - FOURTEEN_HOURS, unzoned.nanos);
        int toLatest = compare(fixed.seconds, fixed.nanos, unzoned.seconds + FOURTEEN_HOURS, unzoned.nanos);
        Order ofZoned = toEarliest < 0 ? Order.LESS : toLatest > 0 ? Order.GREATER : Order.INDETERMINATE;
        return zoned ? ofZoned : reverse(ofZoned);
    }

    private static int compare(long seconds, int nanos, long otherSeconds, int otherNanos) {
        int bySeconds = Long.compare(seconds, otherSeconds);
        return bySeconds != 0 ? bySeconds : Integer.compare(nanos, otherNanos);
    }

    private static Order of(int comparison) {
        return comparison < 0 ? Order.LESS : comparison > 0 ? Order.GREATER : Order.EQUAL;
    }

    private static Order reverse(Order order) {
        return order == Order.LESS ? Order.GREATER : order == Order.GREATER ? Order.LESS : order;
    }
}
