package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The values an enumerated simple type lists and the lookup of a constant by its text: what the
 * reader, {@link Validation} and the enum's own {@code fromValue} need to tell a user which values
 * the schema allows. Each generated enum holds one ({@code JobState.xmlValues()}) and passes it
 * wherever a lookup ({@code Function<String, ?>}) is asked for.
 *
 * @param <E> the enum
 */
public final class XmlEnumValues<E> implements Function<String, E> {
    private final Function<String, E> lookup;
    private final List<String> values;

    private XmlEnumValues(Function<String, E> lookup, List<String> values) {
        this.lookup = lookup;
        this.values = values;
    }

    /**
     * The values of an enum and its lookup.
     *
     * @param <E> the enum
     * @param lookup the enum's {@code fromValueOrNull}: the constant for a text, null for none
     * @param values the XML values, in schema order
     * @return the values
     */
    public static <E> XmlEnumValues<E> of(Function<String, E> lookup, String... values) {
        if (lookup == null) {
            throw new NullPointerException("lookup");
        }
        return new XmlEnumValues<E>(lookup, Collections.unmodifiableList(new ArrayList<String>(Arrays.asList(values))));
    }

    /**
     * The constant for a text.
     *
     * @param text the XML text, may be null
     * @return the constant, or null if the text is null or no listed value
     */
    @Override
    public E apply(String text) {
        return text == null ? null : lookup.apply(text);
    }

    /**
     * The listed values, in schema order.
     *
     * @return an unmodifiable list
     */
    public List<String> values() {
        return values;
    }

    /** The listed values as messages show them: {@code [Submitted, Running, Success]}. */
    @Override
    public String toString() {
        return values.toString();
    }

    /**
     * The values a lookup allows, as messages show them after "one of": {@code [a, b]}, or null
     * when the lookup is a plain function, which does not know its values.
     */
    static String listed(Function<String, ?> lookup) {
        return lookup instanceof XmlEnumValues ? lookup.toString() : null;
    }
}
