package io.github.cosxml.schema;

import io.github.cosxml.schema.XsdTree.Decl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the XSDs against the documented node tables: for every documented node, the entry XSD
 * of its API has an element at the same path, of a compatible type, required when the table says
 * Yes, optional when it says No, and repeating exactly when the page's examples repeat it. Every
 * difference must be a listed {@link Departure}, and every listed departure must still be a
 * difference (so the list cannot go stale).
 */
final class SchemaConformance {

    /** A difference between a page and the XSD. */
    record Mismatch(String page, String path, String aspect, String documented, String schema) {
        String key() {
            return page + " " + path + " " + aspect;
        }

        @Override
        public String toString() {
            return page + " " + path + " [" + aspect + "]: documented " + documented + ", schema "
                    + schema;
        }
    }

    private SchemaConformance() {
    }

    /**
     * @param xsdDirectory the folder holding the XSD files
     * @param rows the documented nodes
     * @param repeatedInExamples per page, the paths that occur more than once under one parent
     *     in that page's examples
     * @param departures the README's departures table
     * @return every problem, empty when the XSDs conform
     */
    static List<String> problems(Path xsdDirectory, List<NodeRow> rows,
            Map<String, Set<String>> repeatedInExamples, List<Departure> departures) {
        List<Mismatch> mismatches = mismatches(xsdDirectory, rows, repeatedInExamples);
        Map<String, Departure> listed = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Departure departure : departures) {
            if (listed.put(departure.key(), departure) != null) {
                problems.add("Departure listed twice in README.md: " + departure.key());
            }
        }
        for (Mismatch mismatch : mismatches) {
            Departure departure = listed.remove(mismatch.key());
            if (departure == null) {
                problems.add("Undocumented departure " + mismatch + ". Fix the XSD, or add a row to"
                        + " the departures table in schema/README.md with the reason and evidence.");
            } else if (!departure.documented().equals(mismatch.documented())
                    || !departure.schema().equals(mismatch.schema())) {
                problems.add("Departure row for " + mismatch.key() + " says documented "
                        + departure.documented() + ", schema " + departure.schema()
                        + "; actually " + mismatch + ".");
            } else if (departure.reason().isBlank()) {
                problems.add("Departure " + departure.key() + " has no reason in README.md.");
            }
        }
        for (Departure stale : listed.values()) {
            problems.add("README.md lists departure " + stale.key() + " but the XSD agrees with"
                    + " the page there; remove the row.");
        }
        return problems;
    }

    /** @return every difference between the pages and the XSDs, in page order */
    static List<Mismatch> mismatches(Path xsdDirectory, List<NodeRow> rows,
            Map<String, Set<String>> repeatedInExamples) {
        Map<String, Map<String, Decl>> trees = new HashMap<>();
        List<Mismatch> mismatches = new ArrayList<>();
        for (NodeRow row : rows) {
            String entry = entryFor(row);
            Map<String, Decl> tree = trees.computeIfAbsent(entry,
                    e -> XsdTree.load(xsdDirectory.resolve(e)).decls());
            Decl decl = tree.get(row.path());
            if (decl == null) {
                mismatches.add(new Mismatch(row.page(), row.path(), "presence", "present",
                        "absent"));
                continue;
            }
            String documentedType = documentedKind(row.type());
            String schemaType = kindName(decl.kind());
            if (!documentedType.equals(schemaType)) {
                mismatches.add(new Mismatch(row.page(), row.path(), "type", row.type(), schemaType));
            }
            String schemaRequired = decl.minOccurs() > 0 ? "Yes" : "No";
            if (!row.required().equals(NodeRow.NOT_STATED)
                    && !row.required().equals(schemaRequired)) {
                mismatches.add(new Mismatch(row.page(), row.path(), "required", row.required(),
                        schemaRequired));
            }
            boolean documentedRepeats = repeatedInExamples.getOrDefault(row.page(), Set.of())
                    .contains(row.path());
            if (documentedRepeats != decl.repeats()) {
                mismatches.add(new Mismatch(row.page(), row.path(), "repeats",
                        documentedRepeats ? "repeats" : "single",
                        decl.repeats() ? "repeats" : "single"));
            }
        }
        return mismatches;
    }

    /** @return the entry XSD that describes the document a row belongs to */
    static String entryFor(NodeRow row) {
        if (row.page().equals(Pages.SYNC_PAGE)) {
            return CiSchema.AI_LICENSE_REC_RESPONSE.fileName();
        }
        if (row.page().equals(Pages.JOB_PAGE)) {
            return row.path().startsWith("/Request") ? CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST.fileName()
                    : CiSchema.IMAGE_LICENSE_REC_JOB_RESPONSE.fileName();
        }
        throw new IllegalArgumentException("No entry XSD is known for page " + row.page());
    }

    private static String documentedKind(String type) {
        return switch (type) {
            case "Container", "Container array" -> "Container";
            default -> type;
        };
    }

    private static String kindName(XsdTree.Kind kind) {
        return switch (kind) {
            case CONTAINER -> "Container";
            case STRING -> "String";
            case INTEGER -> "Integer";
            case OTHER -> "Other";
        };
    }
}
