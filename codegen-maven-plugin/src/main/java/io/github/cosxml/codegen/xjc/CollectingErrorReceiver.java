package io.github.cosxml.codegen.xjc;

import com.sun.tools.xjc.ErrorReceiver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.xml.sax.SAXParseException;

/** Collects XJC's errors with their locations instead of printing them; forwards warnings. */
final class CollectingErrorReceiver extends ErrorReceiver {
    private final List<SchemaProblem> errors = new ArrayList<>();
    private final Consumer<SchemaProblem> warnings;

    CollectingErrorReceiver(Consumer<SchemaProblem> warnings) {
        this.warnings = warnings;
    }

    @Override
    public void error(SAXParseException exception) {
        errors.add(toProblem(exception));
    }

    @Override
    public void fatalError(SAXParseException exception) {
        errors.add(toProblem(exception));
    }

    @Override
    public void warning(SAXParseException exception) {
        warnings.accept(toProblem(exception));
    }

    @Override
    public void info(SAXParseException exception) {
        // XJC's informational messages are not useful to a build log.
    }

    List<SchemaProblem> errors() {
        return List.copyOf(errors);
    }

    private static SchemaProblem toProblem(SAXParseException exception) {
        String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
        return new SchemaProblem(exception.getSystemId(), exception.getLineNumber(), exception.getColumnNumber(),
                message.strip() + hint(message));
    }

    private static String hint(String message) {
        if (message.contains("s4s-") || message.contains("src-") || message.contains("cos-")
                || message.contains("sch-props-correct") || message.contains("ct-props-correct")) {
            return " (fix the schema: it is not valid XML Schema)";
        }
        if (message.contains("schema_reference")) {
            return " (check the schemaLocation of the import or include)";
        }
        return "";
    }
}
