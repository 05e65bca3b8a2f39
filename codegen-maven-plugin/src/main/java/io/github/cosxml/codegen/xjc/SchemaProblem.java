package io.github.cosxml.codegen.xjc;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import org.xml.sax.Locator;

/**
 * One problem found in a schema or binding file: where it is ({@code file:line:column}), what is
 * wrong and what to do about it.
 *
 * @param systemId the schema or binding file (a URI as XJC reports it), or {@code null} when unknown
 * @param line 1-based line, or -1 when unknown
 * @param column 1-based column, or -1 when unknown
 * @param message what is wrong and, where it helps, what to do
 */
public record SchemaProblem(String systemId, int line, int column, String message) {

    /** Validates the message. */
    public SchemaProblem {
        Objects.requireNonNull(message, "message");
    }

    /** A problem at a SAX locator (which may be {@code null}). */
    public static SchemaProblem at(Locator locator, String message) {
        if (locator == null) {
            return new SchemaProblem(null, -1, -1, message);
        }
        return new SchemaProblem(locator.getSystemId(), locator.getLineNumber(), locator.getColumnNumber(), message);
    }

    /** {@code file:line:column}, with the file as a local path where it is one. */
    public String location() {
        StringBuilder out = new StringBuilder(displayFile());
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.toString();
    }

    private String displayFile() {
        if (systemId == null) {
            return "<unknown file>";
        }
        if (systemId.startsWith("file:")) {
            try {
                Path path = Paths.get(URI.create(systemId));
                return path.toString();
            } catch (RuntimeException notAPlainFileUri) {
                return systemId;
            }
        }
        return systemId;
    }

    /** {@code file:line:column: message}. */
    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
