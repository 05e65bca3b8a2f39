package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.Violation;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The whiteSpace, fractionDigits and fixed constraints of the test schema: generated code reads
 * and checks values as the JDK's XSD validator does on the same documents.
 */
class WhiteSpaceAndFixedValuesTest {
    private static GeneratedEverything generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedEverything.get();
    }

    private static String catalog(String productAttributes, String extraElements) {
        return """
                <Catalog xmlns="urn:cosxml:test:catalog">
                  <Title>Spring</Title>
                  <Product %s>
                    <Id>p-1</Id>
                    <Name>  kept as written  </Name>
                    <Price currency="EUR">9.50</Price>
                    <Color>Red</Color>
                    <Available>true</Available>
                    %s
                  </Product>
                </Catalog>
                """.formatted(productAttributes, extraElements);
    }

    private static Object product(Object catalog) throws Exception {
        return ((List<?>) GeneratedEverything.call(catalog, "getProduct")).get(0);
    }

    @Test
    void valuesAreReadAfterTheirTypesWhitespaceRule() throws Exception {
        String xml = catalog("cut='\n Slim  ' kind='product'", """
                <Sku>\tAB   12
                 34 </Sku>
                <Label>two\tlines\nhere</Label>
                <Origin>  far   away </Origin>
                <Fit>
                  Regular
                </Fit>
                <Discount>0.25</Discount>
                <FormatVersion>1.00</FormatVersion>
                """);
        generated.validateAgainstSchema(xml);

        Object product = product(GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict()));

        assertThat(GeneratedEverything.call(product, "getSku")).isEqualTo("AB 12 34");
        assertThat(GeneratedEverything.call(product, "getLabel")).isEqualTo("two lines here");
        assertThat(GeneratedEverything.call(product, "getOrigin")).isEqualTo("far away");
        assertThat(GeneratedEverything.call(product, "getFitAsString")).isEqualTo("Regular");
        assertThat(GeneratedEverything.call(product, "getFit")).hasToString("REGULAR");
        assertThat(GeneratedEverything.call(product, "getCutAsString")).isEqualTo("Slim");
        assertThat(GeneratedEverything.call(product, "getName")).isEqualTo("  kept as written  ");
        assertThat(((ValidationResult) GeneratedEverything.call(product, "validate")).violations()).isEmpty();
    }

    @Test
    void validateChecksFractionDigitsAndFixedValuesAsTheSchemaDoes() throws Exception {
        String xml = catalog("kind='other'", """
                <Discount>0.125</Discount>
                <FormatVersion>2</FormatVersion>
                """);
        assertThatThrownBy(() -> generated.validateAgainstSchema(xml)).isInstanceOf(SAXException.class);

        Object product = product(GeneratedEverything.fromXml(generated.type("Catalog"), xml));

        List<Violation> violations = ((ValidationResult) GeneratedEverything.call(product, "validate")).violations();
        assertThat(violations).extracting(Violation::path, Violation::facet).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("discount", "fractionDigits"),
                org.assertj.core.groups.Tuple.tuple("formatVersion", "fixed"),
                org.assertj.core.groups.Tuple.tuple("kind", "fixed"));
    }

    @Test
    void eachConstraintAloneBreaksTheSchemaAndValidate() throws Exception {
        for (String[] bad : new String[][] {
            {"", "<Discount>0.125</Discount>"},
            {"", "<FormatVersion>1.01</FormatVersion>"},
            {"kind='Product'", ""},
            {"", "<Sku>AB  1</Sku>"},
            {"", "<Label>" + "x".repeat(21) + "</Label>"},
        }) {
            String xml = catalog(bad[0], bad[1]);
            assertThatThrownBy(() -> generated.validateAgainstSchema(xml)).as(xml).isInstanceOf(SAXException.class);
            Object product = product(GeneratedEverything.fromXml(generated.type("Catalog"), xml));
            assertThat(((ValidationResult) GeneratedEverything.call(product, "validate")).violations()).as(xml)
                    .hasSize(1);
        }
    }

    /**
     * A builder applies the whitespace rule as reading does: a value built from the texts a document holds
     * equals the value read from that document.
     */
    @Test
    void builtTextKeepsTheWhitespaceRuleAsReadingDoes() throws Exception {
        Object read = product(GeneratedEverything.fromXml(generated.type("Catalog"),
                catalog("", "<Sku>  AB \t 12 </Sku><Label>a\tb\n</Label>")));
        Object builder = GeneratedEverything.call(read, "toBuilder");
        Class<?> builderType = builder.getClass();
        builderType.getMethod("sku", String.class).invoke(builder, "  AB \t 12 ");
        builderType.getMethod("label", String.class).invoke(builder, "a\tb\n");
        builderType.getMethod("origin", String.class).invoke(builder, (Object) null);
        Object built = builderType.getMethod("build").invoke(builder);

        assertThat(GeneratedEverything.call(built, "getSku")).isEqualTo("AB 12");
        assertThat(GeneratedEverything.call(built, "getLabel")).isEqualTo("a b ");
        assertThat(GeneratedEverything.call(built, "getOrigin")).isNull();
        assertThat(built).isEqualTo(read);
    }

    @Test
    void builtTextIsKeptByTheWhitespaceRuleBeforeItsFacetsAreCheckedAndTokenEnumsFindTheirConstant() throws Exception {
        Class<?> productType = generated.type("Product");
        Object builder = productType.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        builderType.getMethod("sku", String.class).invoke(builder, "  AB \t 12 ");
        builderType.getMethod("fitAsString", String.class).invoke(builder, " Slim\n");
        builderType.getMethod("discount", BigDecimal.class).invoke(builder, new BigDecimal("1.50"));
        Method build = builderType.getMethod("build");
        Object product = build.invoke(builder);

        assertThat(GeneratedEverything.call(product, "getSku")).isEqualTo("AB 12");
        assertThat(GeneratedEverything.call(product, "getFitAsString")).isEqualTo("Slim");
        assertThat(GeneratedEverything.call(product, "getFit")).hasToString("SLIM");
        List<Violation> violations = ((ValidationResult) GeneratedEverything.call(product, "validate")).violations();
        assertThat(violations).extracting(Violation::path).doesNotContain("sku", "fit", "discount");
    }
}
