package io.github.cosxml.core.xml;

import java.math.BigDecimal;

/**
 * {@code xs:float} and {@code xs:double} as XML Schema 1.0 has them: a decimal number with an
 * optional exponent, or {@code INF}, {@code -INF} or {@code NaN}; the value is the nearest
 * IEEE 754 single- or double-precision number, so {@code 1000}, {@code 1E3} and {@code 1e+3} are
 * one value, and {@code 1E39} is {@code INF} as a float. Two values are equal when they are the
 * same number or both {@code NaN}; {@code NaN} is not ordered, so it is outside every bound.
 */
final class FloatingPoint {
    /** The lexical space, as an XSD pattern (no {@code +INF}: that is XML Schema 1.1). */
    static final String LEXICAL = "[+\\-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([Ee][+\\-]?[0-9]+)?|-?INF|NaN";

    private FloatingPoint() {
    }

    /**
     * The value of a text already known to be in the lexical space.
     *
     * @param lexical the text, after the whitespace rule
     * @param single true for {@code xs:float}, false for {@code xs:double}
     * @return the value; a float widened to double exactly
     */
    static double valueOf(String lexical, boolean single) {
        switch (lexical) {
            case "INF":
                return Double.POSITIVE_INFINITY;
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                // Float.parseFloat rounds once, from the decimal text; (float) Double.parseDouble would round twice
                return single ? Float.parseFloat(lexical) : Double.parseDouble(lexical);
        }
    }

    /**
     * A bound or enumeration value from the schema, of the same type as the value it is compared with.
     *
     * @param number the schema's decimal value
     * @param single true for {@code xs:float}
     * @return the value
     */
    static double valueOf(BigDecimal number, boolean single) {
        return single ? Float.parseFloat(number.toString()) : Double.parseDouble(number.toString());
    }

    /**
     * XML Schema's equality of floating-point values: the same number, or both {@code NaN}.
     *
     * @param a a value
     * @param b another value
     * @return whether they are one value
     */
    static boolean same(double a, double b) {
        return a == b || (Double.isNaN(a) && Double.isNaN(b));
    }

    /**
     * How a value prints in messages: its XML form.
     *
     * @param value the value
     * @param single true for {@code xs:float}
     * @return {@code INF}, {@code -INF}, {@code NaN} or the number
     */
    static String print(double value, boolean single) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        }
        return single ? Float.toString((float) value) : Double.toString(value);
    }
}
