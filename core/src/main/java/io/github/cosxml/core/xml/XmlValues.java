package io.github.cosxml.core.xml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Parses and prints the XML Schema built-in types in their canonical lexical forms, and compares
 * their values as XML Schema does where Java's {@code equals} differs ({@link #decimalEquals}). Parsers
 * collapse surrounding whitespace (except for strings) and throw {@link IllegalArgumentException}
 * naming the expected type; printers return null for null. Texts are read as XML Schema 1.0 has
 * them where java.time's parsers differ: {@code 24:00:00} is the first instant of the next day,
 * fractions of a second have any number of digits (kept to the nanosecond), and years have four
 * digits or more, none of them {@code 0000} (see {@link #parseDate(String)}).
 */
public final class XmlValues {

    // Printing leaves out a zero fraction.
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME_PRINTER = new DateTimeFormatterBuilder()
            .append(TIME).appendOffset("+HH:MM", "Z").toFormatter().withResolverStyle(ResolverStyle.STRICT);
    // XML Schema 1.0 (3.2.7.3): a time zone is at most 14 hours from UTC; java.time takes up to 18
    private static final int MAX_OFFSET_SECONDS = 14 * 3600;
    private static final String DATE_TIME_EXPECTED = "xs:dateTime (like 2024-01-31T12:00:00Z)";
    private static final String DATE_EXPECTED = "xs:date (like 2024-01-31)";
    private static final String TIME_EXPECTED = "xs:time (like 12:00:00Z)";

    private XmlValues() {
    }

    /**
     * {@code xs:string}: the text as is.
     *
     * @param text the text
     * @return the same text
     */
    public static String parseString(String text) {
        return text;
    }

    /**
     * {@code xs:normalizedString} and string types with {@code whiteSpace="replace"}: each tab,
     * line feed and carriage return becomes a space.
     *
     * @param text the text
     * @return the normalized text
     */
    public static String parseNormalizedString(String text) {
        return WhiteSpace.REPLACE.apply(text);
    }

    /**
     * {@code xs:token}, the types derived from it, and string types with
     * {@code whiteSpace="collapse"}: whitespace runs become one space, leading and trailing
     * whitespace goes.
     *
     * @param text the text
     * @return the collapsed text
     */
    public static String parseToken(String text) {
        return WhiteSpace.COLLAPSE.apply(text);
    }

    /**
     * {@code xs:int}.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:int
     */
    public static Integer parseInt(String text) {
        try {
            return Integer.valueOf(integerText(text.trim()));
        } catch (NumberFormatException e) {
            throw invalid("xs:int");
        }
    }

    /**
     * {@code xs:long}.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:long
     */
    public static Long parseLong(String text) {
        try {
            return Long.valueOf(integerText(text.trim()));
        } catch (NumberFormatException e) {
            throw invalid("xs:long");
        }
    }

    /**
     * {@code xs:short}.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:short
     */
    public static Short parseShort(String text) {
        try {
            return Short.valueOf(integerText(text.trim()));
        } catch (NumberFormatException e) {
            throw invalid("xs:short");
        }
    }

    /**
     * {@code xs:byte}.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:byte
     */
    public static Byte parseByte(String text) {
        try {
            return Byte.valueOf(integerText(text.trim()));
        } catch (NumberFormatException e) {
            throw invalid("xs:byte");
        }
    }

    /**
     * {@code xs:integer}.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:integer
     */
    public static BigInteger parseInteger(String text) {
        try {
            return new BigInteger(integerText(text.trim()));
        } catch (NumberFormatException e) {
            throw invalid("xs:integer");
        }
    }

    /**
     * Whether two texts are the same {@code xs:float} value, as XML Schema compares them: as the
     * nearest single-precision numbers, so {@code 1000}, {@code 1E3} and {@code +1000.0} are one
     * value, and {@code NaN} is {@code NaN}. Used by generated enums of {@code xs:float} types to
     * find the constant of a value written another way.
     *
     * @param a a text, may be null
     * @param b another text, may be null
     * @return true if both are {@code xs:float} texts of the same value
     */
    public static boolean sameFloat(String a, String b) {
        return sameFloatingPoint(a, b, true);
    }

    /**
     * Like {@link #sameFloat}, for {@code xs:double}: as the nearest double-precision numbers.
     * Used by generated enums of {@code xs:double} types.
     *
     * @param a a text, may be null
     * @param b another text, may be null
     * @return true if both are {@code xs:double} texts of the same value
     */
    public static boolean sameDouble(String a, String b) {
        return sameFloatingPoint(a, b, false);
    }

    private static boolean sameFloatingPoint(String a, String b, boolean single) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.trim();
        String y = b.trim();
        return TextKind.FLOAT.isValid(x) && TextKind.FLOAT.isValid(y)
                && FloatingPoint.same(FloatingPoint.valueOf(x, single), FloatingPoint.valueOf(y, single));
    }

    /** Two numbers of one lexical kind, by value; the texts are known to be of that kind. */
    private static boolean sameDecimalValue(String a, String b) {
        return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
    }

    /**
     * Whether two texts are the same integer, as XML Schema compares the values of an integer
     * type: both texts must be integers (digits with an optional sign), so {@code 02} and
     * {@code +2} are {@code 2} but {@code 2.0} is not an {@code xs:int} at all. Used by generated
     * enums of integer types.
     *
     * @param a a text, may be null
     * @param b another text, may be null
     * @return true if both are integers of the same value
     */
    public static boolean sameInteger(String a, String b) {
        return a != null && b != null && TextKind.INTEGER.isValid(a.trim()) && TextKind.INTEGER.isValid(b.trim())
                && sameDecimalValue(a, b);
    }

    /**
     * Like {@link #sameInteger}, for {@code xs:decimal} and its restrictions: both texts must be
     * decimals without exponent, so {@code 2.50} is {@code 2.5} but {@code 25E-1} is not an
     * {@code xs:decimal}. Used by generated enums of decimal types.
     *
     * @param a a text, may be null
     * @param b another text, may be null
     * @return true if both are decimals of the same value
     */
    public static boolean sameDecimal(String a, String b) {
        return a != null && b != null && TextKind.DECIMAL.isValid(a.trim()) && TextKind.DECIMAL.isValid(b.trim())
                && sameDecimalValue(a, b);
    }

    /**
     * Whether two {@code xs:decimal} values are equal as XML Schema compares them: by value, whatever
     * their scale. {@link BigDecimal#equals} tells {@code 1.0} from {@code 1.00}, and {@code 1E+3}
     * (scale -3) from the {@code 1000} that {@link #print(BigDecimal)} writes for it and reading gives
     * back; XML Schema's value space has no scale, so each pair is one value here. Generated
     * {@code equals} methods compare their decimal properties with this method.
     *
     * @param a a value, may be null
     * @param b another value, may be null
     * @return true if both are null, or both are numerically equal ({@code compareTo} is 0)
     */
    public static boolean decimalEquals(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.compareTo(b) == 0;
    }

    /**
     * A hash code of an {@code xs:decimal} value consistent with {@link #decimalEquals}: values equal
     * by value have the same hash code, whatever their scale. Generated {@code hashCode} methods hash
     * their decimal properties with this method.
     *
     * @param value the value, may be null
     * @return 0 for null, else the hash code of the nearest {@code double}, which equal values share
     */
    public static int decimalHashCode(BigDecimal value) {
        // Not stripTrailingZeros(), which strips one digit at a time: quadratic in the length of a value that
        // reading accepts up to maxTextLength. doubleValue() is exact for the common short values, and
        // otherwise linear in their text; values that differ only far down share a hash code, as a hash may.
        return value == null ? 0 : Double.hashCode(value.doubleValue());
    }

    /**
     * Whether two lists of {@code xs:decimal} values (a repeated element, an {@code xs:list}) are equal
     * item by item as {@link #decimalEquals} compares items; a null item (a nil element) equals only a
     * null item. A null list (an absent {@code xs:list}) equals only a null list, not an empty one
     * (present with no items). Generated {@code equals} methods compare their lists of decimals with
     * this method.
     *
     * @param a a list, may be null, may hold null items
     * @param b another list, may be null, may hold null items
     * @return true if both are null, or both have the same size and equal items in the same order
     */
    public static boolean decimalListEquals(List<BigDecimal> a, List<BigDecimal> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<BigDecimal> others = b.iterator();
        for (BigDecimal item : a) {
            if (!decimalEquals(item, others.next())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash code of a list of {@code xs:decimal} values consistent with {@link #decimalListEquals}:
     * computed as {@link List#hashCode()} is, of the items' {@link #decimalHashCode}s. Generated
     * {@code hashCode} methods hash their lists of decimals with this method.
     *
     * @param values the list, may be null, may hold null items
     * @return 0 for null, else the combined hash code of the items (1 for an empty list)
     */
    public static int decimalListHashCode(List<BigDecimal> values) {
        if (values == null) {
            return 0;
        }
        int hash = 1;
        for (BigDecimal item : values) {
            hash = 31 * hash + decimalHashCode(item);
        }
        return hash;
    }

    /**
     * {@code xs:decimal} (no exponent, as the schema type requires).
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:decimal
     */
    public static BigDecimal parseDecimal(String text) {
        String trimmed = text.trim();
        if (!isNumeral(trimmed, true)) {
            throw invalid("xs:decimal");
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw invalid("xs:decimal");
        }
    }

    /**
     * {@code xs:boolean}: {@code true}, {@code false}, {@code 1} or {@code 0}.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:boolean
     */
    public static Boolean parseBoolean(String text) {
        String trimmed = text.trim();
        if ("true".equals(trimmed) || "1".equals(trimmed)) {
            return Boolean.TRUE;
        }
        if ("false".equals(trimmed) || "0".equals(trimmed)) {
            return Boolean.FALSE;
        }
        throw invalid("xs:boolean (true, false, 1 or 0)");
    }

    /**
     * {@code xs:double}, including {@code INF}, {@code -INF} and {@code NaN}. {@code +INF} (XML
     * Schema 1.1) is not, as XML Schema 1.0 has no such value; nor are Java-only forms
     * ({@code Infinity}, hex, {@code 1d}).
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:double
     */
    public static Double parseDouble(String text) {
        return parseFloatingPoint(text, false, "xs:double");
    }

    /**
     * {@code xs:float}, including {@code INF}, {@code -INF} and {@code NaN} (not {@code +INF}, as
     * for {@link #parseDouble(String)}). The value is the float nearest to the text.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:float
     */
    public static Float parseFloat(String text) {
        return (float) parseFloatingPoint(text, true, "xs:float");
    }

    // A float comes from the text itself: rounding to a double first and then to a float can land on the other
    // neighbour.
    private static double parseFloatingPoint(String text, boolean single, String type) {
        String trimmed = text.trim();
        if (!TextKind.DOUBLE.isValid(trimmed)) {
            throw invalid(type);
        }
        return FloatingPoint.valueOf(trimmed, single);
    }

    /**
     * {@code xs:dateTime}; a value without offset is taken as UTC. The year is read as written
     * (see {@link #parseDate(String)}). {@code 24:00:00} (with no fraction or a zero one) is the
     * first instant of the next day, as XML Schema 1.0 (3.2.7) has it: {@code 2020-12-31T24:00:00Z}
     * is read as {@code 2021-01-01T00:00:00Z}. A fraction of a second may have any number of digits,
     * as XML Schema allows; it is read to the nanosecond, which java.time holds, and the digits after
     * the ninth are cut off ({@code 12:00:00.1234567899} is read as {@code 12:00:00.123456789}).
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:dateTime, or its year is beyond java.time's
     */
    public static OffsetDateTime parseDateTime(String text) {
        CalendarReader reader = new CalendarReader(text.trim(), DATE_TIME_EXPECTED);
        LocalDate date = reader.date();
        reader.expect('T');
        LocalTime time = reader.time();
        ZoneOffset offset = reader.zone();
        reader.end();
        if (reader.endOfDay) {
            date = reader.nextDay(date);
        }
        return OffsetDateTime.of(LocalDateTime.of(date, time), offset);
    }

    /**
     * {@code xs:date}; a time zone, if present, is ignored. The year is java.time's proleptic year
     * as written: XML Schema 1.0 has no year {@code 0000}, {@code -0001} is the year before
     * {@code 0001} and reads as year -1, so that leap years are the ones XML Schema 1.0 counts
     * ({@code -0004}, not {@code -0001}). A year of more than four digits has no leading zero and no
     * {@code +} ({@code 10000}); years beyond java.time's -999999999 to 999999999 are rejected.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:date, or its year is beyond java.time's
     */
    public static LocalDate parseDate(String text) {
        CalendarReader reader = new CalendarReader(text.trim(), DATE_EXPECTED);
        LocalDate date = reader.date();
        reader.zone(); // checked, then dropped
        reader.end();
        return date;
    }

    /**
     * {@code xs:time}; a value without offset is taken as UTC. {@code 24:00:00} (with no fraction
     * or a zero one) is the first instant of the next day, so {@code 00:00:00}; {@code 24:00:01}
     * and {@code 24:00:00.1} are no time. A fraction of more than nine digits is cut off after the
     * ninth, as for {@link #parseDateTime(String)}.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if not a valid xs:time
     */
    public static OffsetTime parseTime(String text) {
        CalendarReader reader = new CalendarReader(text.trim(), TIME_EXPECTED);
        LocalTime time = reader.time();
        ZoneOffset offset = reader.zone();
        reader.end();
        return OffsetTime.of(time, offset);
    }

    /**
     * Reads a text of a date or time kind as XML Schema 1.0 orders it: like {@link #parseDateTime},
     * {@link #parseDate} and {@link #parseTime}, but a missing time zone stays missing (a zoneless
     * value is ordered apart from UTC), and a date keeps its time zone. {@code 24:00:00} of an
     * {@code xs:dateTime} is the first instant of the next day; of an {@code xs:time}, it is
     * {@code 00:00:00}, as {@link #parseTime} reads it.
     *
     * @param kind {@link TextKind#DATE_TIME}, {@link TextKind#DATE} or {@link TextKind#TIME}
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if the text is not a value of the kind's type
     */
    static CalendarPoint readCalendar(TextKind kind, String text) {
        String trimmed = text.trim();
        if (kind == TextKind.DATE) {
            CalendarReader reader = new CalendarReader(trimmed, DATE_EXPECTED);
            LocalDate date = reader.date();
            ZoneOffset offset = reader.zoneOrNone();
            reader.end();
            return CalendarPoint.of(date.atStartOfDay(), offset);
        }
        if (kind == TextKind.TIME) {
            CalendarReader reader = new CalendarReader(trimmed, TIME_EXPECTED);
            LocalTime time = reader.time();
            ZoneOffset offset = reader.zoneOrNone();
            reader.end();
            return CalendarPoint.ofTime(time, offset);
        }
        if (kind != TextKind.DATE_TIME) {
            throw new IllegalArgumentException(kind + " is not a date or time kind");
        }
        CalendarReader reader = new CalendarReader(trimmed, DATE_TIME_EXPECTED);
        LocalDate date = reader.date();
        reader.expect('T');
        LocalTime time = reader.time();
        ZoneOffset offset = reader.zoneOrNone();
        reader.end();
        return CalendarPoint.of(LocalDateTime.of(reader.endOfDay ? reader.nextDay(date) : date, time), offset);
    }

    /**
     * Prints a string (identity; for uniform generated code).
     *
     * @param value the value or null
     * @return the same value
     */
    public static String print(String value) {
        return value;
    }

    /**
     * Prints an integral number.
     *
     * @param value the value or null
     * @return the decimal text or null
     */
    public static String print(Integer value) {
        return value == null ? null : value.toString();
    }

    /**
     * Prints a long.
     *
     * @param value the value or null
     * @return the decimal text or null
     */
    public static String print(Long value) {
        return value == null ? null : value.toString();
    }

    /**
     * Prints a short.
     *
     * @param value the value or null
     * @return the decimal text or null
     */
    public static String print(Short value) {
        return value == null ? null : value.toString();
    }

    /**
     * Prints a byte.
     *
     * @param value the value or null
     * @return the decimal text or null
     */
    public static String print(Byte value) {
        return value == null ? null : value.toString();
    }

    /**
     * Prints an {@code xs:integer}.
     *
     * @param value the value or null
     * @return the decimal text or null
     */
    public static String print(BigInteger value) {
        return value == null ? null : value.toString();
    }

    /**
     * Prints an {@code xs:decimal} without exponent.
     *
     * @param value the value or null
     * @return the plain text or null
     */
    public static String print(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /**
     * Prints an {@code xs:boolean}.
     *
     * @param value the value or null
     * @return {@code true}, {@code false} or null
     */
    public static String print(Boolean value) {
        return value == null ? null : value.toString();
    }

    /**
     * Prints an {@code xs:double} ({@code INF}, {@code -INF}, {@code NaN} for the special values).
     *
     * @param value the value or null
     * @return the text or null
     */
    public static String print(Double value) {
        if (value == null) {
            return null;
        }
        if (value.isInfinite()) {
            return value > 0 ? "INF" : "-INF";
        }
        return value.isNaN() ? "NaN" : value.toString();
    }

    /**
     * Prints an {@code xs:float} ({@code INF}, {@code -INF}, {@code NaN} for the special values).
     *
     * @param value the value or null
     * @return the text or null
     */
    public static String print(Float value) {
        if (value == null) {
            return null;
        }
        if (value.isInfinite()) {
            return value > 0 ? "INF" : "-INF";
        }
        return value.isNaN() ? "NaN" : value.toString();
    }

    /**
     * Prints an {@code xs:dateTime}, always with seconds and offset; the year as for
     * {@link #print(LocalDate)}.
     *
     * @param value the value or null
     * @return the text or null
     * @throws IllegalArgumentException if the year is 0, or the offset is more than 14 hours from UTC or has
     *     seconds (java.time takes both), which XML Schema 1.0 has no form for
     */
    public static String print(OffsetDateTime value) {
        if (value == null) {
            return null;
        }
        checkOffset(value.getOffset(), value);
        return dateText(value.toLocalDate(), value) + 'T' + TIME_PRINTER.format(value);
    }

    /**
     * Prints an {@code xs:date}: the year as written by {@link #parseDate(String)}, at least four
     * digits, with {@code -} before a year before {@code 0001} and no {@code +} ({@code 10000-01-01}).
     *
     * @param value the value or null
     * @return the text or null
     * @throws IllegalArgumentException if the year is 0, which XML Schema 1.0 has no form for
     */
    public static String print(LocalDate value) {
        return value == null ? null : dateText(value, value);
    }

    // yyyy-MM-dd with the year as XML Schema 1.0 writes it; the value is for the message
    private static String dateText(LocalDate date, Object value) {
        int year = date.getYear();
        if (year == 0) {
            throw new IllegalArgumentException("cannot write " + value + " as XML Schema 1.0: it has no year 0000"
                    + " (-0001 is java.time's year -1, and the year after it is 0001); use year 1 or -1");
        }
        StringBuilder text = new StringBuilder(year < 0 ? "-" : "");
        String digits = Integer.toString(Math.abs(year));
        for (int i = digits.length(); i < 4; i++) {
            text.append('0');
        }
        text.append(digits).append('-');
        twoDigits(text, date.getMonthValue()).append('-');
        return twoDigits(text, date.getDayOfMonth()).toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * Prints an {@code xs:time}, always with seconds and offset.
     *
     * @param value the value or null
     * @return the text or null
     * @throws IllegalArgumentException if the offset is more than 14 hours from UTC or has seconds (java.time
     *     takes both), which XML Schema 1.0 has no form for
     */
    public static String print(OffsetTime value) {
        if (value == null) {
            return null;
        }
        checkOffset(value.getOffset(), value);
        return TIME_PRINTER.format(value);
    }

    // XML Schema 1.0 (3.2.7.3) has time zones of whole minutes from -14:00 to +14:00; java.time's offsets go to
    // 18 hours and to the second. The same instant has a text at another offset.
    private static void checkOffset(ZoneOffset offset, Object value) {
        int seconds = offset.getTotalSeconds();
        String problem = Math.abs(seconds) > MAX_OFFSET_SECONDS ? "is more than 14:00 from UTC"
                : seconds % 60 != 0 ? "has seconds" : null;
        if (problem != null) {
            throw new IllegalArgumentException("cannot write " + value + " as XML Schema 1.0: its offset " + offset
                    + " " + problem + ", which no xs:dateTime or xs:time time zone has (they are whole minutes"
                    + " from -14:00 to +14:00); write the same instant at such an offset, for example with"
                    + " withOffsetSameInstant(ZoneOffset.UTC)");
        }
    }

    /**
     * Prints a value of any built-in type (by its runtime class), or {@code toString()} otherwise.
     *
     * @param value the value or null
     * @return the text or null
     */
    public static String printAny(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal) {
            return print((BigDecimal) value);
        }
        if (value instanceof Double) {
            return print((Double) value);
        }
        if (value instanceof Float) {
            return print((Float) value);
        }
        if (value instanceof OffsetDateTime) {
            return print((OffsetDateTime) value);
        }
        if (value instanceof LocalDate) {
            return print((LocalDate) value);
        }
        if (value instanceof OffsetTime) {
            return print((OffsetTime) value);
        }
        return value.toString();
    }

    /**
     * Prints an {@code xs:list}: the items separated by single spaces.
     *
     * @param <T> the item type
     * @param items the items
     * @param printer prints one item
     * @return the text, empty for an empty list
     */
    public static <T> String printList(List<T> items, Function<? super T, String> printer) {
        StringBuilder text = new StringBuilder();
        for (T item : items) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(printer.apply(item));
        }
        return text.toString();
    }

    /**
     * One item of an {@code xs:list} kept as text, as reading the list would give it: the list's
     * whitespace rule (collapse) takes away the whitespace around the item. Whitespace inside it
     * would separate two items, and an item with nothing left would not be written at all, so
     * neither can be an item. Generated builders add each text item of an {@code xs:list} through
     * this method.
     *
     * @param property the property name, for the message
     * @param text the item, not null
     * @return the item without the whitespace around it
     * @throws IllegalArgumentException if the item has whitespace inside, or is empty without the whitespace around it
     */
    public static String listItem(String property, String text) {
        String item = WhiteSpace.COLLAPSE.apply(text);
        if (item.isEmpty()) {
            throw new IllegalArgumentException(property + " item '" + text
                    + "' is empty once the whitespace around it goes; an xs:list has no empty items");
        }
        if (item.indexOf(' ') >= 0) {
            throw new IllegalArgumentException(property + " item '" + text
                    + "' contains whitespace, which separates the items of an xs:list; add each item on its own");
        }
        return item;
    }

    /**
     * The text a {@code jaxb:javaType} print method gives for an absent value, used for required
     * properties: some types have a text for "not set" ({@link CiTimestamp#print} writes {@code -}
     * for null), so the element is written and the document stays valid. A print method that
     * returns null or rejects null (throws) has no such text, and the value is absent.
     *
     * @param <T> the value type
     * @param printer the print method
     * @return the text for null, or null if the type has none
     */
    public static <T> String printAbsent(Function<? super T, String> printer) {
        try {
            return printer.apply(null);
        } catch (RuntimeException rejectsNull) {
            return null;
        }
    }

    // An optional sign and ASCII digits, as XSD writes an integer: Java's parsers take any Unicode digit (U+FF15, U+0661).
    private static String integerText(String text) {
        if (!isNumeral(text, false)) {
            throw new NumberFormatException(text);
        }
        return text;
    }

    // [+-]? then ASCII digits, with at most one '.' where a decimal is allowed, and at least one digit.
    private static boolean isNumeral(String text, boolean decimal) {
        int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && decimal && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /**
     * Reads the parts of an {@code xs:date}, {@code xs:dateTime} or {@code xs:time} text in order,
     * as XML Schema 1.0 (3.2.7) writes them, and throws {@link IllegalArgumentException} naming the
     * expected type at the first thing that is not.
     */
    private static final class CalendarReader {
        private final String text;
        private final String expected;
        private int at;
        /** Whether {@link #time()} read {@code 24:00:00}, which it returns as midnight. */
        boolean endOfDay;

        CalendarReader(String text, String expected) {
            this.text = text;
            this.expected = expected;
        }

        /** {@code -?yyyy-MM-dd}: four or more year digits, no leading zero beyond four, no year 0000. */
        LocalDate date() {
            boolean negative = take('-');
            int start = at;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
            int digits = at - start;
            if (digits < 4 || digits > 4 && text.charAt(start) == '0') {
                throw invalid();
            }
            String yearText = text.substring(negative ? start - 1 : start, at);
            if (digits > 9) {
                throw invalid("the year " + yearText
                        + " is beyond the years java.time holds (-999999999 to 999999999)");
            }
            int year = Integer.parseInt(text.substring(start, at));
            if (year == 0) {
                throw invalid("XML Schema 1.0 has no year 0000 (the year before 0001 is -0001)");
            }
            expect('-');
            int month = twoDigits();
            expect('-');
            int day = twoDigits();
            try {
                return LocalDate.of(negative ? -year : year, month, day);
            } catch (DateTimeException noSuchDay) {
                throw invalid();
            }
        }

        /**
         * {@code HH:mm:ss} and an optional fraction of any number of digits, of which the first
         * nine are kept; {@code 24:00:00} is midnight, and sets {@link #endOfDay}.
         */
        LocalTime time() {
            int hour = twoDigits();
            expect(':');
            int minute = twoDigits();
            expect(':');
            int second = twoDigits();
            int nanos = 0;
            boolean zeroFraction = true;
            if (take('.')) {
                int start = at;
                while (at < text.length() && isDigit(text.charAt(at))) {
                    zeroFraction &= text.charAt(at) == '0';
                    if (at - start < 9) { // nanoseconds: the digits after the ninth are cut off
                        nanos = nanos * 10 + (text.charAt(at) - '0');
                    }
                    at++;
                }
                int digits = at - start;
                if (digits == 0) {
                    throw invalid();
                }
                for (int i = digits; i < 9; i++) {
                    nanos *= 10;
                }
            }
            if (hour == 24 && minute == 0 && second == 0 && zeroFraction) {
                endOfDay = true;
                return LocalTime.MIDNIGHT;
            }
            if (hour > 23 || minute > 59 || second > 59) {
                throw invalid();
            }
            return LocalTime.of(hour, minute, second, nanos);
        }

        /** The day after {@code date}, whose 24:00:00 was read; after -0001-12-31 comes 0001-01-01 (no year 0000). */
        LocalDate nextDay(LocalDate date) {
            if (date.equals(LocalDate.MAX)) {
                throw invalid("24:00:00 of " + dateText(date, date) + " is in the year 1000000000,"
                        + " beyond the years java.time holds (-999999999 to 999999999)");
            }
            LocalDate next = date.plusDays(1);
            return next.getYear() == 0 ? LocalDate.of(1, 1, 1) : next;
        }

        /** {@code Z} or {@code +-hh:mm} up to 14:00 from UTC; UTC where the text has none. */
        ZoneOffset zone() {
            ZoneOffset offset = zoneOrNone();
            return offset == null ? ZoneOffset.UTC : offset;
        }

        /** {@code Z} or {@code +-hh:mm} up to 14:00 from UTC; null where the text has none. */
        ZoneOffset zoneOrNone() {
            if (at == text.length()) {
                return null;
            }
            if (take('Z')) {
                return ZoneOffset.UTC;
            }
            boolean negative = take('-');
            if (!negative && !take('+')) {
                throw invalid();
            }
            int hours = twoDigits();
            expect(':');
            int minutes = twoDigits();
            int seconds = hours * 3600 + minutes * 60;
            if (minutes > 59 || seconds > MAX_OFFSET_SECONDS) {
                throw invalid();
            }
            return ZoneOffset.ofTotalSeconds(negative ? -seconds : seconds);
        }

        void expect(char c) {
            if (!take(c)) {
                throw invalid();
            }
        }

        void end() {
            if (at != text.length()) {
                throw invalid();
            }
        }

        private boolean take(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private int twoDigits() {
            if (at + 2 > text.length() || !isDigit(text.charAt(at)) || !isDigit(text.charAt(at + 1))) {
                throw invalid();
            }
            int value = (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
            at += 2;
            return value;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private IllegalArgumentException invalid() {
            return XmlValues.invalid(expected);
        }

        private IllegalArgumentException invalid(String why) {
            return new IllegalArgumentException("expected " + expected + ": " + why);
        }
    }

    private static IllegalArgumentException invalid(String expected) {
        return new IllegalArgumentException("expected " + expected);
    }
}
