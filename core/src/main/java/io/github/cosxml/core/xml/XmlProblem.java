package io.github.cosxml.core.xml;

/**
 * One problem found while reading XML: where (line, column, element path) and what.
 * Line and column are 1-based, or -1 when the parser cannot tell.
 */
public final class XmlProblem {

    private final int line;
    private final int column;
    private final String path;
    private final String message;

    /**
     * Creates a problem.
     *
     * @param line the line, or -1
     * @param column the column, or -1
     * @param path the element path, e.g. {@code /Response/JobsDetail/State}; {@code /} before the root
     * @param message what is wrong
     */
    public XmlProblem(int line, int column, String path, String message) {
        this.line = line;
        this.column = column;
        this.path = path;
        this.message = message;
    }

    /**
     * The 1-based line, or -1.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column, or -1.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * The element path where the problem is.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof XmlProblem)) {
            return false;
        }
        XmlProblem other = (XmlProblem) o;
        return line == other.line && column == other.column && path.equals(other.path)
                && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return ((31 * line + column) * 31 + path.hashCode()) * 31 + message.hashCode();
    }

    /**
     * Formats as {@code line 3, column 7, at /A/B: message}.
     *
     * @return the formatted problem
     */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ", at " + path + ": " + message;
    }
}
