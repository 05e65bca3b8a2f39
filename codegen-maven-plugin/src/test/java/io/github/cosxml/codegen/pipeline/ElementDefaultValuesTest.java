package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Elements declared with a {@code default} or {@code fixed} value: an empty element stands for
 * that value, whitespace and absence do not, exactly as the JDK's XSD validator reads the same
 * documents.
 */
class ElementDefaultValuesTest {
    private static GeneratedEverything generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedEverything.get();
    }

    private static String catalog(String extraElements) {
        return """
                <Catalog xmlns="urn:cosxml:test:catalog">
                  <Title>Spring</Title>
                  <Product>
                    <Id>p-1</Id>
                    <Name>n</Name>
                    <Price currency="EUR">9.50</Price>
                    <Color>Red</Color>
                    <Available>true</Available>
                    %s
                  </Product>
                </Catalog>
                """.formatted(extraElements);
    }

    private static Object readProduct(String xml, XmlReadOptions options) throws Exception {
        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml, options);
        return ((List<?>) GeneratedEverything.call(catalog, "getProduct")).get(0);
    }

    private static final String EMPTY_ELEMENTS = catalog("""
            <FormatVersion/>
            <Pack/>
            <Finish></Finish>
            <Motto/>
            <PackSizes/>
            """);

    @Test
    void emptyElementsReadAsTheirDefaultOrFixedValue() throws Exception {
        generated.validateAgainstSchema(EMPTY_ELEMENTS);

        Object product = readProduct(EMPTY_ELEMENTS, XmlReadOptions.strict());

        assertThat(GeneratedEverything.call(product, "getFormatVersion")).isEqualTo(new BigDecimal("1.0"));
        assertThat(GeneratedEverything.call(product, "getPack")).isEqualTo(1);
        assertThat(GeneratedEverything.call(product, "getFinishAsString")).isEqualTo("Slim");
        assertThat(GeneratedEverything.call(product, "getFinish")).hasToString("SLIM");
        assertThat(GeneratedEverything.call(product, "getMotto")).isEqualTo("as is");
        assertThat(GeneratedEverything.call(product, "getPackSizes")).isEqualTo(List.of(1, 6));
        assertThat(((ValidationResult) GeneratedEverything.call(product, "validate")).violations()).isEmpty();
    }

    @Test
    void whatIsWrittenBackIsValidAndReadsTheSame() throws Exception {
        Object product = readProduct(EMPTY_ELEMENTS, XmlReadOptions.strict());
        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), EMPTY_ELEMENTS);

        String written = GeneratedEverything.toXml(catalog);

        assertThat(written).contains("<Pack>1</Pack>").contains("<Motto>as is</Motto>")
                .contains("<PackSizes>1 6</PackSizes>");
        generated.validateAgainstSchema(written);
        assertThat(readProduct(written, XmlReadOptions.strict())).isEqualTo(product);
    }

    @Test
    void absentElementsStayAbsent() throws Exception {
        String xml = catalog("");
        generated.validateAgainstSchema(xml);

        Object product = readProduct(xml, XmlReadOptions.strict());

        assertThat(GeneratedEverything.call(product, "getFormatVersion")).isNull();
        assertThat(GeneratedEverything.call(product, "getPack")).isNull();
        assertThat(GeneratedEverything.call(product, "getMotto")).isNull();
        assertThat(GeneratedEverything.call(product, "getPackSizes")).isEqualTo(List.of());
        assertThat(GeneratedEverything.call(product, "hasPackSizes")).isEqualTo(false);
    }

    @Test
    void aListWithNoItemsIsWrittenSoThatItDoesNotReadBackAsTheDefault() throws Exception {
        String xml = catalog("<PackSizes> </PackSizes>");
        generated.validateAgainstSchema(xml);
        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml);
        Object product = readProduct(xml, XmlReadOptions.strict());
        assertThat(GeneratedEverything.call(product, "getPackSizes")).isEqualTo(List.of());
        assertThat(GeneratedEverything.call(product, "hasPackSizes")).isEqualTo(true);

        String written = GeneratedEverything.toXml(catalog);

        assertThat(written).contains("<PackSizes> </PackSizes>");
        assertThat(readProduct(written, XmlReadOptions.strict())).isEqualTo(product);
    }

    @Test
    void whitespaceIsContentNotTheDefault() throws Exception {
        String spacedString = catalog("<Motto> </Motto>");
        generated.validateAgainstSchema(spacedString);
        assertThat(GeneratedEverything.call(readProduct(spacedString, XmlReadOptions.strict()), "getMotto"))
                .isEqualTo(" ");

        String spacedNumber = catalog("<Pack> </Pack>");
        assertThatThrownBy(() -> generated.validateAgainstSchema(spacedNumber)).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> readProduct(spacedNumber, XmlReadOptions.strict()))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("Pack");
    }

    @Test
    void aPresentValueIsReadAsWritten() throws Exception {
        String xml = catalog("<Pack>12</Pack><Finish>Regular</Finish><Motto>mine</Motto>");
        generated.validateAgainstSchema(xml);

        Object product = readProduct(xml, XmlReadOptions.strict());

        assertThat(GeneratedEverything.call(product, "getPack")).isEqualTo(12);
        assertThat(GeneratedEverything.call(product, "getFinishAsString")).isEqualTo("Regular");
        assertThat(GeneratedEverything.call(product, "getMotto")).isEqualTo("mine");
    }
}
