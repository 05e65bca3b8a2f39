package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** An enum's listed values: looked up like any lookup, and named wherever a value is not one of them. */
class XmlEnumValuesTest {
    private static final XmlEnumValues<String> STATES = XmlEnumValues.of(
            text -> "Submitted".equals(text) || "Success".equals(text) ? text.toUpperCase() : null, "Submitted", "Success");

    @Test
    void looksUpLikeItsFunctionAndListsItsValuesInOrder() {
        assertThat(STATES.apply("Success")).isEqualTo("SUCCESS");
        assertThat(STATES.apply("Paused")).isNull();
        assertThat(STATES.apply(null)).as("null is no value, and the lookup is not asked").isNull();
        assertThat(STATES.values()).containsExactly("Submitted", "Success");
        assertThat(STATES).hasToString("[Submitted, Success]");
        assertThatThrownBy(() -> STATES.values().add("Paused")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theValuesAreCopied() {
        String[] values = {"a", "b"};
        XmlEnumValues<String> copied = XmlEnumValues.of(text -> null, values);
        values[0] = "changed";
        assertThat(copied.values()).containsExactly("a", "b");
        assertThatThrownBy(() -> XmlEnumValues.of(null, "a")).isInstanceOf(NullPointerException.class)
                .hasMessage("lookup");
    }

    @Test
    void validationNamesTheAllowedValuesWhereTheLookupKnowsThem() {
        Validation validation = new Validation();
        validation.enumeration("state", "Paused", STATES);
        validation.enumeration("known", "Success", STATES);
        validation.enumeration("plain", "Paused", text -> null);
        validation.enumerationEach("states", Arrays.asList("Submitted", "Gone"), STATES);
        assertThat(validation.result().violations()).extracting(Violation::toString).containsExactly(
                "state: 'Paused' is not one of [Submitted, Success] (enumeration)",
                "plain: 'Paused' is not a known value (enumeration)",
                "states[1]: 'Gone' is not one of [Submitted, Success] (enumeration)");
    }

    @Test
    void strictReadingNamesTheAllowedValues() {
        assertThatThrownBy(() -> XmlReader.read("<Job state='Gone'/>", XmlReadOptions.strict(), "", "Job",
                in -> in.enumAttribute("", "state", true, STATES)))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message).containsExactly("unknown value 'Gone' in attribute state: not"
                                + " one of the schema's enumeration [Submitted, Success] (lenient reading keeps it as text)"));
    }
}
