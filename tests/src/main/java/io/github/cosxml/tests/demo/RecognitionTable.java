package io.github.cosxml.tests.demo;

import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import io.github.cosxml.tests.ci.sync.IdInfo;
import java.util.ArrayList;
import java.util.List;

/** A parsed AILicenseRec response as a text table: field, text, score and bounding box. */
public final class RecognitionTable {
    private static final String[] HEADINGS = {"Field", "Text", "Score", "Box (x0,y0 - x1,y1)"};

    private RecognitionTable() {
    }

    /** The table, one line per {@code IdInfo}, columns padded to their widest cell. */
    public static String format(AILicenseRecResponse response) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (IdInfo info : response.getIdInfo()) {
            rows.add(new String[] {info.getName(), info.getDetectedText() == null ? "" : info.getDetectedText(),
                    String.valueOf(info.getScore()), box(CardPoint.parseAll(info.getLocation().getPoint()))});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            appendRow(out, rows.get(r), widths);
            if (r == 0) {
                String[] rule = new String[widths.length];
                for (int c = 0; c < widths.length; c++) {
                    rule[c] = "-".repeat(widths[c]);
                }
                appendRow(out, rule, widths);
            }
        }
        return out.toString();
    }

    /** The smallest axis-aligned box holding every point, as {@code x0,y0 - x1,y1}. */
    static String box(List<CardPoint> points) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (CardPoint p : points) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        return x0 + "," + y0 + " - " + x1 + "," + y1;
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        for (int c = 0; c < cells.length; c++) {
            boolean number = c == 2;
            String cell = cells[c];
            String pad = " ".repeat(widths[c] - cell.length());
            out.append(c == 0 ? "" : " | ").append(number ? pad + cell : cell + (c == cells.length - 1 ? "" : pad));
        }
        out.append('\n');
    }
}
