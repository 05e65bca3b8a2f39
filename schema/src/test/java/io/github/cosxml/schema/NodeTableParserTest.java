package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The node-table parser on both pages, and the checked-in transcription it produces. */
class NodeTableParserTest {

    private static List<NodeRow> page(String name) {
        return NodeTableParser.parse(name, Pages.read(Pages.copy(name)));
    }

    private static NodeRow row(List<NodeRow> rows, String path) {
        return rows.stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + path + " in " + rows));
    }

    @Test
    void theJobPageHasItsRequestAndResponseTables() {
        List<NodeRow> rows = page(Pages.JOB_PAGE);

        assertThat(rows).hasSize(42);
        assertThat(rows).extracting(NodeRow::path).doesNotHaveDuplicates()
                .startsWith("/Request", "/Request/Tag", "/Request/Input", "/Request/Operation")
                .endsWith("/Response/JobsDetail/Operation/ImageLicenseRecResult/IdInfo/Location/Point");
        NodeRow cardType = row(rows, "/Request/Operation/ImageLicenseRec/CardType");
        assertThat(cardType.parent()).isEqualTo("Request.Operation.ImageLicenseRec");
        assertThat(cardType.type()).isEqualTo("String");
        assertThat(cardType.required()).isEqualTo("Yes");
        assertThat(cardType.description()).isEqualTo("Card OCR type, value is:\n"
                + "IDCard: refers to identity card\nDriverLicense: refers to driving license");
        assertThat(row(rows, "/Request/CallBackMqConfig").required()).isEqualTo("No");
        NodeRow state = row(rows, "/Response/JobsDetail/Operation/ImageLicenseRecResult/State");
        assertThat(state.type()).isEqualTo("Container");
        assertThat(state.required()).isEqualTo(NodeRow.NOT_STATED);
        assertThat(row(rows, "/Response/JobsDetail/Operation/ImageLicenseRecResult/Status")
                .description()).isEqualTo("Card OCR result\n1: Result is detected\n"
                        + "0: No result is detected");
    }

    @Test
    void theSyncPageResolvesBareParentNames() {
        List<NodeRow> rows = page(Pages.SYNC_PAGE);

        assertThat(rows).extracting(NodeRow::path).containsExactly("/Response", "/Response/Status",
                "/Response/IdInfo", "/Response/IdInfo/Name", "/Response/IdInfo/Score",
                "/Response/IdInfo/Location", "/Response/IdInfo/Location/Point");
        assertThat(row(rows, "/Response/IdInfo/Location/Point").parent()).isEqualTo("Location");
        assertThat(row(rows, "/Response/IdInfo").type()).isEqualTo("String");
        assertThat(row(rows, "/Response/Status").type()).isEqualTo("Integer");
        assertThat(rows).allSatisfy(r -> assertThat(r.required()).isEqualTo(NodeRow.NOT_STATED));
    }

    @Test
    void rowsRecordTheLineOfTheirNodeName() {
        List<String> lines = Pages.read(Pages.copy(Pages.SYNC_PAGE)).lines().toList();

        for (NodeRow row : page(Pages.SYNC_PAGE)) {
            assertThat(lines.get(row.line() - 1)).isEqualTo(row.name());
        }
    }

    @Test
    void theCheckedInTranscriptionEqualsAFreshParse() throws IOException {
        String fresh = NodeTables.format(NodeTables.parsePages());
        Path written = Paths.get("target", NodeTables.RESOURCE);
        Files.createDirectories(written.getParent());
        Files.writeString(written, fresh, StandardCharsets.UTF_8);

        assertThat(NodeTables.checkedIn()).as("src/main/resources/io/github/cosxml/schema/%s is"
                + " stale; a fresh parse is in schema/%s: copy it over if the change is intended",
                NodeTables.RESOURCE, written).isEqualTo(fresh);
        assertThat(NodeTables.parse(fresh)).isEqualTo(NodeTables.parsePages());
    }

    @Test
    void thePageCopiesEqualTheOriginalsWhenTheyAreReachable() throws IOException {
        Optional<Path> originals = Pages.originalsDirectory();
        Assumptions.assumeTrue(originals.isPresent(), "shared/docs is not reachable from "
                + Paths.get("").toAbsolutePath() + "; set -Dcosxml.shared.docs=<dir> to compare");
        for (String name : Pages.NAMES) {
            assertThat(Files.readAllBytes(Pages.copy(name))).as(name)
                    .isEqualTo(Files.readAllBytes(originals.get().resolve(name)));
        }
    }

    @Test
    void aBrokenTableIsReportedWithPageAndLine() {
        String text = "intro\nNode Name (Keyword)\nParent Node\nDescription\nType\nRequired\n"
                + "Tag\nRequest\nsome tag\nString\nMaybe\n";
        String orphan = "Node Name (Keyword)\nParent Node\nDescription\nType\n"
                + "Point\nLocation\nA point\nString\n";
        String noType = "Node Name (Keyword)\nParent Node\nDescription\nType\n"
                + "Request\nNone\nRoot\n\n";

        assertThatThrownBy(() -> NodeTableParser.parse("p.txt", text))
                .hasMessageStartingWith("p.txt:11: ").hasMessageContaining("Yes or No");
        assertThatThrownBy(() -> NodeTableParser.parse("p.txt", orphan))
                .hasMessageStartingWith("p.txt:5: ").hasMessageContaining("parent 'Location'");
        assertThatThrownBy(() -> NodeTableParser.parse("p.txt", noType))
                .hasMessageStartingWith("p.txt:8: ").hasMessageContaining("no Type cell");
    }
}
