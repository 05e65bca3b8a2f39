package io.github.cosxml.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the departures table in {@code schema/README.md}: where the XSD deliberately
 * differs from a documented node table, and why.
 *
 * @param page the page file name
 * @param path the node path
 * @param aspect {@code presence}, {@code type}, {@code required} or {@code repeats}
 * @param documented what the page says, in {@link SchemaConformance}'s words
 * @param schema what the XSD has, in the same words
 * @param reason the reason and evidence
 */
record Departure(String page, String path, String aspect, String documented, String schema,
        String reason) {

    static final String START = "<!-- departures:start -->";
    static final String END = "<!-- departures:end -->";

    /** @return the key a mismatch must match */
    String key() {
        return page + " " + path + " " + aspect;
    }

    /**
     * Reads the Markdown table between {@link #START} and {@link #END}: a header row, a
     * separator row, then one row per departure with six cells; paths may be in backticks.
     */
    static List<Departure> parseReadme(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("README.md has no departures table between "
                    + START + " and " + END);
        }
        List<Departure> departures = new ArrayList<>();
        List<String> lines = readme.substring(start + START.length(), end).lines()
                .map(String::strip).filter(l -> l.startsWith("|")).toList();
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0))
                    .split("\\|", -1);
            if (cells.length != 6) {
                throw new IllegalArgumentException("README.md departures: expected 6 cells in: "
                        + line);
            }
            departures.add(new Departure(clean(cells[0]), clean(cells[1]), clean(cells[2]),
                    clean(cells[3]), clean(cells[4]), cells[5].strip()));
        }
        return departures;
    }

    private static String clean(String cell) {
        return cell.strip().replace("`", "");
    }
}
