package io.github.cosxml.core.xml;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Hand parser and printer of the common shapes of {@link CiTimestamp}:
 * {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}]} followed by {@code Z}, {@code ±HHMM} or {@code ±HH:MM},
 * with a four-digit year, fields in their ordinary ranges and an offset below 18 hours. Both
 * return null for anything else, and {@link CiTimestamp} then asks its formatters, so this class
 * only makes the common case fast and never decides what is valid.
 */
final class CiTimestampText {

    private static final int LOCAL_LENGTH = 19; // uuuu-MM-ddTHH:mm:ss
    private static final int QUARTER_HOURS_PER_SIDE = 18 * 4;
    private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[2 * QUARTER_HOURS_PER_SIDE + 1];

    private CiTimestampText() {
    }

    /** The time, or null when the text is not one of the common shapes (it may still be valid). */
    static OffsetDateTime parse(String text) {
        int length = text.length();
        if (length < LOCAL_LENGTH + 1 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int at = LOCAL_LENGTH;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
                nanos = nanos * 10 + (text.charAt(at) - '0');
                at++;
            }
            int count = at - start;
            if (count == 0) {
                return null;
            }
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
    }

    /** {@code Z}, {@code ±HHMM} or {@code ±HH:MM} up to the end of the text, below 18 hours and not {@code -00}. */
    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 5 || rest == 6 ? text.charAt(at) : 0;
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutesAt = at + 3;
        if (rest == 6) {
            if (text.charAt(minutesAt) != ':') {
                return null;
            }
            minutesAt++;
        }
        int minutes = digits(text, minutesAt, 2);
        if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (sign == '-') {
            if (seconds == 0) {
                return null; // "-00:00": left to the formatter
            }
            seconds = -seconds;
        }
        return offset(seconds);
    }

    /** {@link ZoneOffset#ofTotalSeconds}, without its map lookup for whole quarter hours. */
    private static ZoneOffset offset(int seconds) {
        if (seconds % 900 != 0) {
            return ZoneOffset.ofTotalSeconds(seconds);
        }
        int index = seconds / 900 + QUARTER_HOURS_PER_SIDE;
        ZoneOffset offset = QUARTER_HOURS[index];
        if (offset == null) {
            // a race only computes an equal, immutable offset twice
            offset = ZoneOffset.ofTotalSeconds(seconds);
            QUARTER_HOURS[index] = offset;
        }
        return offset;
    }

    /** The text, or null when the value needs the formatter (a year outside 0-9999, an offset with seconds). */
    static String print(OffsetDateTime value) {
        int year = value.getYear();
        int offsetSeconds = value.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
            return null;
        }
        char[] text = new char[35]; // 19 + '.' + 9 + 5 + 1 spare
        put(text, 0, year, 4);
        text[4] = '-';
        put(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, value.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, value.getHour(), 2);
        text[13] = ':';
        put(text, 14, value.getMinute(), 2);
        text[16] = ':';
        put(text, 17, value.getSecond(), 2);
        int at = LOCAL_LENGTH;
        int nanos = value.getNano();
        if (nanos != 0) {
            int width = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                width--;
            }
            text[at++] = '.';
            put(text, at, nanos, width);
            at += width;
        }
        text[at++] = offsetSeconds < 0 ? '-' : '+';
        int offsetMinutes = Math.abs(offsetSeconds) / 60;
        put(text, at, offsetMinutes / 60, 2);
        put(text, at + 2, offsetMinutes % 60, 2);
        return new String(text, 0, at + 4);
    }

    private static void put(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The non-negative number written with exactly {@code count} ASCII digits at {@code at}, or -1. */
    private static int digits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysIn(int month, int year) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
