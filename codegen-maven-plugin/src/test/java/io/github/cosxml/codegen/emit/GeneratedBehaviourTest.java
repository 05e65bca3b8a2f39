package io.github.cosxml.codegen.emit;

import static io.github.cosxml.codegen.testing.GeneratedCode.build;
import static io.github.cosxml.codegen.testing.GeneratedCode.invoke;
import static io.github.cosxml.codegen.testing.GeneratedCode.invokeStatic;
import static io.github.cosxml.codegen.testing.GeneratedCode.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.XmlWriteException;
import io.github.cosxml.core.xml.Violation;
import io.github.cosxml.core.xml.XmlProblem;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlEnumValues;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated classes of the hand-built sample model, compiled and called reflectively. */
@SuppressWarnings("unchecked")
class GeneratedBehaviourTest {

    private static final String JOB = SampleModels.PKG + ".Job";
    private static final String INPUT = SampleModels.PKG + ".Input";
    private static final String AMOUNT = SampleModels.PKG + ".Amount";
    private static final String LABELS = SampleModels.PKG + ".Labels";
    private static final String STATE = SampleModels.PKG + ".State";

    @TempDir
    static Path work;
    static GeneratedCode code;

    @BeforeAll
    static void compile() {
        code = GeneratedCode.compile(JavaGenerator.create().generate(SampleModels.jobs()), work);
    }

    @AfterAll
    static void close() {
        code.close();
    }

    private Object input(String bucket, String object) {
        Object b = code.builder(INPUT);
        set(b, "bucket", bucket);
        set(b, "object", object);
        return build(b);
    }

    private Object enumConstant(String name) {
        return invokeStatic(code.load(STATE), "valueOf", name);
    }

    /** A Job with every property set to a valid value. */
    private Object fullJob() {
        Object b = code.builder(JOB);
        set(b, "id", "j-1");
        set(b, "code", "AB12");
        set(b, "level", enumConstant("SUCCESS"));
        set(b, "name", "scan <&>");
        set(b, "size", 42);
        set(b, "state", enumConstant("FAILED"));
        set(b, "addTag", "t1");
        set(b, "addTag", "t2");
        set(b, "addInput", input("b1", "o1"));
        set(b, "primary", input("pb", "po"));
        set(b, "key", "k");
        set(b, "codes", List.of(1, 2, 3));
        set(b, "created", OffsetDateTime.of(2022, 6, 27, 15, 23, 12, 0, ZoneOffset.ofHours(8)));
        set(b, "price", new BigDecimal("123.45"));
        set(b, "done", true);
        set(b, "day", LocalDate.of(2024, 2, 29));
        set(b, "addStates", enumConstant("SUBMITTED"));
        Object amount = code.builder(AMOUNT);
        set(amount, "value", new BigDecimal("9.50"));
        set(amount, "currency", "CNY");
        set(b, "amount", build(amount));
        Object labels = code.builder(LABELS);
        set(labels, "lang", "zh");
        set(b, "labels", build(labels));
        return build(b);
    }

    @Test
    void writesSchemaOrderWithInheritedPropertiesFirst() {
        String xml = (String) invoke(fullJob(), "toXml");
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Job Id=\"j-1\" Level=\"Success\"><Code>AB12</Code><Name>scan &lt;&amp;&gt;</Name><Size>42</Size>"
                + "<State>Failed</State><Tag>t1</Tag><Tag>t2</Tag><Input><Bucket>b1</Bucket><Object>o1</Object></Input>"
                + "<Primary><Bucket>pb</Bucket><Object>po</Object></Primary><Key>k</Key><Codes>1 2 3</Codes>"
                + "<Created>2022-06-27T15:23:12+0800</Created><Price>123.45</Price><Done>true</Done>"
                + "<Day>2024-02-29</Day><States>Submitted</States><Amount Currency=\"CNY\">9.50</Amount>"
                + "<Labels Lang=\"zh\"/></Job>");
    }

    @Test
    void roundTripsThroughEveryReadOverloadStrictly() {
        Object job = fullJob();
        String xml = (String) invoke(job, "toXml");
        Class<?> type = code.load(JOB);
        assertThat(invokeStatic(type, "fromXml", xml)).isEqualTo(job);
        assertThat(invokeStatic(type, "fromXml", xml, XmlReadOptions.strict())).isEqualTo(job);
        assertThat(invokeStatic(type, "fromXml", new StringReader(xml))).isEqualTo(job);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        invoke(job, "writeXml", bytes);
        assertThat(invokeStatic(type, "fromXml", new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(job);
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(xml);
        assertThat(invoke(job, "hashCode")).isEqualTo(invoke(invokeStatic(type, "fromXml", xml), "hashCode"));
        assertThat(invoke(job, "validate").toString()).isEqualTo("valid");
    }

    @Test
    void valueSemanticsAndImmutability() {
        Object job = fullJob();
        Object copy = build(invoke(job, "toBuilder"));
        assertThat(copy).isEqualTo(job).isNotSameAs(job);
        Object changed = build(set(invoke(job, "toBuilder"), "name", "other"));
        assertThat(changed).isNotEqualTo(job);
        assertThat(invoke(job, "getName")).isEqualTo("scan <&>");
        assertThat(job.toString()).startsWith("Job{id=j-1, code=AB12, level=Success, name=scan <&>, size=42");
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) invoke(job, "getTag");
        assertThatThrownBy(() -> tags.add("x")).isInstanceOf(UnsupportedOperationException.class);
        Object empty = build(code.builder(JOB));
        assertThat((List<Object>) invoke(empty, "getTag")).isEmpty();
        assertThat(invoke(empty, "getSize")).isNull();
        assertThatThrownBy(() -> set(code.builder(JOB), "addTag", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void unknownEnumValuesAreKeptReadAndWrittenBack() {
        String xml = "<Job Id='1' Level='Paused'><Name>n</Name><State>Cancelled</State><Primary/><Key>k</Key>"
                + "<States>Success Weird</States></Job>";
        Object job = code.fromXml(JOB, xml, null);
        assertThat(invoke(job, "getState")).isNull();
        assertThat(invoke(job, "getStateAsString")).isEqualTo("Cancelled");
        assertThat(invoke(job, "getLevelAsString")).isEqualTo("Paused");
        assertThat((List<Object>) invoke(job, "getStates")).containsExactly(enumConstant("SUCCESS"));
        assertThat((List<Object>) invoke(job, "getStatesAsString")).containsExactly("Success", "Weird");
        String written = (String) invoke(job, "toXml");
        assertThat(written).contains("Level=\"Paused\"").contains("<State>Cancelled</State>")
                .contains("<States>Success Weird</States>");
        ValidationResult result = (ValidationResult) invoke(job, "validate");
        assertThat(result.violations()).extracting(Violation::path, Violation::facet).contains(
                org.assertj.core.groups.Tuple.tuple("level", "enumeration"),
                org.assertj.core.groups.Tuple.tuple("state", "enumeration"),
                org.assertj.core.groups.Tuple.tuple("states[1]", "enumeration"));
        assertThat(result.violations()).extracting(Violation::toString).contains(
                "state: 'Cancelled' is not one of [Submitted, Success, Failed] (enumeration)",
                "states[1]: 'Weird' is not one of [Submitted, Success, Failed] (enumeration)");
    }

    @Test
    void strictReadingReportsUnknownItemsOfAnEnumList() {
        String xml = "<Job Id='1'><Name>n</Name><Primary><Bucket>b</Bucket><Object>o</Object></Primary><Key>k</Key>"
                + "<States>Success Weird</States></Job>";
        assertThat((List<Object>) invoke(code.fromXml(JOB, xml, null), "getStatesAsString"))
                .containsExactly("Success", "Weird");
        assertThatThrownBy(() -> code.fromXml(JOB, xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message, XmlProblem::path).containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "unknown value 'Weird' in element States: not one of the schema's enumeration"
                                        + " [Submitted, Success, Failed] (lenient reading keeps it as text)", "/Job/States")));
    }

    @Test
    void enumApi() {
        Class<?> state = code.load(STATE);
        Object success = invokeStatic(state, "fromValue", "Success");
        assertThat(success).isEqualTo(enumConstant("SUCCESS"));
        assertThat(invoke(success, "value")).isEqualTo("Success");
        assertThat(invokeStatic(state, "fromValueOrNull", "nope")).isNull();
        assertThat(invokeStatic(state, "fromValueOrNull", (Object) null)).isNull();
        assertThatThrownBy(() -> invokeStatic(state, "fromValue", "nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'nope' is not a value of State; pass one of [Submitted, Success, Failed]");
        XmlEnumValues<?> values = (XmlEnumValues<?>) invokeStatic(state, "xmlValues");
        assertThat(values.values()).containsExactly("Submitted", "Success", "Failed");
        assertThat(values.apply("Failed")).isEqualTo(enumConstant("FAILED"));
    }

    @Test
    void lenientReadingSkipsUnknownAndAcceptsAnyOrder() {
        String xml = "<Job Id='1'>\n  <Future><X>1</X></Future>\n  <Key>k</Key>\n  <Name>n</Name>\n"
                + "  <Code>AB</Code>\n  <Primary xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:nil='true'/>\n"
                + "  <Input><Object>o</Object><Bucket>b</Bucket></Input>\n</Job>";
        Object job = code.fromXml(JOB, xml, null);
        assertThat(invoke(job, "getName")).isEqualTo("n");
        assertThat(invoke(job, "getCode")).isEqualTo("AB");
        assertThat(invoke(job, "getPrimary")).isNull();
        assertThat((List<Object>) invoke(job, "getInput")).containsExactly(input("b", "o"));
    }

    @Test
    void strictReadingNamesEveryProblem() {
        String xml = "<Job Id='1'>\n  <Future/>\n  <Key>k</Key>\n  <Name>n</Name>\n  <Url>u</Url>\n"
                + "  <Input><Bucket>b</Bucket></Input>\n</Job>";
        assertThatThrownBy(() -> code.fromXml(JOB, xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    assertThat(e.problems()).extracting(XmlProblem::message).containsExactly(
                            "unknown element Future",
                            "element Name is out of order: it must come before Key",
                            "element Input is out of order: it must come before Key",
                            "missing element Object",
                            "missing element Primary",
                            "only one of Url, Key is allowed, found Url, Key");
                    assertThat(e.problems()).extracting(XmlProblem::line).containsExactly(2, 4, 6, 6, 7, 7);
                    assertThat(e.problems()).extracting(XmlProblem::path).containsExactly(
                            "/Job/Future", "/Job/Name", "/Job/Input", "/Job/Input", "/Job", "/Job");
                });
    }

    @Test
    void allContentAcceptsAnyOrderEvenStrictly() {
        Object read = code.fromXml(INPUT, "<Input><Object>o</Object><Bucket>b</Bucket></Input>", XmlReadOptions.strict());
        assertThat(read).isEqualTo(input("b", "o"));
    }

    @Test
    void badValuesFailWithPathLineAndColumn() {
        assertThatThrownBy(() -> code.fromXml(JOB, "<Job>\n<Size>big</Size></Job>", null))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    assertThat(e.path()).isEqualTo("/Job/Size");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("invalid value 'big' in element Size: expected xs:int");
                });
        assertThatThrownBy(() -> code.fromXml(JOB, "<Job><Created>yesterday</Created></Job>", null))
                .hasMessageContaining("not a CI timestamp");
        Object dash = code.fromXml(JOB, "<Job><Created>-</Created></Job>", null);
        assertThat(invoke(dash, "getCreated")).isNull();
    }

    @Test
    void validateReportsEveryFacetWithPaths() {
        Object b = code.builder(JOB);
        set(b, "code", "lower");
        set(b, "name", "much too long");
        set(b, "size", 101);
        set(b, "url", "u");
        set(b, "key", "k");
        set(b, "codes", List.of(1, 2, 3, 4));
        set(b, "price", new BigDecimal("1234.56"));
        set(b, "addInput", input("b", null));
        Object amount = code.builder(AMOUNT);
        set(amount, "value", new BigDecimal("-1"));
        set(b, "amount", build(amount));
        ValidationResult result = (ValidationResult) invoke(build(b), "validate");
        assertThat(result.violations()).extracting(Violation::path, Violation::facet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", "required"),
                org.assertj.core.groups.Tuple.tuple("code", "pattern"),
                org.assertj.core.groups.Tuple.tuple("name", "maxLength"),
                org.assertj.core.groups.Tuple.tuple("size", "maxInclusive"),
                org.assertj.core.groups.Tuple.tuple("input[0].object", "required"),
                org.assertj.core.groups.Tuple.tuple("codes", "maxLength"),
                org.assertj.core.groups.Tuple.tuple("price", "totalDigits"),
                org.assertj.core.groups.Tuple.tuple("amount.value", "minInclusive"),
                org.assertj.core.groups.Tuple.tuple("", "choice"));
        Object noChoice = build(set(code.builder(JOB), "name", "n"));
        assertThat(((ValidationResult) invoke(noChoice, "validate")).violations())
                .extracting(Violation::message).contains("one of url, key is required");
    }

    /** What toXml() refuses, validate() reports: a javaType its print method refuses, a date in year 0. */
    @Test
    void validateReportsTheValuesToXmlCannotWrite() {
        Object valid = fullJob();
        assertThat(((ValidationResult) invoke(valid, "validate")).violations()).isEmpty();
        OffsetDateTime created = OffsetDateTime.of(2022, 6, 27, 15, 23, 12, 0, ZoneOffset.ofHoursMinutesSeconds(8, 0, 30));
        Object job = build(set(set(invoke(valid, "toBuilder"), "created", created), "day", LocalDate.of(0, 6, 1)));

        ValidationResult result = (ValidationResult) invoke(job, "validate");
        assertThat(result.violations()).extracting(Violation::path, Violation::facet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("created", "datatype"),
                org.assertj.core.groups.Tuple.tuple("day", "datatype"));
        assertThat(result.violations().get(0).message()).contains("+08:00:30 has seconds");
        assertThat(result.violations().get(1).message()).contains("no year 0000");
        assertThatThrownBy(() -> invoke(job, "toXml")).isInstanceOf(XmlWriteException.class)
                .hasMessageContaining("cannot write a value in /Job (a child after Codes, or the text): ").hasMessageContaining("+08:00:30 has seconds")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validateReportsTextXmlCannotHoldWhereToXmlRefusesIt() {
        Object valid = fullJob();
        Object job = build(set(set(set(invoke(valid, "toBuilder"), "name", "scan\u0000"), "addTag", "t\uD800"),
                "id", "j\uFFFF"));

        ValidationResult result = (ValidationResult) invoke(job, "validate");
        assertThat(result.violations()).extracting(Violation::path, Violation::facet, Violation::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("id", "datatype", "character U+FFFF at index 1 cannot be"
                                + " written in XML 1.0; remove it or encode the value"),
                        org.assertj.core.groups.Tuple.tuple("name", "datatype", "character U+0000 at index 4 cannot be"
                                + " written in XML 1.0; remove it or encode the value"),
                        org.assertj.core.groups.Tuple.tuple("tag[2]", "datatype", "character U+D800 at index 1 cannot"
                                + " be written in XML 1.0; remove it or encode the value"));
        assertThatThrownBy(() -> invoke(job, "toXml")).isInstanceOf(XmlWriteException.class)
                .hasMessageContaining("cannot be written in XML 1.0");
    }

    @Test
    void concurrentReadsAndWritesAgree() throws Exception {
        Object job = fullJob();
        String xml = (String) invoke(job, "toXml");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        Object read = code.fromXml(JOB, xml, i % 2 == 0 ? null : XmlReadOptions.strict());
                        if (!read.equals(job) || !xml.equals(invoke(read, "toXml"))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nillableRequiredElementIsWrittenAsNil() {
        Object job = build(set(set(set(code.builder(JOB), "id", "1"), "name", "n"), "key", "k"));
        String xml = (String) invoke(job, "toXml");
        assertThat(xml).contains("<Primary xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>");
        assertThat(code.fromXml(JOB, xml, XmlReadOptions.strict())).isEqualTo(job);
    }
}
