package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * How {@link TextKind} measures text: characters, octets of hex and base64 data (against the JDK's
 * XSD validator), items of a list, and the number of a numeric text.
 */
class TextKindTest {
    private static final int MAX_OCTETS = 8;
    private static final Schema OCTETS = lengthSchema();

    @Test
    void examples() {
        assertThat(TextKind.TEXT.length("a\uD83D\uDE00")).isEqualTo(2);
        assertThat(TextKind.HEX_BINARY.length("0aFF")).isEqualTo(2);
        assertThat(TextKind.HEX_BINARY.length("")).isZero();
        assertThat(TextKind.HEX_BINARY.length("0aF")).isEqualTo(-1);
        assertThat(TextKind.HEX_BINARY.length("0g")).isEqualTo(-1);
        assertThat(TextKind.HEX_BINARY.length("\u0660\u0661")).isEqualTo(-1);
        assertThat(TextKind.BASE64_BINARY.length("AAAA")).isEqualTo(3);
        assertThat(TextKind.BASE64_BINARY.length("AAA=")).isEqualTo(2);
        assertThat(TextKind.BASE64_BINARY.length("AA==")).isEqualTo(1);
        assertThat(TextKind.BASE64_BINARY.length(" AA\nAA AA== ")).isEqualTo(4);
        assertThat(TextKind.BASE64_BINARY.length("")).isZero();
        assertThat(TextKind.BASE64_BINARY.length("AAA")).isEqualTo(-1);
        assertThat(TextKind.BASE64_BINARY.length("AB==")).isEqualTo(-1);
        assertThat(TextKind.BASE64_BINARY.length("AAB=")).isEqualTo(-1);
        assertThat(TextKind.BASE64_BINARY.length("A===")).isEqualTo(-1);
        assertThat(TextKind.BASE64_BINARY.length("AA=A")).isEqualTo(-1);
        assertThat(TextKind.BASE64_BINARY.length("AA==AAAA")).isEqualTo(-1);
        assertThat(TextKind.LIST.length("")).isZero();
        assertThat(TextKind.LIST.length(" a  b\tc\n")).isEqualTo(3);
        assertThat(TextKind.DECIMAL.number(" 2.50 ")).isEqualByComparingTo("2.5");
        assertThat(TextKind.INTEGER.number("+02")).isEqualByComparingTo("2");
        assertThat(TextKind.DECIMAL.number("two")).isNull();
        // floats and doubles are compared as FloatingPoint values, not as decimals
        assertThat(TextKind.DOUBLE.number("1.5E2")).isNull();
        assertThat(TextKind.TEXT.number("2")).isNull();
    }

    @Property(tries = 300, seed = "20261122")
    void encodedOctetsAreCounted(@ForAll("octets") byte[] octets) {
        String base64 = Base64.getEncoder().encodeToString(octets);
        assertThat(TextKind.BASE64_BINARY.length(base64)).isEqualTo(octets.length);
        assertThat(TextKind.BASE64_BINARY.length(Base64.getMimeEncoder(4, new byte[] {'\n'}).encodeToString(octets)))
                .isEqualTo(octets.length);
        StringBuilder hex = new StringBuilder();
        for (byte octet : octets) {
            hex.append(String.format("%02x", octet & 0xff));
        }
        assertThat(TextKind.HEX_BINARY.length(hex.toString())).isEqualTo(octets.length);
        assertThat(TextKind.HEX_BINARY.length(hex.toString().toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(octets.length);
    }

    @Property(tries = 1000, seed = "20261122")
    void base64AgreesWithTheJdkSchemaValidator(@ForAll("base64Like") String text) {
        assertAgrees(TextKind.BASE64_BINARY, "Base64", text);
    }

    @Property(tries = 500, seed = "20261122")
    void hexAgreesWithTheJdkSchemaValidator(@ForAll("hexLike") String text) {
        assertAgrees(TextKind.HEX_BINARY, "Hex", text);
    }

    @Provide
    Arbitrary<byte[]> octets() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    }

    /** Short texts of base64 characters, padding and spaces, mostly valid: what the decoder must get right. */
    @Provide
    Arbitrary<String> base64Like() {
        return Arbitraries.oneOf(
                octets().map(o -> Base64.getEncoder().encodeToString(o)).filter(s -> s.length() <= 12),
                Arbitraries.strings().withChars("AQgwB/+9=  ").ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> hexLike() {
        return Arbitraries.strings().withChars("09afAFgG ").ofMaxLength(8);
    }

    // The validator decides validity; the length it sees shows in which Lengths element (length 0..8) accepts it.
    private static void assertAgrees(TextKind kind, String type, String text) {
        int length = kind.length(WhiteSpace.COLLAPSE.apply(text));
        String element = type + (length < 0 || length > MAX_OCTETS ? "" : String.valueOf(length));
        assertThat(valid(type, text)).as("'%s' is %s", text, type)
                .isEqualTo(length >= 0);
        if (length >= 0 && length <= MAX_OCTETS) {
            assertThat(valid(element, text)).as("'%s' has %d octets", text, length)
                    .isTrue();
        }
    }

    private static boolean valid(String element, String text) {
        return JdkXsdOracle.accepts(OCTETS, element, text);
    }

    private static Schema lengthSchema() {
        StringBuilder declarations = new StringBuilder(
                "<xs:element name='Base64' type='xs:base64Binary'/><xs:element name='Hex' type='xs:hexBinary'/>");
        for (int length = 0; length <= MAX_OCTETS; length++) {
            for (String type : new String[] {"Base64", "Hex"}) {
                declarations.append("<xs:element name='").append(type).append(length).append("'><xs:simpleType>")
                        .append("<xs:restriction base='xs:").append(type.equals("Hex") ? "hexBinary" : "base64Binary")
                        .append("'><xs:length value='").append(length).append("'/></xs:restriction>")
                        .append("</xs:simpleType></xs:element>");
            }
        }
        return JdkXsdOracle.schema(declarations.toString());
    }
}
