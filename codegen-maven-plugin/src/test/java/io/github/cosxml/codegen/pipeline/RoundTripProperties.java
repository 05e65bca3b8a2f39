package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.model.JavaName;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Acceptance 3: for classes generated from the test schema, jqwik-generated instances satisfy
 * {@code fromXml(x.toXml()).equals(x)}, and the XML they write validates against the schema.
 */
class RoundTripProperties {
    private static final Map<String, Arbitrary<?>> OVERRIDES = Map.of(
            // xs:language: the model keeps only the Java type, so give values of the language's lexical form.
            "Catalog.lang", Arbitraries.of("en", "zh-CN", "de-DE-1996", "x-private"),
            // A union is a String in Java; give values of one of its member types (xs:int or "auto").
            "Product.batch", Arbitraries.oneOf(Arbitraries.just("auto"),
                    Arbitraries.integers().map(String::valueOf)));

    @Property(tries = 200)
    void catalogsRoundTripAndValidate(@ForAll("catalogs") Object catalog) throws Exception {
        String xml = GeneratedEverything.toXml(catalog);

        GeneratedEverything.get().validateAgainstSchema(xml);
        assertThat(GeneratedEverything.fromXml(catalog.getClass(), xml)).as(xml).isEqualTo(catalog);
    }

    @Property(tries = 200)
    void pingsRoundTripAndValidate(@ForAll("pings") Object ping) throws Exception {
        String xml = GeneratedEverything.toXml(ping);

        GeneratedEverything.get().validateAgainstSchema(xml);
        assertThat(GeneratedEverything.fromXml(ping.getClass(), xml)).as(xml).isEqualTo(ping);
    }

    @Provide
    Arbitrary<Object> catalogs() throws Exception {
        return arbitraries().of(new JavaName(EverythingSchema.CATALOG_PACKAGE, "Catalog"));
    }

    @Provide
    Arbitrary<Object> pings() throws Exception {
        return arbitraries().of(new JavaName(EverythingSchema.CATALOG_PACKAGE, "JobDetail"));
    }

    private static ModelArbitraries arbitraries() throws Exception {
        GeneratedEverything generated = GeneratedEverything.get();
        return new ModelArbitraries(generated.model, generated.classes, OVERRIDES);
    }
}
