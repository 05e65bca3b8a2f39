package io.github.cosxml.tests.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts the server's {@code FormatString} (its HttpString) beside the client's
 * {@code explain().httpString()}, line by line and, inside a line, {@code &}-separated pair by
 * pair, so that the one part a tamper changed stands out.
 */
final class HttpStringComparison {
    /**
     * One part that differs.
     *
     * @param line the HttpString line (1 method, 2 path, 3 parameters, 4 headers)
     * @param server the server's part
     * @param client the client's part
     */
    record Difference(int line, String server, String client) {
    }

    private HttpStringComparison() {
    }

    /** Every differing part. */
    static List<Difference> differences(String serverFormatString, String clientHttpString) {
        List<String> server = Arrays.asList(serverFormatString.split("\n", -1));
        List<String> client = Arrays.asList(clientHttpString.split("\n", -1));
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(server.size(), client.size()); i++) {
            String s = i < server.size() ? server.get(i) : "";
            String c = i < client.size() ? client.get(i) : "";
            if (s.equals(c)) {
                continue;
            }
            String[] sParts = s.split("&", -1);
            String[] cParts = c.split("&", -1);
            if (sParts.length != cParts.length) {
                differences.add(new Difference(i + 1, s, c));
                continue;
            }
            for (int p = 0; p < sParts.length; p++) {
                if (!sParts[p].equals(cParts[p])) {
                    differences.add(new Difference(i + 1, sParts[p], cParts[p]));
                }
            }
        }
        return differences;
    }

    /**
     * Both strings, one line each with {@code \n} shown, then the differing parts; {@code secret}
     * (a session token, which HttpString carries when it is signed) is shown as {@code ***}.
     */
    static String sideBySide(String serverFormatString, String clientHttpString, String secret) {
        StringBuilder out = new StringBuilder()
                .append("server FormatString:       ").append(printable(serverFormatString, secret)).append('\n')
                .append("client explain HttpString: ").append(printable(clientHttpString, secret)).append('\n');
        for (Difference d : differences(serverFormatString, clientHttpString)) {
            out.append("  line ").append(d.line()).append(": server '").append(printable(d.server(), secret))
                    .append("' <> client '").append(printable(d.client(), secret)).append("'\n");
        }
        return out.toString();
    }

    private static String printable(String text, String secret) {
        String shown = text.replace("\n", "\\n");
        return secret == null || secret.isEmpty() ? shown : shown.replace(secret, "***");
    }
}
