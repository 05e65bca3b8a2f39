package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * An element declared with a {@code default} or {@code fixed} value stands for that value when it
 * has no character content, as XML Schema reads it; whitespace, {@code xsi:nil} and an absent
 * element do not.
 */
class XmlReaderEmptyValueTest {
    private static final XmlChildren ONE_VALUE = XmlChildren.builder().child(0, "", "V", 0, 1).build();

    /** Reads the {@code V} child of a {@code Doc} root with {@code reading}; null when there is none. */
    private static <T> T readV(String xml, XmlReadOptions options, Function<XmlReader, T> reading) {
        return XmlReader.read(xml, options, "", "Doc", in -> {
            T value = null;
            XmlReader.Children children = in.children(ONE_VALUE);
            while (children.next()) {
                value = reading.apply(in);
            }
            return value;
        });
    }

    private static <T> T readV(String xml, Function<XmlReader, T> reading) {
        return readV(xml, XmlReadOptions.defaults(), reading);
    }

    private static String text(String xml, String emptyValue) {
        return readV(xml, XmlReadOptions.defaults(), in -> in.readText(emptyValue));
    }

    @Test
    void anEmptyElementStandsForItsValue() {
        assertThat(text("<Doc><V/></Doc>", "abc")).isEqualTo("abc");
        assertThat(text("<Doc><V></V></Doc>", "abc")).isEqualTo("abc");
        assertThat(text("<Doc><V><!-- none --></V></Doc>", "abc")).isEqualTo("abc");
    }

    @Test
    void textOrWhitespaceIsReadAsWritten() {
        assertThat(text("<Doc><V>x</V></Doc>", "abc")).isEqualTo("x");
        assertThat(text("<Doc><V> </V></Doc>", "abc")).isEqualTo(" ");
    }

    @Test
    void nilAndAbsenceAreNotTheValue() {
        String nil = "<Doc xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><V xsi:nil='true'/></Doc>";
        assertThat(text(nil, "abc")).isNull();
        assertThat(text("<Doc/>", "abc")).isNull();
    }

    @Test
    void withoutAValueAnEmptyElementIsEmptyText() {
        assertThat(text("<Doc><V/></Doc>", null)).isEmpty();
    }

    @Test
    void aTypedValueParsesTheElementsValue() {
        Integer empty = readV("<Doc><V/></Doc>", in -> in.readValue("42", XmlValues::parseInt));
        Integer written = readV("<Doc><V>7</V></Doc>", in -> in.readValue("42", XmlValues::parseInt));
        assertThat(empty).isEqualTo(42);
        assertThat(written).isEqualTo(7);
    }

    @Test
    void withoutAValueAnEmptyNumberStillFailsToParse() {
        assertThatThrownBy(() -> readV("<Doc><V/></Doc>", in -> in.readValue(null, XmlValues::parseInt)))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("/Doc/V");
    }

    @Test
    void anEnumValueIsNormalizedAndLookedUpStrictly() {
        Function<String, String> known = text -> "Fast".equals(text) ? text : null;
        String fast = readV("<Doc><V/></Doc>", XmlReadOptions.strict(),
                in -> in.readEnumText(WhiteSpace.COLLAPSE, " Fast ", known));
        assertThat(fast).isEqualTo("Fast");
        assertThatThrownBy(() -> readV("<Doc><V/></Doc>", XmlReadOptions.strict(),
                in -> in.readEnumText(WhiteSpace.COLLAPSE, "Slow", known)))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("'Slow'");
    }

    @Test
    void aListDefaultIsSplitIntoItems() {
        List<Integer> numbers = readV("<Doc><V/></Doc>", in -> in.readList("1 2 3", XmlValues::parseInt));
        List<String> items = readV("<Doc><V/></Doc>", in -> in.readEnumList("a b", text -> text));
        List<Integer> none = readV("<Doc><V/></Doc>", in -> in.readList(null, XmlValues::parseInt));
        assertThat(numbers).isEqualTo(Arrays.asList(1, 2, 3));
        assertThat(items).containsExactly("a", "b");
        assertThat(none).isEqualTo(Collections.emptyList());
    }
}
