package io.github.cosxml.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every violation found in one document, in document order. Empty means valid.
 */
public final class ValidationResult {

    private final String source;
    private final String schemaName;
    private final List<Violation> violations;

    ValidationResult(String source, String schemaName, List<Violation> violations) {
        this.source = source;
        this.schemaName = schemaName;
        this.violations = Collections.unmodifiableList(new ArrayList<Violation>(violations));
    }

    /** @return true when the document is well-formed and valid */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /** @return true when the document was not well-formed XML (or was refused) */
    public boolean isWellFormed() {
        for (Violation violation : violations) {
            if (violation.kind() != Violation.Kind.INVALID) {
                return false;
            }
        }
        return true;
    }

    /** @return every violation, in document order; never null */
    public List<Violation> violations() {
        return violations;
    }

    /** @return where the document came from: a file path, or a short description */
    public String source() {
        return source;
    }

    /** @return the name of the schema the document was checked against */
    public String schemaName() {
        return schemaName;
    }

    /**
     * @return a report with one line per violation, each prefixed with the source, suitable for
     *     an assertion message
     */
    public String report() {
        StringBuilder report = new StringBuilder();
        report.append(source).append(isValid() ? " is valid against " : " is not valid against ")
                .append(schemaName);
        if (!isValid()) {
            report.append(" (").append(violations.size())
                    .append(violations.size() == 1 ? " violation):" : " violations):");
            for (Violation violation : violations) {
                report.append(System.lineSeparator()).append("  ").append(source).append(':')
                        .append(violation);
            }
        }
        return report.toString();
    }

    /** @return the same as {@link #report()} */
    @Override
    public String toString() {
        return report();
    }
}
