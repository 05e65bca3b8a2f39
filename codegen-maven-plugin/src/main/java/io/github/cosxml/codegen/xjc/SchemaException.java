package io.github.cosxml.codegen.xjc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The schemas or bindings cannot be turned into code: carries every problem found, each with its
 * {@code file:line:column}.
 */
public final class SchemaException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problems, in the order they were found. */
    private final transient List<SchemaProblem> problems;

    /** An exception listing the given problems (at least one). */
    public SchemaException(List<SchemaProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SchemaException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** An exception for a single problem. */
    public SchemaException(SchemaProblem problem) {
        this(List.of(problem));
    }

    /** Every problem, in the order found. */
    public List<SchemaProblem> problems() {
        return problems;
    }

    private static String describe(List<SchemaProblem> problems) {
        String header = problems.size() == 1 ? "1 schema problem:" : problems.size() + " schema problems:";
        return problems.stream().map(SchemaProblem::toString).collect(Collectors.joining("\n  ", header + "\n  ", ""));
    }
}
