package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class XmlValuesTest {

    @Test
    void parsesIntegersWithWhitespaceAndSign() {
        assertThat(XmlValues.parseInt(" +12 ")).isEqualTo(12);
        assertThat(XmlValues.parseLong("-9000000000")).isEqualTo(-9_000_000_000L);
        assertThat(XmlValues.parseShort("7")).isEqualTo((short) 7);
        assertThat(XmlValues.parseByte("-8")).isEqualTo((byte) -8);
        assertThat(XmlValues.parseInteger("123456789012345678901234567890"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThatThrownBy(() -> XmlValues.parseInt("")).hasMessage("expected xs:int");
        assertThatThrownBy(() -> XmlValues.parseInt("1.0")).hasMessage("expected xs:int");
        assertThatThrownBy(() -> XmlValues.parseByte("300")).hasMessage("expected xs:byte");
        assertThatThrownBy(() -> XmlValues.parseLong("x")).hasMessage("expected xs:long");
    }

    @Property
    void readsEveryIntShortAndByteAndRefusesWhatIsBeyondThem(@ForAll long value, @ForAll boolean plus, @ForAll boolean zeros) {
        String digits = Long.toString(Math.abs(value));
        String text = (value < 0 ? "-" : plus ? "+" : "") + (zeros ? "000" : "") + digits;
        if (value == Long.MIN_VALUE) {
            text = "-" + (zeros ? "000" : "") + "9223372036854775808";
        }
        String shown = text;
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            assertThat(XmlValues.parseInt(text)).as(text).isEqualTo((int) value);
        } else {
            assertThatThrownBy(() -> XmlValues.parseInt(shown)).as(text).hasMessage("expected xs:int");
        }
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            assertThat(XmlValues.parseShort(text)).as(text).isEqualTo((short) value);
        } else {
            assertThatThrownBy(() -> XmlValues.parseShort(shown)).as(text).hasMessage("expected xs:short");
        }
        if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            assertThat(XmlValues.parseByte(text)).as(text).isEqualTo((byte) value);
        } else {
            assertThatThrownBy(() -> XmlValues.parseByte(shown)).as(text).hasMessage("expected xs:byte");
        }
    }

    @Test
    void sameFloatAndSameDoubleCompareValuesInTheirOwnPrecision() {
        assertThat(XmlValues.sameFloat("1E3", " +1000.0 ")).isTrue();
        assertThat(XmlValues.sameFloat("1000", "1e+3")).isTrue();
        assertThat(XmlValues.sameFloat("0.1", "0.100000001")).isTrue(); // one float
        assertThat(XmlValues.sameDouble("0.1", "0.100000001")).isFalse(); // two doubles
        assertThat(XmlValues.sameFloat("INF", "1E39")).isTrue(); // too large for a float
        assertThat(XmlValues.sameDouble("INF", "1E39")).isFalse();
        assertThat(XmlValues.sameFloat("NaN", "NaN")).isTrue();
        assertThat(XmlValues.sameFloat("0", "-0")).isTrue();
        assertThat(XmlValues.sameFloat("INF", "+INF")).isFalse(); // +INF is XML Schema 1.1
        assertThat(XmlValues.sameFloat("2", "two")).isFalse();
        assertThat(XmlValues.sameFloat("1", "1f")).isFalse();
        assertThat(XmlValues.sameDouble(null, "2")).isFalse();
    }

    @Test
    void aFloatIsRoundedOnceFromItsText() {
        // just below the midpoint of two floats: a double rounds it onto the midpoint, which then rounds up
        String belowMidpoint = "1.00000017881393432617187499";
        assertThat(XmlValues.parseFloat(belowMidpoint)).isEqualTo(Float.parseFloat(belowMidpoint))
                .isNotEqualTo((float) Double.parseDouble(belowMidpoint));
        assertThatThrownBy(() -> XmlValues.parseFloat("+INF")).as("XML Schema 1.1 only").hasMessage("expected xs:float");
        assertThat(XmlValues.parseFloat(" -INF ")).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> XmlValues.parseFloat("1f")).hasMessage("expected xs:float");
        assertThatThrownBy(() -> XmlValues.parseDouble("0x1p3")).hasMessage("expected xs:double");
    }

    @Test
    void sameIntegerAndSameDecimalAlsoRequireTheTypesLexicalForm() {
        assertThat(XmlValues.sameInteger("2", " +02 ")).isTrue();
        assertThat(XmlValues.sameInteger("2", "2.0")).isFalse();
        assertThat(XmlValues.sameInteger("2", "2E0")).isFalse();
        assertThat(XmlValues.sameInteger("2", null)).isFalse();
        assertThat(XmlValues.sameDecimal("2.5", "02.50")).isTrue();
        assertThat(XmlValues.sameDecimal("2", "2.")).isTrue();
        assertThat(XmlValues.sameDecimal("2.5", "25E-1")).isFalse();
        assertThat(XmlValues.sameDecimal(null, "2")).isFalse();
    }

    @Test
    void parsesDecimalsWithoutExponent() {
        assertThat(XmlValues.parseDecimal("1.50")).isEqualTo(new BigDecimal("1.50"));
        assertThat(XmlValues.print(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThatThrownBy(() -> XmlValues.parseDecimal("1e3")).hasMessage("expected xs:decimal");
    }

    @Test
    void parsesBooleansTheXsdWay() {
        assertThat(Arrays.asList(XmlValues.parseBoolean("true"), XmlValues.parseBoolean(" 1"),
                XmlValues.parseBoolean("false"), XmlValues.parseBoolean("0")))
                .containsExactly(true, true, false, false);
        assertThatThrownBy(() -> XmlValues.parseBoolean("TRUE")).hasMessageContaining("xs:boolean");
    }

    @Test
    void handlesSpecialFloatingValues() {
        assertThat(XmlValues.parseDouble("INF")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(XmlValues.parseDouble("-INF")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(XmlValues.parseDouble("NaN")).isNaN();
        assertThat(XmlValues.parseFloat("1.5e2")).isEqualTo(150f);
        assertThat(XmlValues.print(Double.NEGATIVE_INFINITY)).isEqualTo("-INF");
        assertThat(XmlValues.print(Float.NaN)).isEqualTo("NaN");
        assertThatThrownBy(() -> XmlValues.parseDouble("Infinity")).hasMessage("expected xs:double");
        assertThatThrownBy(() -> XmlValues.parseDouble("0x1p3")).hasMessage("expected xs:double");
        assertThatThrownBy(() -> XmlValues.parseFloat("1f")).hasMessage("expected xs:float");
    }

    @Property(tries = 200)
    void doublesRoundTrip(@ForAll @DoubleRange(min = -1e300, max = 1e300) double value) {
        assertThat(XmlValues.parseDouble(XmlValues.print(value))).isEqualTo(value);
    }

    @Test
    void dateTimesAlwaysPrintSecondsAndOffset() {
        OffsetDateTime noSeconds = OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.ofHours(8));
        assertThat(XmlValues.print(noSeconds)).isEqualTo("2024-01-31T12:00:00+08:00");
        OffsetDateTime fraction = OffsetDateTime.of(2024, 1, 31, 12, 0, 5, 120_000_000, ZoneOffset.UTC);
        assertThat(XmlValues.print(fraction)).isEqualTo("2024-01-31T12:00:05.12Z");
        assertThat(XmlValues.parseDateTime("2024-01-31T12:00:05.12Z")).isEqualTo(fraction);
        assertThat(XmlValues.parseDateTime("2024-01-31T12:00:00")).isEqualTo(noSeconds.withOffsetSameLocal(ZoneOffset.UTC));
        assertThatThrownBy(() -> XmlValues.parseDateTime("2024-01-31")).hasMessageContaining("xs:dateTime");
    }

    @Test
    void datesAndTimes() {
        assertThat(XmlValues.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(XmlValues.parseDate("2024-02-29+08:00")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(XmlValues.print(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
        OffsetTime time = OffsetTime.of(1, 2, 3, 0, ZoneOffset.ofHours(-5));
        assertThat(XmlValues.print(time)).isEqualTo("01:02:03-05:00");
        assertThat(XmlValues.parseTime("01:02:03-05:00")).isEqualTo(time);
        assertThatThrownBy(() -> XmlValues.parseDate("2024-02-30")).hasMessageContaining("xs:date");
    }

    @Test
    void printsNullAsNullAndListsWithSpaces() {
        assertThat(XmlValues.print((Integer) null)).isNull();
        assertThat(XmlValues.printAny(null)).isNull();
        assertThat(XmlValues.printAny(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(XmlValues.printList(Arrays.asList(1, 2, 3), XmlValues::print)).isEqualTo("1 2 3");
        assertThat(XmlValues.printList(Arrays.<Integer>asList(), XmlValues::print)).isEmpty();
    }

    @Test
    void anItemOfAListLosesTheWhitespaceAroundItAndMayHoldNone() {
        assertThat(XmlValues.listItem("tags", "a")).isEqualTo("a");
        assertThat(XmlValues.listItem("tags", " \ta\r\n")).isEqualTo("a");
        assertThatThrownBy(() -> XmlValues.listItem("tags", " a\tb ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tags item ' a\tb ' contains whitespace, which separates the items of an xs:list;"
                        + " add each item on its own");
        assertThatThrownBy(() -> XmlValues.listItem("tags", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tags item '' is empty once the whitespace around it goes; an xs:list has no empty items");
        assertThatThrownBy(() -> XmlValues.listItem("tags", " \n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty");
        // only XML's four whitespace characters separate items
        assertThat(XmlValues.listItem("tags", "a\u00a0b")).isEqualTo("a\u00a0b");
    }

    @Test
    void printAbsentAsksThePrintMethodForTheTextOfNull() {
        assertThat(XmlValues.printAbsent(CiTimestamp::print)).isEqualTo("-");
        assertThat(XmlValues.<Object>printAbsent(value -> null)).isNull();
        assertThat(XmlValues.<Object>printAbsent(value -> value.toString())).isNull();
    }
}
