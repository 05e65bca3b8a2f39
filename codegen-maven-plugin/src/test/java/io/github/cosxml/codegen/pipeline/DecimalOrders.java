package io.github.cosxml.codegen.pipeline;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code Order} of src/test/resources/decimals, which holds an {@code xs:decimal} in every shape
 * generated code gives one, for the tests of how generated {@code equals} and {@code hashCode} compare
 * decimals.
 */
final class DecimalOrders {
    static final String PACKAGE = "io.github.cosxml.test.decimals";
    static final String ORDER = PACKAGE + ".Order";
    private static final String DOCUMENT = "<Order xmlns=\"urn:cosxml:test:decimals\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"%s>%s</Order>";

    private DecimalOrders() {
    }

    /** Generates, compiles and loads the schema's classes. */
    static SchemaUnderTest generate() throws Exception {
        return SchemaUnderTest.generate(DecimalOrders.class.getResource("/decimals/decimals.xsd").toURI(), PACKAGE);
    }

    /** An {@code Order} document with these attributes (each after a space) and children. */
    static String document(String attributes, String children) {
        return DOCUMENT.formatted(attributes, children);
    }

    /** An {@code Order} document read strictly. */
    static Object read(GeneratedCode classes, String attributes, String children) {
        return classes.fromXml(ORDER, document(attributes, children), XmlReadOptions.strict());
    }

    /** What {@code toXml()} writes of an {@code Order}, read back strictly. */
    static Object readBack(GeneratedCode classes, Object order) {
        return classes.fromXml(ORDER, (String) GeneratedCode.invoke(order, "toXml"), XmlReadOptions.strict());
    }

    /**
     * An {@code Order} with {@code value} in every shape of decimal (beside 7s and a nil item): the
     * elements {@code Total}, {@code Tax}, {@code Price} and the text of {@code Amount}, the repeated
     * {@code Line} and nillable {@code Refund}, the {@code xs:list}s {@code Sizes} and {@code steps}, and
     * the attribute {@code rate}; not {@code Exact}, whose {@code jaxb:javaType} compares by scale.
     */
    static Object everyShape(GeneratedCode classes, BigDecimal value) {
        Object amount = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(
                classes.builder(PACKAGE + ".Amount"), "value", value), "currency", "EUR"));
        Object order = classes.builder(ORDER);
        GeneratedCode.set(order, "total", value);
        GeneratedCode.set(order, "tax", value);
        GeneratedCode.set(order, "price", value);
        GeneratedCode.set(order, "amount", amount);
        GeneratedCode.set(order, "line", List.of(BigDecimal.valueOf(7), value));
        GeneratedCode.set(GeneratedCode.set(order, "addRefund", (Object) null), "addRefund", value);
        GeneratedCode.set(order, "sizes", List.of(value, BigDecimal.valueOf(7)));
        GeneratedCode.set(order, "rate", value);
        GeneratedCode.set(order, "steps", List.of(value));
        return GeneratedCode.build(order);
    }
}
