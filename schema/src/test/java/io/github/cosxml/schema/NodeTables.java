package io.github.cosxml.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine-readable transcription of the node tables, {@code node-tables.tsv} (a main
 * resource, so it ships with the XSDs): one row per node, tab-separated, with {@code \n},
 * {@code \t} and {@code \\} escaped in cells.
 */
final class NodeTables {

    static final String RESOURCE = "node-tables.tsv";
    static final String HEADER =
            "# page\tpath\tparent\ttype\trequired\tdescription\tline";

    private NodeTables() {
    }

    /** @return the TSV text of {@code rows}, header first, one line per row, LF line ends */
    static String format(List<NodeRow> rows) {
        StringBuilder tsv = new StringBuilder(HEADER).append('\n');
        for (NodeRow row : rows) {
            tsv.append(String.join("\t", row.page(), row.path(), escape(row.parent()), row.type(),
                    row.required(), escape(row.description()), Integer.toString(row.line())))
                    .append('\n');
        }
        return tsv.toString();
    }

    /** @return the rows of a TSV text written by {@link #format} */
    static List<NodeRow> parse(String tsv) {
        List<NodeRow> rows = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 7) {
                throw new IllegalArgumentException(RESOURCE + ": expected 7 cells in: " + line);
            }
            rows.add(new NodeRow(c[0], c[1], unescape(c[2]), c[3], c[4], unescape(c[5]),
                    Integer.parseInt(c[6])));
        }
        return rows;
    }

    /** @return the checked-in file's text */
    static String checkedIn() {
        try (InputStream in = CiSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the schema resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a fresh parse of both page copies */
    static List<NodeRow> parsePages() {
        List<NodeRow> rows = new ArrayList<>();
        for (String name : Pages.NAMES) {
            rows.addAll(NodeTableParser.parse(name, Pages.read(Pages.copy(name))));
        }
        return rows;
    }

    private static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String cell) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
