package io.github.cosxml.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the node tables out of an API page in the layout of {@code shared/docs/}: a table starts
 * with the header cells {@code Node Name (Keyword)}, {@code Parent Node}, {@code Description},
 * {@code Type} and optionally {@code Required}, one cell per line; each row is the node name, the
 * parent, one or more description lines, the type, and the required cell when the table has that
 * column; a blank line or the next table's caption ends a table.
 *
 * <p>Parents are written either as full dotted paths ({@code Request.Operation}) or as a bare
 * node name ({@code IdInfo}); the bare form is resolved to the one node of that name seen
 * earlier on the page.
 *
 * <p>Test scope on purpose: the parser derives and checks the checked-in
 * {@code node-tables.tsv} at build time and has no use at run time.
 */
final class NodeTableParser {

    private static final String HEADER = "Node Name (Keyword)";
    private static final Set<String> TYPES = Set.of("String", "Container", "Integer",
            "Container array", "Boolean", "Float");
    private static final Set<String> REQUIRED = Set.of("Yes", "No");

    private NodeTableParser() {
    }

    /**
     * @param page the page's file name, recorded in every row and named in errors
     * @param text the page text
     * @return every row of every node table, in page order
     * @throws IllegalArgumentException naming the page and line when a table cannot be read
     */
    static List<NodeRow> parse(String page, String text) {
        List<String> lines = text.lines().toList();
        List<NodeRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(HEADER)) {
                i = parseTable(page, lines, i, rows);
            }
        }
        return rows;
    }

    /** @return the index of the last line of the table */
    private static int parseTable(String page, List<String> lines, int headerAt, List<NodeRow> rows) {
        int i = headerAt;
        expect(page, lines, ++i, "Parent Node");
        expect(page, lines, ++i, "Description");
        expect(page, lines, ++i, "Type");
        boolean hasRequired = i + 1 < lines.size() && lines.get(i + 1).equals("Required");
        if (hasRequired) {
            i++;
        }
        while (i + 1 < lines.size() && !endsTable(lines.get(i + 1))) {
            int nameAt = ++i;
            String name = lines.get(nameAt);
            String parent = cell(page, lines, ++i, "Parent Node");
            List<String> description = new ArrayList<>();
            while (++i < lines.size() && !TYPES.contains(lines.get(i))) {
                if (lines.get(i).isBlank() || lines.get(i).equals(HEADER)) {
                    throw error(page, i, "row '" + name + "' has no Type cell (one of " + TYPES
                            + ") before the table ends");
                }
                description.add(lines.get(i));
            }
            String type = cell(page, lines, i, "Type");
            String required = NodeRow.NOT_STATED;
            if (hasRequired) {
                required = cell(page, lines, ++i, "Required");
                if (!REQUIRED.contains(required)) {
                    throw error(page, i, "row '" + name + "': Required must be Yes or No, not '"
                            + required + "'");
                }
            }
            if (description.isEmpty()) {
                throw error(page, nameAt, "row '" + name + "' has no Description cell");
            }
            rows.add(new NodeRow(page, resolvePath(page, nameAt, parent, name, rows), parent, type,
                    required, String.join("\n", description), nameAt + 1));
        }
        return i;
    }

    private static boolean endsTable(String line) {
        return line.isBlank() || line.startsWith("The data description of")
                || line.startsWith("The content of") || line.startsWith("The data content is");
    }

    private static String resolvePath(String page, int at, String parent, String name,
            List<NodeRow> earlier) {
        if (parent.equals("None")) {
            return "/" + name;
        }
        String dotted = "/" + parent.replace('.', '/');
        List<String> candidates = new ArrayList<>();
        for (NodeRow row : earlier) {
            if (!row.page().equals(page)) {
                continue;
            }
            if (row.path().equals(dotted)) {
                return dotted + "/" + name;
            }
            if (!parent.contains(".") && row.name().equals(parent)) {
                candidates.add(row.path());
            }
        }
        if (candidates.size() != 1) {
            throw error(page, at, "cannot resolve parent '" + parent + "' of '" + name + "': "
                    + (candidates.isEmpty() ? "no earlier node has that path or name"
                            : "several nodes match: " + candidates));
        }
        return candidates.get(0) + "/" + name;
    }

    private static void expect(String page, List<String> lines, int i, String cell) {
        if (i >= lines.size() || !lines.get(i).equals(cell)) {
            throw error(page, i, "expected the header cell '" + cell + "' but found '"
                    + (i < lines.size() ? lines.get(i) : "end of page") + "'");
        }
    }

    private static String cell(String page, List<String> lines, int i, String what) {
        if (i >= lines.size() || lines.get(i).isBlank()) {
            throw error(page, i, "missing " + what + " cell");
        }
        return lines.get(i);
    }

    private static IllegalArgumentException error(String page, int index, String what) {
        return new IllegalArgumentException(page + ":" + (index + 1) + ": " + what
                + ". Expected the node-table layout of shared/README.md (one cell per line).");
    }
}
