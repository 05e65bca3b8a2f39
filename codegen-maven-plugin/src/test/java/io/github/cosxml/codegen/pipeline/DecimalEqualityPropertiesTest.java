package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * jqwik, with a fixed seed: decimals equal by value at any scale (more trailing zeros, none, an exponent)
 * make equal values with equal hash codes in every shape of decimal ({@link DecimalOrders}), and each reads
 * back from what it writes equal, with the same hash code.
 */
class DecimalEqualityPropertiesTest {
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeContainer
    static void generate() throws Exception {
        schema = DecimalOrders.generate();
        classes = schema.classes();
    }

    @AfterContainer
    static void cleanUp() {
        schema.close();
    }

    @Property(tries = 300, seed = "20261126")
    void decimalsEqualByValueMakeEqualValues(@ForAll("decimals") BigDecimal value,
            @ForAll @IntRange(min = 1, max = 6) int zeros) {
        Object order = DecimalOrders.everyShape(classes, value);
        Object moreZeros = DecimalOrders.everyShape(classes, value.setScale(value.scale() + zeros));
        Object noZeros = DecimalOrders.everyShape(classes, value.stripTrailingZeros());

        assertThat(moreZeros).isEqualTo(order).hasSameHashCodeAs(order);
        assertThat(noZeros).isEqualTo(order).hasSameHashCodeAs(order);
        assertThat(DecimalOrders.readBack(classes, noZeros)).isEqualTo(order).hasSameHashCodeAs(order);
    }

    /** Decimals of up to 20 digits at scales from -8 (an exponent: {@code 1E+8}) to 12, zeros among them. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigInteger limit = BigInteger.TEN.pow(20);
        return Combinators.combine(Arbitraries.bigIntegers().between(limit.negate(), limit),
                Arbitraries.integers().between(-8, 12)).as(BigDecimal::new);
    }
}
