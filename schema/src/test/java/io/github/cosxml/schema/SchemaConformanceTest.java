package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 2: every documented node is in the XSD at the same path with the documented
 * occurrence and a compatible type, except the departures listed in README.md; and the check
 * fails when a node is removed from an XSD or a departure from the README.
 */
class SchemaConformanceTest {

    private static final Path README = Paths.get("README.md");

    private static Path xsdDirectory() {
        return Xmllint.xsdFile(CiSchema.ERROR).getParent();
    }

    private static List<NodeRow> rows() {
        return NodeTables.parse(NodeTables.checkedIn());
    }

    private static List<Departure> departures(String readme) {
        return Departure.parseReadme(readme);
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    private static final Map<String, Set<String>> REPEATED = ExampleShapes.repeatedPaths();

    @Test
    void theXsdsConformToTheNodeTablesUpToTheListedDepartures() throws IOException {
        List<String> problems = SchemaConformance.problems(xsdDirectory(), rows(), REPEATED,
                departures(readme()));

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theExamplesRepeatIdInfoAndPointOnBothPages() {
        assertThat(REPEATED.get(Pages.SYNC_PAGE)).containsExactlyInAnyOrder("/Response/IdInfo",
                "/Response/IdInfo/Location/Point");
        assertThat(REPEATED.get(Pages.JOB_PAGE)).containsExactlyInAnyOrder(
                "/Response/JobsDetail/Operation/ImageLicenseRecResult/IdInfo",
                "/Response/JobsDetail/Operation/ImageLicenseRecResult/IdInfo/Location/Point");
    }

    @Test
    void everyDocumentedNodeIsCheckedAndTheDeparturesAreTheKnownOnes() throws IOException {
        assertThat(rows()).hasSize(49);
        assertThat(departures(readme())).extracting(Departure::aspect).containsOnly("type");
        assertThat(departures(readme())).extracting(Departure::path).contains("/Response/IdInfo",
                "/Response/JobsDetail/Operation/ImageLicenseRecResult/State",
                "/Response/JobsDetail/Operation/ImageLicenseRecResult/Code",
                "/Response/JobsDetail/Operation/ImageLicenseRecResult/Status");
    }

    @Test
    void removingADocumentedNodeFromAnXsdCopyFails(@TempDir Path copy) throws IOException {
        copyXsds(copy);
        Path cardOcr = copy.resolve("ci-card-ocr-types.xsd");
        String original = Files.readString(cardOcr);
        String removed = original.replace(
                "<xs:element name=\"InputObjectUrl\" type=\"xs:string\"/>", "");
        assertThat(removed).as("the XSD copy was modified").isNotEqualTo(original);
        Files.writeString(cardOcr, removed);

        List<String> problems = SchemaConformance.problems(copy, rows(), REPEATED,
                departures(readme()));

        assertThat(problems).singleElement().asString()
                .contains("Undocumented departure")
                .contains("/Response/JobsDetail/Operation/ImageLicenseRecResult/InputObjectUrl")
                .contains("[presence]: documented present, schema absent");
    }

    @Test
    void makingARequiredNodeOptionalInAnXsdCopyFails(@TempDir Path copy) throws IOException {
        copyXsds(copy);
        Path cardOcr = copy.resolve("ci-card-ocr-types.xsd");
        String original = Files.readString(cardOcr);
        String loosened = original.replace("<xs:element name=\"CardType\" type=\"CardType\"/>",
                "<xs:element name=\"CardType\" type=\"CardType\" minOccurs=\"0\"/>");
        assertThat(loosened).isNotEqualTo(original);
        Files.writeString(cardOcr, loosened);

        List<String> problems = SchemaConformance.problems(copy, rows(), REPEATED,
                departures(readme()));

        assertThat(problems).singleElement().asString()
                .contains("/Request/Operation/ImageLicenseRec/CardType [required]: documented Yes,"
                        + " schema No");
    }

    @Test
    void removingADepartureFromAReadmeCopyFails() throws IOException {
        String readme = readme();
        String idInfoRow = readme.lines()
                .filter(l -> l.startsWith("|") && l.contains("`/Response/IdInfo`")).findFirst()
                .orElseThrow();
        String withoutRow = readme.replace(idInfoRow + "\n", "");
        assertThat(withoutRow).isNotEqualTo(readme);

        List<String> problems = SchemaConformance.problems(xsdDirectory(), rows(), REPEATED,
                departures(withoutRow));

        assertThat(problems).singleElement().asString()
                .contains("Undocumented departure cos-ai-license-rec-sync.txt /Response/IdInfo"
                        + " [type]: documented String, schema Container");
    }

    @Test
    void aStaleOrWrongDepartureFails() throws IOException {
        List<Departure> listed = new java.util.ArrayList<>(departures(readme()));
        listed.add(new Departure(Pages.SYNC_PAGE, "/Response/Status", "type", "Integer", "String",
                "made up"));
        Departure first = listed.get(0);
        listed.set(0, new Departure(first.page(), first.path(), first.aspect(), first.documented(),
                "Other", first.reason()));

        List<String> problems = SchemaConformance.problems(xsdDirectory(), rows(), REPEATED,
                listed);

        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("lists departure cos-ai-license-rec-sync.txt /Response/Status type"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("says documented "
                + first.documented() + ", schema Other"));
    }

    private static void copyXsds(Path target) throws IOException {
        try (Stream<Path> files = Files.list(xsdDirectory())) {
            for (Path xsd : files.filter(f -> f.toString().endsWith(".xsd")).toList()) {
                Files.copy(xsd, target.resolve(xsd.getFileName()));
            }
        }
    }
}
