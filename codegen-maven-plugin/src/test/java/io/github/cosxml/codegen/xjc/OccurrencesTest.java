package io.github.cosxml.codegen.xjc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.xml.xsom.XSSchemaSet;
import com.sun.xml.xsom.parser.XSOMParser;
import io.github.cosxml.codegen.model.ChoiceGroupModel;
import java.io.StringReader;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

/**
 * The occurrences {@link Occurrences} gives the elements of a content model, read with XSOM alone
 * (XJC's binding would turn some of these models into one general property before they got here).
 */
class OccurrencesTest {
    private static final String NS = "urn:test";

    /**
     * One content model per row, one element of it: its minimum, maximum and choice group (-1 for
     * none). Within a group the minimum counts from its branch; an element in two places counts
     * absolutely, where a group or choice that may be absent adds nothing to its minimum.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "<e n='H'/><s min='0'><e n='P'/><e n='Q' max='2'/></s>|H|1|1|-1",
        "<e n='H'/><s min='0'><e n='P'/><e n='Q' max='2'/></s>|Q|1|2|0",
        // a group of one particle is not a group of several
        "<s min='0'><s><e n='P'/><e n='Q'/></s></s>|P|1|1|0",
        "<s min='0'><e n='P'/></s><e n='Q'/>|P|0|1|-1",
        // an element in two places: in the optional group it may be absent
        "<e n='A'/><s min='0'><e n='A'/><e n='B'/></s>|A|1|2|-1",
        "<e n='A'/><s min='0'><e n='A'/><e n='B'/></s>|B|1|1|0",
        "<s min='0'><e n='A'/><e n='B'/></s><e n='A' min='0'/>|A|0|2|-1",
        "<c><e n='A'/><e n='B'/></c><e n='A' min='0'/>|A|0|2|-1",
        "<c><e n='A'/><e n='B'/></c><e n='A'/>|A|1|2|-1",
        // a group of one element that occurs twice whenever it occurs: no B or two, a group of its own
        "<s min='0'><e n='B' min='2' max='2'/></s>|B|2|2|0",
        // a branch that is a sequence of one element, repeated: twice once chosen
        "<c><e n='A'/><s min='2' max='2'><e n='C'/></s></c>|C|2|2|0",
    })
    void countsEachElement(String content, String element, int min, int max, int group) throws Exception {
        Occurrences.Occurrence occurrence = occurrencesIn(content).of(new QName(NS, element));

        assertThat(occurrence.min()).as("min").isEqualTo(min);
        assertThat(occurrence.max()).as("max").isEqualTo(max);
        assertThat(occurrence.choiceGroup() == null ? -1 : occurrence.choiceGroup()).as("choice group").isEqualTo(group);
        if (occurrence.choiceGroup() != null) {
            assertThat(occurrence.choiceRequired()).as("choice required").isEqualTo(content.startsWith("<c>"));
        }
    }

    /**
     * One content model per row, one element of it: its group, the group and branch that group lies
     * in (-1 for none), and whether its group is required (once its parent branch is chosen).
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        // (A, (B | C)) | D
        "<c><s><e n='A'/><c><e n='B'/><e n='C'/></c></s><e n='D'/></c>|A|0|-1|-1|true",
        "<c><s><e n='A'/><c><e n='B'/><e n='C'/></c></s><e n='D'/></c>|B|1|0|0|true",
        // (A, (B | C)?) | D
        "<c><s><e n='A'/><c min='0'><e n='B'/><e n='C'/></c></s><e n='D'/></c>|C|1|0|0|false",
        // (P, (Q, R)?)? and (P, (X | Y))?
        "<s min='0'><e n='P'/><s min='0'><e n='Q'/><e n='R'/></s></s>|Q|1|0|0|false",
        "<s min='0'><e n='P'/><c><e n='X'/><e n='Y'/></c></s>|X|1|0|0|true",
        // the second sequence branch: ((X | Y), V?) is branch 1 of the outer choice
        "<c><s><e n='A'/><e n='B'/></s><s><c><e n='X'/><e n='Y'/></c><e n='V' min='0'/></s></c>|X|1|0|1|true",
        // a branch of nothing but a required choice shows through it
        "<c><s><c><e n='X'/><e n='Y'/></c><e n='V' min='0'/></s><e n='D'/></c>|D|0|-1|-1|true",
        // but not when an element of the inner choice is also elsewhere, one property for two places
        "<c><s><c><e n='X'/><e n='Y'/></c></s><e n='D'/></c><e n='Y' min='0'/>|D|0|-1|-1|false",
    })
    void placesEachGroupInItsParentBranch(String content, String element, int group, int parentGroup,
            int parentBranch, boolean required) throws Exception {
        Occurrences occurrences = occurrencesIn(content);
        Occurrences.Occurrence occurrence = occurrences.of(new QName(NS, element));

        assertThat(occurrence.choiceGroup()).as("choice group").isEqualTo(group);
        ChoiceGroupModel model = occurrences.groups().get(group);
        assertThat(model.group()).isEqualTo(group);
        assertThat(model.parentGroup()).as("parent group").isEqualTo(parentGroup);
        assertThat(model.parentBranch()).as("parent branch").isEqualTo(parentBranch);
        assertThat(model.required()).as("required").isEqualTo(required);
        assertThat(occurrence.choiceRequired()).as("the element's view of it").isEqualTo(required);
    }

    /**
     * One content model per row, one element of it, and the counts the warning says it may occur
     * (empty for no warning): the checks take its occurrences as a range, which a repeated group of
     * an element that occurs several times does not fill.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "<s max='2'><e n='P' min='2' max='2'/></s>|P|2 or 4 times|from 2 to 4 times",
        "<s max='2'><e n='P' min='3' max='4'/></s>|P|3 to 4 or 6 to 8 times|from 3 to 8 times",
        "<s max='unbounded'><e n='P' min='2' max='2'/></s>|P|2, 4, 6, ... times|from 2 to any number of times",
        "<s min='0' max='3'><e n='P' min='2' max='2'/></s>|P|0, 2, 4, ... times|from 0 to 6 times",
        "<s max='2'><s max='2'><e n='P' min='2' max='2'/></s></s>|P|2, 4, 6, ... times|from 2 to 8 times",
        // counts past 64 are not looked at
        "<s max='unbounded'><e n='P' min='40' max='41'/></s>|P|40 to 41, ... times|from 40 to any number of times",
        "<s max='unbounded'><e n='P' min='3' max='4'/></s>|P|3 to 4 or 6 or more times|from 3 to any number of times",
        "<c><e n='A'/><s max='2'><e n='C' min='2' max='2'/></s></c>|C|2 or 4 times|from 2 to 4 times",
        // the ranges overlap: every count between is allowed
        "<s max='2'><e n='P' min='2' max='3'/></s>|P||",
        "<s max='3'><e n='W'/></s>|W||",
        "<s max='unbounded'><e n='P' min='2' max='5'/></s>|P||",
        // no B or two: an optional group of its own, checked as a whole
        "<s min='0'><e n='B' min='2' max='2'/></s>|B||",
        "<e n='A' min='2' max='2'/><e n='B'/>|A||",
    })
    void warnsWhereTheRangeHoldsCountsTheSchemaDoesNotAllow(String content, String element, String counts,
            String range) throws Exception {
        List<String> warnings = occurrencesIn(content).warnings().stream().map(SchemaProblem::message).toList();

        if (counts == null) {
            assertThat(warnings).isEmpty();
        } else {
            assertThat(warnings).containsExactly("element " + element + " may occur " + counts + "; validate() and"
                    + " strict reading check only that it occurs " + range + ", so they accept the counts between;"
                    + " where that matters, validate such documents with the XSD (javax.xml.validation)");
        }
    }

    /** Expands the row's shorthand (e = element, s = sequence, c = choice) into a schema and reads it. */
    private static Occurrences occurrencesIn(String content) throws Exception {
        String particles = content
                .replaceAll("<e n='(\\w+)'", "<xs:element name='$1' type='xs:string'")
                .replace("<s", "<xs:sequence").replace("</s>", "</xs:sequence>")
                .replace("<c>", "<xs:choice>").replace("<c ", "<xs:choice ").replace("</c>", "</xs:choice>")
                .replace(" min='", " minOccurs='").replace(" max='", " maxOccurs='");
        String xsd = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" + NS + "'"
                + " elementFormDefault='qualified'><xs:element name='Root'><xs:complexType><xs:sequence>"
                + particles + "</xs:sequence></xs:complexType></xs:element></xs:schema>";
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        XSOMParser parser = new XSOMParser(factory);
        parser.parse(new InputSource(new StringReader(xsd)));
        XSSchemaSet schemas = parser.getResult();
        Occurrences occurrences = Occurrences.of(
                schemas.getElementDecl(NS, "Root").getType().asComplexType().getContentType().asParticle());
        assertThat(occurrences.problems()).isEmpty();
        return occurrences;
    }
}
