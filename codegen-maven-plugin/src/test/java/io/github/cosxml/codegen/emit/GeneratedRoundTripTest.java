package io.github.cosxml.codegen.emit;

import static io.github.cosxml.codegen.testing.GeneratedCode.build;
import static io.github.cosxml.codegen.testing.GeneratedCode.invoke;
import static io.github.cosxml.codegen.testing.GeneratedCode.invokeStatic;
import static io.github.cosxml.codegen.testing.GeneratedCode.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.ScratchDirectory;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** jqwik: random instances of generated classes satisfy {@code fromXml(x.toXml()).equals(x)}, lenient and strict. */
class GeneratedRoundTripTest {

    private static final String PKG = SampleModels.PKG;
    private static ScratchDirectory work;
    private static GeneratedCode code;

    @BeforeContainer
    static void compile() throws IOException {
        work = ScratchDirectory.create("cosxml-roundtrip");
        code = GeneratedCode.compile(JavaGenerator.create().generate(SampleModels.jobs()), work.path());
    }

    @AfterContainer
    static void cleanUp() {
        code.close();
        work.close();
    }

    @Property(tries = 200)
    void jobsRoundTripLeniently(@ForAll("jobs") Object job) {
        String xml = (String) invoke(job, "toXml");
        assertThat(invokeStatic(code.load(PKG + ".Job"), "fromXml", xml)).isEqualTo(job);
    }

    /**
     * With every required value present and every enumerated value (and list item) one the schema
     * lists, strict reading accepts what the writer wrote (strict mode reports an unknown enum value).
     */
    @Property(tries = 200)
    @SuppressWarnings("unchecked")
    void completeJobsRoundTripStrictly(@ForAll("jobs") Object job) {
        Object b = invoke(job, "toBuilder");
        for (String enumProperty : List.of("level", "state")) {
            Object raw = invoke(job, "get" + Character.toUpperCase(enumProperty.charAt(0)) + enumProperty.substring(1)
                    + "AsString");
            if (raw != null && invokeStatic(code.load(PKG + ".State"), "fromValueOrNull", raw) == null) {
                set(b, enumProperty + "AsString", "Submitted");
            }
        }
        List<String> states = new ArrayList<>();
        for (String item : (List<String>) invoke(job, "getStatesAsString")) {
            states.add(invokeStatic(code.load(PKG + ".State"), "fromValueOrNull", item) == null ? "Success" : item);
        }
        set(b, "statesAsString", states);
        if (invoke(job, "getId") == null) {
            set(b, "id", "id");
        }
        if (invoke(job, "getName") == null) {
            set(b, "name", "name");
        }
        if (invoke(job, "getUrl") == null && invoke(job, "getKey") == null) {
            set(b, "key", "key");
        }
        Object complete = build(b);
        String xml = (String) invoke(complete, "toXml");
        assertThat(invokeStatic(code.load(PKG + ".Job"), "fromXml", xml, XmlReadOptions.strict())).isEqualTo(complete);
    }

    @Provide
    Arbitrary<Object> jobs() {
        Arbitrary<String> text = xmlText();
        Arbitrary<String> token = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> rawState = Arbitraries.oneOf(Arbitraries.of("Submitted", "Success", "Failed"), token);
        Arbitrary<Object> input = Combinators.combine(text, text).as((bucket, object) ->
                build(set(set(code.builder(PKG + ".Input"), "bucket", bucket), "object", object)));
        Arbitrary<OffsetDateTime> time = Combinators.combine(
                Arbitraries.longs().between(0, 253_402_300_799L), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(-56, 56))
                .as((seconds, nanos, quarters) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos),
                        ZoneOffset.ofTotalSeconds(quarters * 900)));
        // a negative scale too (1E+3), which is written as 1000 and read back at scale 0
        Arbitrary<BigDecimal> decimal = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-6, 6))
                .as(BigDecimal::valueOf);
        Arbitrary<LocalDate> day = Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);

        Arbitrary<Object> head = Combinators.combine(text.injectNull(0.2), text.injectNull(0.3), rawState.injectNull(0.3),
                text.injectNull(0.1), Arbitraries.integers().injectNull(0.3), rawState.injectNull(0.3),
                text.list().ofMaxSize(3), input.list().ofMaxSize(3))
                .as((id, code1, level, name, size, state, tags, inputs) -> {
                    Object b = code.builder(PKG + ".Job");
                    set(b, "id", id);
                    set(b, "code", code1);
                    set(b, "levelAsString", level);
                    set(b, "name", name);
                    set(b, "size", size);
                    set(b, "stateAsString", state);
                    set(b, "tag", tags);
                    set(b, "input", inputs);
                    return b;
                });
        return Combinators.combine(head, input.injectNull(0.3), text.injectNull(0.5),
                Arbitraries.integers().list().ofMaxSize(4), time.injectNull(0.3), decimal.injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3), day.injectNull(0.3))
                .flatAs((b, primary, url, codes, created, price, done, date) -> Combinators.combine(
                        token.list().ofMaxSize(3), text.injectNull(0.3), decimal.injectNull(0.3), token.injectNull(0.5))
                        .as((states, key, amountValue, lang) -> {
                            set(b, "primary", primary);
                            set(b, url == null ? "key" : "url", url == null ? key : url);
                            set(b, "codes", codes);
                            set(b, "created", created);
                            set(b, "price", price);
                            set(b, "done", done);
                            set(b, "day", date);
                            set(b, "statesAsString", states);
                            if (amountValue != null) {
                                Object amount = code.builder(PKG + ".Amount");
                                set(amount, "value", amountValue);
                                set(amount, "currency", lang);
                                set(b, "amount", build(amount));
                            }
                            if (lang != null) {
                                set(b, "labels", build(set(code.builder(PKG + ".Labels"), "lang", lang)));
                            }
                            return build(b);
                        }));
    }

    /** Any string XML 1.0 can hold, including markup characters, whitespace and supplementary characters. */
    static Arbitrary<String> xmlText() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of('<', '>', '&', '"', '\'', '\t', '\n', '\r', ' ', ']'),
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u00A0', '\uD7FF'));
        return Arbitraries.oneOf(
                chars.list().ofMaxSize(20).map(list -> {
                    StringBuilder s = new StringBuilder();
                    list.forEach(s::append);
                    return s.toString();
                }),
                Arbitraries.of("\uD83D\uDE00", "", " "));
    }

}
