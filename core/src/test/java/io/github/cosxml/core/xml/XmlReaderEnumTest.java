package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enumerated values: kept as text when unknown, reported only in strict mode. */
class XmlReaderEnumTest {
    private static final List<String> STATES = Arrays.asList("Submitted", "Success");

    private static String known(String text) {
        return STATES.contains(text) ? text : null;
    }

    private static String[] readState(String xml, XmlReadOptions options) {
        return XmlReader.read(xml, options, "", "Job", in -> {
            String attribute = in.enumAttribute("", "state", true, XmlReaderEnumTest::known);
            String element = null;
            XmlReader.Children children = in.children(XmlChildren.builder().child(0, "", "State", 0, 1).build());
            while (children.next()) {
                element = in.readEnumText(XmlReaderEnumTest::known);
            }
            return new String[] {attribute, element};
        });
    }

    @Test
    void lenientReadingKeepsAnUnknownValueAsText() {
        assertThat(readState("<Job state='Paused'><State>Paused</State></Job>", XmlReadOptions.defaults()))
                .containsExactly("Paused", "Paused");
    }

    @Test
    void strictReadingAcceptsListedValues() {
        assertThat(readState("<Job state='Success'><State>Submitted</State></Job>", XmlReadOptions.strict()))
                .containsExactly("Success", "Submitted");
    }

    @Test
    void strictReadingNamesEveryUnknownValueWithItsPlace() {
        assertThatThrownBy(() -> readState("<Job state='Gone'>\n<State>Paused</State></Job>", XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0).message()).contains("'Gone'").contains("attribute state");
                    assertThat(e.problems().get(1).message()).contains("'Paused'").contains("element State");
                    assertThat(e.problems().get(1).line()).isEqualTo(2);
                    assertThat(e.problems().get(1).path()).isEqualTo("/Job/State");
                });
    }

    @Test
    void aTokenEnumIsLookedUpAndKeptCollapsed() {
        String[] read = XmlReader.read("<Job state=' Success '><State>\n  Submitted\n</State></Job>",
                XmlReadOptions.strict(), "", "Job", in -> {
                    String attribute = in.enumAttribute("", "state", true, WhiteSpace.COLLAPSE, XmlReaderEnumTest::known);
                    String element = null;
                    XmlReader.Children children = in.children(XmlChildren.builder().child(0, "", "State", 0, 1).build());
                    while (children.next()) {
                        element = in.readEnumText(WhiteSpace.COLLAPSE, XmlReaderEnumTest::known);
                    }
                    return new String[] {attribute, element};
                });
        assertThat(read).containsExactly("Success", "Submitted");
    }

    @Test
    void aStringEnumKeepsItsWhitespaceAndStrictReadingReportsIt() {
        assertThatThrownBy(() -> readState("<Job state='Success'><State> Submitted</State></Job>", XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message).singleElement().asString().contains("' Submitted'"));
    }

    @Test
    void strictReadingReportsAMissingRequiredEnumAttribute() {
        assertThatThrownBy(() -> readState("<Job><State>Submitted</State></Job>", XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message).containsExactly("missing required attribute state"));
    }

    private static List<List<String>> readStates(String xml, XmlReadOptions options) {
        return XmlReader.read(xml, options, "", "Job", in -> {
            List<String> attribute = in.enumAttributeList("", "states", XmlReaderEnumTest::known);
            List<String> element = null;
            XmlReader.Children children = in.children(XmlChildren.builder().child(0, "", "States", 0, 1).build());
            while (children.next()) {
                element = in.readEnumList(XmlReaderEnumTest::known);
            }
            return Arrays.asList(attribute, element);
        });
    }

    @Test
    void listsOfEnumValuesKeepEveryItemAsText() {
        String xml = "<Job states=' Success  Gone '><States>Submitted\tPaused\nSuccess</States></Job>";
        assertThat(readStates(xml, XmlReadOptions.defaults())).containsExactly(
                Arrays.asList("Success", "Gone"), Arrays.asList("Submitted", "Paused", "Success"));
        assertThat(readStates("<Job states=''><States/></Job>", XmlReadOptions.strict()))
                .containsExactly(Arrays.<String>asList(), Arrays.<String>asList());
        assertThat(readStates("<Job/>", XmlReadOptions.strict())).as("absent: null, not an empty list")
                .containsExactly(null, null);
    }

    @Test
    void strictReadingNamesEveryUnknownItemOfAList() {
        String xml = "<Job states='Success Gone'>\n<States>Paused Submitted Lost</States></Job>";
        assertThatThrownBy(() -> readStates(xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    assertThat(e.problems()).extracting(XmlProblem::message).containsExactly(
                            "unknown value 'Gone' in attribute states: not one of the schema's enumeration"
                                    + " (lenient reading keeps it as text)",
                            "unknown value 'Paused' in element States: not one of the schema's enumeration"
                                    + " (lenient reading keeps it as text)",
                            "unknown value 'Lost' in element States: not one of the schema's enumeration"
                                    + " (lenient reading keeps it as text)");
                    assertThat(e.problems().get(2).line()).isEqualTo(2);
                    assertThat(e.problems().get(2).path()).isEqualTo("/Job/States");
                });
    }
}
