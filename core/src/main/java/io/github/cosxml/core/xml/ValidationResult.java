package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of a generated {@code validate()}: every violation found, in property order. */
public final class ValidationResult {

    private static final ValidationResult VALID = new ValidationResult(Collections.<Violation>emptyList());

    private final List<Violation> violations;

    private ValidationResult(List<Violation> violations) {
        this.violations = violations;
    }

    /**
     * A result with these violations.
     *
     * @param violations the violations (copied)
     * @return the result
     */
    public static ValidationResult of(List<Violation> violations) {
        return violations.isEmpty() ? VALID
                : new ValidationResult(Collections.unmodifiableList(new ArrayList<Violation>(violations)));
    }

    /**
     * Whether nothing is violated.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /**
     * Every violation.
     *
     * @return an unmodifiable list
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationResult && violations.equals(((ValidationResult) o).violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    @Override
    public String toString() {
        if (violations.isEmpty()) {
            return "valid";
        }
        StringBuilder text = new StringBuilder().append(violations.size()).append(" violation")
                .append(violations.size() == 1 ? "" : "s").append(':');
        for (Violation violation : violations) {
            text.append("\n  ").append(violation);
        }
        return text.toString();
    }
}
