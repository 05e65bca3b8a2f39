package io.github.cosxml.tests.hardening;

import static io.github.cosxml.tests.hardening.HostileDocuments.VALID;
import static io.github.cosxml.tests.hardening.HostileDocuments.read;
import static io.github.cosxml.tests.hardening.HostileDocuments.readFails;
import static io.github.cosxml.tests.hardening.HostileDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cosxml.core.xml.SecureXmlFactories;
import io.github.cosxml.core.xml.Violation;
import io.github.cosxml.core.xml.XmlProblem;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.core.xml.XmlWriteException;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security cases of {@link HostileXmlTest} on a StAX parser other than the JDK's: one that an
 * application puts on its class path, where {@code XMLInputFactory.newFactory()} picks it for the
 * generated reader. Each subclass runs in its own surefire execution, which names that parser's
 * factory. Parsers word their errors differently, so these cases assert what matters for security
 * (the toolkit's exception, no file read, no expansion, the limits); the subclasses pin each
 * parser's own wording and positions.
 */
abstract class HostileXmlOnAnotherStaxParser {
    private static final String SECRET = "cosxml-local-file-7d2a41-must-never-be-read";
    @TempDir
    static Path dir;
    private static Path secretFile;

    /** The package of the parser's classes, e.g. {@code com.ctc.wstx.}: the factory in use must be there. */
    abstract String parserPackage();

    @BeforeAll
    static void writeTheLocalFile() throws Exception {
        secretFile = dir.resolve("secret.txt");
        Files.write(secretFile, SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReaderRunsOnTheNamedParser() {
        assertThat(SecureXmlFactories.inputFactory().getClass().getName()).startsWith(parserPackage());
        AILicenseRecResponse r = read(utf8(VALID));
        assertThat(r.getIdInfo().get(0).getName()).isEqualTo("Name");
    }

    /**
     * Woodstox and Aalto decode an overlong four-byte UTF-8 sequence into a broken surrogate pair (the
     * JDK's parser rejects it): the value is read as the parser gives it, {@code validate()} reports it
     * at its path, and the writer refuses it there, so it never reaches a document.
     */
    @Test
    void aCharacterTheParserLetsThroughIsReportedByValidateAndRefusedByTheWriter() {
        String[] around = VALID.split("Name</Name>", 2);
        byte[] start = utf8(around[0]);
        byte[] end = utf8("</Name>" + around[1]);
        byte[] xml = new byte[start.length + 4 + end.length];
        System.arraycopy(start, 0, xml, 0, start.length);
        System.arraycopy(new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, 0, xml, start.length, 4);
        System.arraycopy(end, 0, xml, start.length + 4, end.length);

        AILicenseRecResponse read = read(xml);
        assertThat(read.getIdInfo().get(0).getName()).as("a lone low surrogate").contains("\uDC00");
        assertThat(read.validate().violations()).extracting(Violation::path, Violation::facet)
                .containsExactly(tuple("idInfo[0].name", "datatype"));
        assertThat(read.validate().violations().get(0).message()).contains("U+DC00 at index 1 cannot be written");
        assertThatThrownBy(read::toXml).isInstanceOf(XmlWriteException.class)
                .hasMessageContaining("U+DC00 cannot be written in XML 1.0, at /Response/IdInfo/Name");
    }

    @Test
    void aRunLongerThanASmallLimitInTheFirstBufferIsTheToolkitsError() {
        HostileDocuments.longFirstRunFailsWithASmallLimit();
    }

    @Test
    void externalEntityToALocalFileIsNeverRead() {
        String xml = "<!DOCTYPE Response [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>\n"
                + VALID.replace("<Name>Name</Name>", "<Name>&xxe;</Name>");
        XmlReadException e = readFails(() -> read(utf8(xml)), "DOCTYPE");
        assertThat(e.getMessage()).doesNotContain(SECRET);
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void anEntityWithoutADoctypeIsAnErrorNotText() {
        String xml = VALID.replace("<Name>Name</Name>", "<Name>&xxe;</Name>");
        XmlReadException e = readFails(() -> read(utf8(xml)), "xxe");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void parameterEntitiesAreRefused() {
        String external = "<!DOCTYPE Response [<!ENTITY % p SYSTEM \"" + secretFile.toUri() + "\"> %p;]>\n" + VALID;
        assertThat(readFails(() -> read(utf8(external)), "DOCTYPE").getMessage()).doesNotContain(SECRET);
        String internal = "<!DOCTYPE Response [<!ENTITY % q \"<!ENTITY n 'x'>\"> %q;]>\n"
                + VALID.replace("<Name>Name</Name>", "<Name>&n;</Name>");
        readFails(() -> read(utf8(internal)), "DOCTYPE");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Response [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]>\n" + VALID.replace("<Name>Name</Name>", "<Name>&lol9;</Name>");
        long before = System.nanoTime();
        readFails(() -> read(utf8(xml)), "DOCTYPE");
        assertThat((System.nanoTime() - before) / 1_000_000).as("milliseconds").isLessThan(10_000);
    }

    @Test
    void externalDtdsAreNeverFetched() {
        for (String doctype : new String[] {"<!DOCTYPE Response SYSTEM \"" + secretFile.toUri() + "\">",
                "<!DOCTYPE Response PUBLIC \"-//X//Y//EN\" \"" + secretFile.toUri() + "\">",
                "<!DOCTYPE Response SYSTEM \"http://127.0.0.1:9/never.dtd\">"}) {
            XmlReadException e = readFails(() -> read(utf8(doctype + "\n" + VALID)), "DOCTYPE");
            assertThat(e.getMessage()).as(doctype).doesNotContain(SECRET);
        }
    }

    @Test
    void hundredThousandNestedElementsStopAtTheDepthLimit() {
        StringBuilder xml = new StringBuilder("<Response><Status>1</Status><IdInfo>");
        xml.append("<Name>".repeat(100_000)).append("</Name>".repeat(100_000)).append("</IdInfo></Response>");
        XmlReadException e = readFails(() -> read(utf8(xml.toString())), "elements nested deeper than 100");
        assertThat(e.path()).startsWith("/Response/IdInfo/Name/Name");
    }

    /**
     * A parse error inside text, with {@code <Name>Name</Name>} of the valid document replaced by
     * {@code name}, is the toolkit's error at the parser's position, in both modes, whether the text
     * is read, skipped or between elements: parsers that parse text only when it is asked for (both
     * Woodstox and Aalto do) throw it unchecked from there.
     */
    static void assertErrorInsideText(String what, String name, int line, int column, String path, String expected) {
        byte[] xml = utf8(VALID.replace("<Name>Name</Name>", name));
        for (XmlReadOptions options : new XmlReadOptions[] {XmlReadOptions.defaults(), XmlReadOptions.strict()}) {
            XmlReadException e = readFails(() -> read(xml, options), expected);
            XmlProblem parse = e.problems().get(e.problems().size() - 1);
            assertThat(parse.message()).as(what).startsWith("malformed XML: ").doesNotContain("[row,col");
            assertThat(parse.line()).as(what).isEqualTo(line);
            assertThat(parse.column()).as(what).isEqualTo(column);
            assertThat(parse.path()).as(what).isEqualTo(path);
        }
    }
}
