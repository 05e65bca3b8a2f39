package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code xs:date}, {@code xs:dateTime} and {@code xs:time} are read exactly when the JDK's XSD
 * validator (XML Schema 1.0) accepts the text, on the edges where java.time and XML Schema 1.0 part
 * ways: years (no {@code 0000}, more than four digits without {@code +} or a leading zero, years
 * before {@code 0001}), {@code 24:00:00}, and fractions of more than nine digits. {@code xs:gYear}
 * and {@code xs:gYearMonth}, kept as text, are checked by {@link TextKind} by the same year rules.
 * Printing gives a text that reads back as the same value.
 */
class CalendarValuesAgreeWithTheSchemaTest {
    private static final Map<String, Function<String, ?>> PARSERS = Map.of(
            "date", XmlValues::parseDate, "dateTime", XmlValues::parseDateTime, "time", XmlValues::parseTime);
    private static final Map<String, TextKind> KINDS = Map.of(
            "gYear", TextKind.G_YEAR, "gYearMonth", TextKind.G_YEAR_MONTH);

    @ParameterizedTest(name = "xs:{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
        // years
        "date|2020-01-01", "date|0001-01-01", "date|0000-01-01", "date|-0000-01-01", "date|-0001-01-01",
        "date|10000-01-01", "date|010000-01-01", "date|02020-01-01", "date|+2020-01-01", "date|+10000-01-01",
        "date|999999999-12-31", "date|-999999999-01-01", "date|123-01-01", "date|-123-01-01", "date|--2020-01-01",
        "date|-0004-02-29", "date|-0001-02-29", "date|-0400-02-29", "date|-0100-02-29", "date|0004-02-29",
        "dateTime|0000-01-01T00:00:00", "dateTime|-0001-01-01T00:00:00Z", "dateTime|10000-01-01T00:00:00",
        "dateTime|010000-01-01T00:00:00", "dateTime|+2020-01-01T00:00:00",
        "gYear|0000", "gYear|-0000", "gYear|-0001", "gYear|10000", "gYear|010000", "gYear|+2020",
        "gYearMonth|0000-01", "gYearMonth|-0001-12", "gYearMonth|20200-01", "gYearMonth|020200-01",
        // 24:00:00, the first instant of the next day
        "time|24:00:00", "time|24:00:00Z", "time|24:00:00.0", "time|24:00:00.000000000", "time|24:00:00+05:00",
        "time|24:00:01", "time|24:00:00.1", "time|24:00:00.000000001", "time|24:30:00", "time|24:00",
        "dateTime|2020-12-31T24:00:00Z", "dateTime|2020-02-28T24:00:00", "dateTime|2019-02-28T24:00:00.00",
        "dateTime|2020-01-01T24:00:01", "dateTime|2020-01-01T24:00:00.5", "dateTime|2020-01-01T24:59:00",
        "dateTime|-0001-12-31T24:00:00Z", "dateTime|9999-12-31T24:00:00-14:00",
        // fractions of any length
        "time|12:00:00.1234567890", "time|12:00:00.123456789012345678901234567890Z", "time|12:00:00.",
        "time|24:00:00.0000000000000", "time|24:00:00.0000000000001", "dateTime|2020-01-01T12:34:56.1234567890123",
        "dateTime|2020-01-01T12:34:56.0000000000+01:00", "dateTime|2020-01-01T24:00:00.0000000000001",
        // the rest of the form
        "date|2020-1-01", "date|2020-01-01T", "date|2020-01-01Z", "date|2020-01-01-00:00", "date|2020-01-01+1:00",
        "date|2020-01-01+01:60", "date|2020-01-01z", "dateTime|2020-01-01T12:34", "dateTime|2020-01-01T1:02:03",
        "dateTime|2020-01-01T23:59:60", "dateTime|2020-01-01T23:60:00", "dateTime|2020-01-01t00:00:00",
        "dateTime|2020-01-01T00:00:00ZZ", "time|12:00", "time|12:0:00", "time|T12:00:00", "time|25:00:00",
    })
    void aTextIsReadIfAndOnlyIfTheSchemaAcceptsIt(String type, String text) {
        boolean schemaAccepts = JdkXsdOracle.acceptsAs(type, text);
        boolean read = KINDS.containsKey(type) ? KINDS.get(type).isValid(text)
                : JdkXsdOracle.parses(PARSERS.get(type), text);
        assertThat(read).as("read as xs:%s: '%s' (the schema %s it)", type, text,
                schemaAccepts ? "accepts" : "rejects").isEqualTo(schemaAccepts);
    }

    @Test
    void yearsAreJavaTimesProlepticYearsAsWritten() {
        assertThat(XmlValues.parseDate("-0001-01-01")).isEqualTo(LocalDate.of(-1, 1, 1));
        assertThat(XmlValues.parseDate("10000-01-01")).isEqualTo(LocalDate.of(10000, 1, 1));
        assertThat(XmlValues.print(LocalDate.of(10000, 1, 1))).isEqualTo("10000-01-01");
        assertThat(XmlValues.print(LocalDate.of(-1, 12, 31))).isEqualTo("-0001-12-31");
        assertThat(XmlValues.print(LocalDate.of(-12345, 6, 7))).isEqualTo("-12345-06-07");
        assertThat(XmlValues.print(OffsetDateTime.of(12345, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)))
                .isEqualTo("12345-01-02T03:04:05Z");
        for (LocalDate date : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(-1, 1, 1),
            LocalDate.of(1, 1, 1), LocalDate.of(-4, 2, 29), LocalDate.of(99999, 12, 31)}) {
            assertThat(XmlValues.parseDate(XmlValues.print(date))).as("read back %s", date).isEqualTo(date);
            OffsetDateTime dateTime = date.atTime(12, 0).atOffset(ZoneOffset.ofHours(-3));
            assertThat(XmlValues.parseDateTime(XmlValues.print(dateTime))).as("read back %s", dateTime)
                    .isEqualTo(dateTime);
        }
    }

    @Test
    void midnightAtTheEndOfADayIsTheFirstInstantOfTheNext() {
        assertThat(XmlValues.parseDateTime("2020-12-31T24:00:00Z"))
                .isEqualTo(OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(XmlValues.parseDateTime("2020-02-28T24:00:00.000+08:00"))
                .isEqualTo(OffsetDateTime.of(2020, 2, 29, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
        // no year 0000: the day after -0001-12-31 is 0001-01-01, as the JDK's validator has it too
        assertThat(XmlValues.parseDateTime("-0001-12-31T24:00:00Z"))
                .isEqualTo(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(XmlValues.parseTime("24:00:00-05:00")).isEqualTo(OffsetTime.of(0, 0, 0, 0, ZoneOffset.ofHours(-5)));
        assertThat(XmlValues.print(XmlValues.parseTime("24:00:00Z"))).isEqualTo("00:00:00Z");
        assertThatThrownBy(() -> XmlValues.parseDateTime("999999999-12-31T24:00:00Z"))
                .hasMessageContaining("xs:dateTime").hasMessageContaining("24:00:00 of 999999999-12-31")
                .hasMessageContaining("beyond the years java.time holds");
    }

    @Test
    void aFractionIsReadToTheNanosecondAndTheRestCutOff() {
        assertThat(XmlValues.parseTime("12:00:00.1234567899Z"))
                .isEqualTo(OffsetTime.of(12, 0, 0, 123_456_789, ZoneOffset.UTC));
        assertThat(XmlValues.parseDateTime("2020-01-01T12:00:00.500000000000000000000+02:00"))
                .isEqualTo(OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2)));
        assertThat(XmlValues.parseTime("12:00:00.0000000009")).isEqualTo(OffsetTime.of(12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(XmlValues.print(XmlValues.parseTime("12:00:00.1000000000"))).isEqualTo("12:00:00.1Z");
    }

    @Test
    void fixedValuesCompareMidnightAtTheEndOfADayAsTheNextDay() {
        FacetSet newYear = FacetSet.builder().fixed("2020-12-31T24:00:00Z").build();
        assertThat(valid(newYear, OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isTrue();
        assertThat(valid(newYear, OffsetDateTime.of(2020, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC))).isFalse();
        FacetSet midnight = FacetSet.builder().fixed("24:00:00Z").build();
        assertThat(valid(midnight, OffsetTime.of(0, 0, 0, 0, ZoneOffset.UTC))).isTrue();
        assertThat(valid(midnight, OffsetTime.of(23, 59, 59, 0, ZoneOffset.UTC))).isFalse();
    }

    @Test
    void aYearBeyondJavaTimeIsRejectedSayingSo() {
        assertThatThrownBy(() -> XmlValues.parseDate("1000000000-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xs:date").hasMessageContaining("1000000000")
                .hasMessageContaining("-999999999 to 999999999");
        assertThatThrownBy(() -> XmlValues.parseDateTime("-12345678901234567890-01-01T00:00:00Z"))
                .hasMessageContaining("xs:dateTime").hasMessageContaining("-12345678901234567890");
    }

    @Test
    void yearZeroHasNoTextAndValidateSaysSo() {
        LocalDate yearZero = LocalDate.of(0, 1, 1);
        assertThatThrownBy(() -> XmlValues.print(yearZero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0000-01-01").hasMessageContaining("no year 0000")
                .hasMessageContaining("use year 1 or -1");
        assertThatThrownBy(() -> XmlValues.print(yearZero.atStartOfDay().atOffset(ZoneOffset.UTC)))
                .hasMessageContaining("no year 0000");
        Validation validation = new Validation();
        validation.check("when", yearZero, FacetSet.builder().pattern("\\d{4}-.*").build());
        assertThat(validation.result().violations()).singleElement()
                .satisfies(v -> assertThat(v.toString()).contains("when").contains("datatype")
                        .contains("no year 0000"));
    }

    /**
     * java.time's offsets go to 18 hours and to the second, XML Schema 1.0's time zones to 14:00 in whole
     * minutes: a value beyond them has no text, so printing it fails saying what to do, as for year 0, and
     * {@code validate()} reports it; the offsets up to 14:00 print texts the JDK's validator accepts.
     */
    @ParameterizedTest(name = "offset {0}")
    @CsvSource({"+14:00, true", "-14:00, true", "+05:45, true", "+14:01, false", "-18:00, false", "+18:00, false",
        "+01:00:30, false"})
    void onlyOffsetsXmlSchemaHasArePrinted(String id, boolean printable) {
        ZoneOffset offset = ZoneOffset.of(id);
        OffsetDateTime dateTime = OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, offset);
        OffsetTime time = OffsetTime.of(12, 0, 0, 0, offset);
        if (printable) {
            assertThat(JdkXsdOracle.acceptsAs("dateTime", XmlValues.print(dateTime))).isTrue();
            assertThat(JdkXsdOracle.acceptsAs("time", XmlValues.print(time))).isTrue();
            assertThat(XmlValues.parseDateTime(XmlValues.print(dateTime))).isEqualTo(dateTime);
            return;
        }
        for (Object value : new Object[] {dateTime, time}) {
            assertThatThrownBy(() -> XmlValues.printAny(value)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(value.toString()).hasMessageContaining("offset " + offset)
                    .hasMessageContaining("-14:00 to +14:00").hasMessageContaining("withOffsetSameInstant");
            Validation validation = new Validation();
            validation.check("when", value, FacetSet.builder().pattern(".*").build());
            assertThat(validation.result().violations()).singleElement()
                    .satisfies(v -> assertThat(v.toString()).contains("when").contains("datatype")
                            .contains("offset " + offset));
        }
    }

    @Test
    void fixedValuesCompareBigAndNegativeYearsByValue() {
        FacetSet big = FacetSet.builder().fixed("10000-01-01").build();
        assertThat(valid(big, LocalDate.of(10000, 1, 1))).isTrue();
        assertThat(valid(big, LocalDate.of(1000, 1, 1))).isFalse();
        FacetSet negative = FacetSet.builder().fixed("-0001-01-01").build();
        assertThat(valid(negative, LocalDate.of(-1, 1, 1))).isTrue();
        assertThat(valid(negative, LocalDate.of(1, 1, 1))).isFalse();
    }

    private static boolean valid(FacetSet facets, Object value) {
        Validation validation = new Validation();
        validation.check("v", value, facets);
        return validation.result().isValid();
    }
}
