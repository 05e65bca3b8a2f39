package io.github.cosxml.codegen.maven;

import java.util.List;

/** The schemas or bindings cannot be turned into code: every problem, each with its {@code file:line:column}. */
public final class GenerationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problems as text, in the order found. */
    private final transient List<String> problems;

    /**
     * A failure listing the problems.
     *
     * @param message the summary (every problem)
     * @param problems each problem, {@code file:line:column: message}
     * @param cause the generator's own exception
     */
    public GenerationFailure(String message, List<String> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** Each problem, {@code file:line:column: message}. */
    public List<String> problems() {
        return problems;
    }
}
