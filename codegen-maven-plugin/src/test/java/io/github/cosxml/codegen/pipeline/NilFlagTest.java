package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An optional nillable element ({@code Product}'s {@code Note}) keeps {@code xsi:nil} apart from
 * absence: {@code isNoteNil()}, written back as nil, told apart by {@code equals}; in the builder,
 * the last of {@code note(value)} and {@code noteNil(true)} wins.
 */
class NilFlagTest {
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private static GeneratedEverything generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedEverything.get();
    }

    private static String catalog(String note) {
        return "<Catalog xmlns=\"urn:cosxml:test:catalog\"><Title>T</Title><Product><Id>p-1</Id><Name>n</Name>"
                + "<Price currency=\"EUR\">9.50</Price><Color>Red</Color>" + note + "<Available>true</Available>"
                + "</Product></Catalog>";
    }

    private static Object product(String xml) throws Exception {
        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict());
        return ((List<?>) GeneratedEverything.call(catalog, "getProduct")).get(0);
    }

    @Test
    void aNilElementIsReadKeptAndWrittenBackAsNil() throws Exception {
        String xml = catalog("<Note " + XSI + " xsi:nil=\"true\"/>");
        generated.validateAgainstSchema(xml);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml);
        Object product = product(xml);

        assertThat(GeneratedEverything.call(product, "isNoteNil")).isEqualTo(true);
        assertThat(GeneratedEverything.call(product, "getNote")).isNull();
        assertThat(product).isNotEqualTo(product(catalog("")));
        String written = GeneratedEverything.toXml(catalog);
        assertThat(written).containsPattern("<Note [^>]*nil=\"true\"/>");
        generated.validateAgainstSchema(written);
        assertThat(product(written)).isEqualTo(product);
    }

    @Test
    void inTheBuilderTheLastOfValueAndNilWins() throws Exception {
        Object nil = product(catalog("<Note " + XSI + " xsi:nil=\"true\"/>"));
        Object valued = product(catalog("<Note>n</Note>"));
        Object absent = product(catalog(""));

        Object nilOverValue = GeneratedCode.build(
                GeneratedCode.invoke(GeneratedEverything.call(valued, "toBuilder"), "noteNil", true));
        Object valueOverNil = GeneratedCode.build(
                GeneratedCode.invoke(GeneratedEverything.call(nil, "toBuilder"), "note", "n"));
        Object absentOverNil = GeneratedCode.build(
                GeneratedCode.invoke(GeneratedEverything.call(nil, "toBuilder"), "note", (Object) null));

        assertThat(nilOverValue).isEqualTo(nil);
        assertThat(valueOverNil).isEqualTo(valued);
        assertThat(absentOverNil).isEqualTo(absent);
        assertThat(GeneratedCode.build(GeneratedEverything.call(nil, "toBuilder"))).isEqualTo(nil);
    }
}
