package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reading XML failed. Carries every problem found (one in lenient mode, all of them in strict
 * mode); {@link #line()}, {@link #column()} and {@link #path()} describe the first one.
 */
public final class XmlReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<XmlProblem> problems;

    /**
     * Creates an exception for one problem.
     *
     * @param problem the problem
     * @param cause the underlying parser exception, or null
     */
    public XmlReadException(XmlProblem problem, Throwable cause) {
        this(Collections.singletonList(problem), cause);
    }

    /**
     * Creates an exception for several problems.
     *
     * @param problems at least one problem
     * @param cause the underlying parser exception, or null
     */
    public XmlReadException(List<XmlProblem> problems, Throwable cause) {
        super(format(problems), cause);
        this.problems = Collections.unmodifiableList(new ArrayList<XmlProblem>(problems));
    }

    /**
     * Every problem, in document order.
     *
     * @return an unmodifiable list, never empty
     */
    public List<XmlProblem> problems() {
        return problems;
    }

    /**
     * The line of the first problem.
     *
     * @return 1-based line or -1
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * The column of the first problem.
     *
     * @return 1-based column or -1
     */
    public int column() {
        return problems.get(0).column();
    }

    /**
     * The element path of the first problem.
     *
     * @return the path
     */
    public String path() {
        return problems.get(0).path();
    }

    private static String format(List<XmlProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an XmlReadException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder text = new StringBuilder().append(problems.size()).append(" problems reading XML:");
        for (XmlProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
