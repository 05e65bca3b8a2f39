package io.github.cosxml.codegen.xjc;

import com.sun.tools.xjc.ErrorReceiver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXParseException;

/** Collects XJC's errors with their locations instead of printing them; forwards warnings. */
final class CollectingErrorReceiver extends ErrorReceiver {
    private static final Pattern UNREADABLE = Pattern.compile("IOException thrown when processing \"([^\"]+)\"");
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
        SchemaProblem problem = toProblem(exception);
        // the XML parser's own errors are fatal, and have no hint of their own
        if (problem.message().equals(exception.getMessage() == null ? "" : exception.getMessage().strip())) {
            problem = new SchemaProblem(problem.systemId(), problem.line(), problem.column(), problem.message()
                    + " (fix the file at this position: it is not well-formed XML)");
        }
        errors.add(problem);
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
        String systemId = exception.getSystemId();
        if (systemId == null) {
            // XJC reports a file it cannot read without a location; the file it names is where to look
            Matcher unreadable = UNREADABLE.matcher(message);
            if (unreadable.find()) {
                return new SchemaProblem(unreadable.group(1), -1, -1, message.strip()
                        + " (a schema or binding file names a file that cannot be read: check its schemaLocation)");
            }
        }
        return new SchemaProblem(systemId, exception.getLineNumber(), exception.getColumnNumber(),
                message.strip() + hint(message));
    }

    private static String hint(String message) {
        if (message.contains("s4s-") || message.contains("src-") || message.contains("cos-")
                || message.contains("sch-props-correct") || message.contains("ct-props-correct")) {
            return " (fix the schema: it is not valid XML Schema)";
        }
        if (message.contains("more than 5,000 nodes") || message.contains("maxOccurLimit")) {
            return " (the JDK counts each of a bounded maxOccurs as a node: use maxOccurs=\"unbounded\", or lift the"
                    + " limit for the build with -Djdk.xml.maxOccurLimit=0 in MAVEN_OPTS or .mvn/jvm.config)";
        }
        if (message.contains("schema_reference")) {
            return " (check the schemaLocation of the import or include)";
        }
        // a binding file that selects nothing, most often one shared by executions that compile other schemas
        if (message.contains("match any schema component")) {
            return " (this execution's schemas have no such component: check the scd, or give an execution of other"
                    + " schemas a bindingDirectory of its own)";
        }
        if (message.contains("results in empty target node")) {
            return " (the XPath selects nothing in the schema the binding names: check node and schemaLocation, or"
                    + " give an execution of other schemas a bindingDirectory of its own)";
        }
        if (message.contains("is not a part of this compilation")) {
            return " (the binding names a schema this execution does not compile: check its schemaLocation, or give"
                    + " an execution of other schemas a bindingDirectory of its own)";
        }
        return "";
    }
}
