package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and hostile input: each gets an {@link XmlReadException}, never a crash or a file read. */
class XmlReaderLimitsTest {

    private static String readText(String xml, XmlReadOptions options) {
        return XmlReader.read(xml, options, "", "R", XmlReader::readText);
    }

    private static String skipAll(String xml, XmlReadOptions options) {
        return XmlReader.read(xml, options, "", "R", in -> {
            in.readEmpty();
            return "read";
        });
    }

    @Test
    void depthLimit() {
        StringBuilder xml = new StringBuilder("<R>");
        for (int i = 0; i < 10; i++) {
            xml.append("<a>");
        }
        for (int i = 0; i < 10; i++) {
            xml.append("</a>");
        }
        xml.append("</R>");
        XmlReadOptions shallow = XmlReadOptions.builder().maxDepth(5).build();
        assertThatThrownBy(() -> skipAll(xml.toString(), shallow))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("nested deeper than 5 (XmlReadOptions.maxDepth)")
                .hasMessageContaining("/R/a/a/a/a/a");
        assertThat(skipAll(xml.toString(), XmlReadOptions.builder().maxDepth(11).build())).isEqualTo("read");
    }

    @Test
    void depthLimitAboveTheJdkDefaultIsHonoured() {
        StringBuilder xml = new StringBuilder("<R>");
        for (int i = 0; i < 300; i++) {
            xml.append("<a>");
        }
        for (int i = 0; i < 300; i++) {
            xml.append("</a>");
        }
        xml.append("</R>");
        assertThat(skipAll(xml.toString(), XmlReadOptions.builder().maxDepth(301).build())).isEqualTo("read");
        assertThatThrownBy(() -> skipAll(xml.toString(), null))
                .hasMessageContaining("nested deeper than 100 (XmlReadOptions.maxDepth)");
    }

    @Test
    void deepNestingWithDefaultsIsRejectedWithoutStackOverflow() {
        StringBuilder xml = new StringBuilder("<R>");
        for (int i = 0; i < 100_000; i++) {
            xml.append("<a>");
        }
        assertThatThrownBy(() -> skipAll(xml.toString(), null))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("nested deeper than " + XmlReadOptions.DEFAULT_MAX_DEPTH);
    }

    @Test
    void textLengthLimitAcrossChunks() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("abcde");
        }
        String xml = "<R>" + big + "<![CDATA[x]]></R>";
        XmlReadOptions small = XmlReadOptions.builder().maxTextLength(100_000).build();
        assertThatThrownBy(() -> readText(xml, small))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("longer than the limit of 100000 chars");
        assertThat(readText(xml, XmlReadOptions.builder().maxTextLength(100_001).build())).hasSize(100_001);
    }

    @Test
    void attributeLengthLimit() {
        XmlReadOptions small = XmlReadOptions.builder().maxTextLength(3).build();
        assertThatThrownBy(() -> XmlReader.read("<R a='abcd'/>", small, "", "R", in -> in.attribute("", "a")))
                .hasMessageContaining("attribute a is longer than the limit of 3 chars");
    }

    @Test
    void aValueOfTheLimitWrittenAsReferencesIsRefusedByTheInputGuardWhichSaysSo() {
        // 1,000 chars, each written as &amp; (5 bytes): more input than the guard lets through for 1,000 chars
        String xml = "<R>" + "&amp;".repeat(1_000) + "</R>";
        XmlReadOptions exact = XmlReadOptions.builder().maxTextLength(1_000).build();
        assertThatThrownBy(() -> XmlReader.read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                exact, "", "R", XmlReader::readText))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("a value longer than the limit of 1000 chars (XmlReadOptions.maxTextLength),"
                        + " or more input without '<'")
                .hasMessageContaining("character references such as &amp; takes up to 6 bytes a char");
        XmlReadOptions room = XmlReadOptions.builder().maxTextLength(1_500).build();
        String read = XmlReader.read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), room, "", "R",
                XmlReader::readText);
        assertThat(read).isEqualTo("&".repeat(1_000));
    }

    @Test
    void hugeAttributeIsStoppedBeforeTheParserBuffersIt() {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            value.append("abcdefghij");
        }
        String xml = "<R a='" + value + "'/>";
        XmlReadOptions small = XmlReadOptions.builder().maxTextLength(10_000).build();
        assertThatThrownBy(() -> XmlReader.read(xml, small, "", "R", in -> in.attribute("", "a")))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("a value longer than the limit of 10000 chars");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XmlReader.read(new java.io.ByteArrayInputStream(bytes), small, "", "R",
                in -> in.attribute("", "a")))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("a value longer than the limit of 10000 chars");
    }

    @Test
    void valuesUpToTheLimitPassTheGuard() {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            value.append("\u00E9bcdefghij");
        }
        String xml = "<R a='" + value + "'>" + value + "</R>";
        XmlReadOptions exact = XmlReadOptions.builder().maxTextLength(10_000).build();
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        String[] read = XmlReader.read(new java.io.ByteArrayInputStream(bytes), exact, "", "R",
                in -> new String[] {in.attribute("", "a"), in.readText()});
        assertThat(read).containsExactly(value.toString(), value.toString());
    }

    @Test
    void elementCountLimit() {
        XmlReadOptions few = XmlReadOptions.builder().maxElementCount(3).build();
        assertThatThrownBy(() -> skipAll("<R><a/><b/><c/></R>", few))
                .hasMessageContaining("more than 3 elements (XmlReadOptions.maxElementCount)");
        assertThat(skipAll("<R><a/><b/></R>", few)).isEqualTo("read");
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.write(secret, "TOP-SECRET-CONTENT".getBytes(StandardCharsets.UTF_8));
        String xml = "<?xml version='1.0'?><!DOCTYPE R [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]><R>&xxe;</R>";
        assertThatThrownBy(() -> readText(xml, null))
                .isInstanceOf(XmlReadException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT"));
    }

    @Test
    void billionLaughsIsRejected() {
        String xml = "<?xml version='1.0'?><!DOCTYPE R [<!ENTITY a 'aaaaaaaaaa'>"
                + "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]><R>&c;</R>";
        assertThatThrownBy(() -> readText(xml, null)).isInstanceOf(XmlReadException.class);
    }

    @Test
    void anyDoctypeIsRejected() {
        assertThatThrownBy(() -> readText("<!DOCTYPE R><R>x</R>", null))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void optionsValidateAndCopy() {
        assertThatThrownBy(() -> XmlReadOptions.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlReadOptions.builder().maxTextLength(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlReadOptions.builder().maxElementCount(0)).isInstanceOf(IllegalArgumentException.class);
        XmlReadOptions options = XmlReadOptions.strict().toBuilder().maxDepth(7).build();
        assertThat(options.isStrict()).isTrue();
        assertThat(options.maxDepth()).isEqualTo(7);
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(XmlReadOptions.defaults().isStrict()).isFalse();
        assertThat(XmlReadOptions.defaults().maxTextLength()).isEqualTo(XmlReadOptions.DEFAULT_MAX_TEXT_LENGTH);
        assertThat(XmlReadOptions.defaults()).isNotEqualTo(XmlReadOptions.strict());
    }
}
