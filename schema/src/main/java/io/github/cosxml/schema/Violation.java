package io.github.cosxml.schema;

/**
 * One place where a document breaks its schema or is not acceptable XML at all.
 *
 * <p>Lines and columns are 1-based as the XML parser reports them ({@code -1} when unknown). The
 * element path names the element the problem belongs to, from the root, for example
 * {@code /Response/JobsDetail/Operation/ImageLicenseRec/CardType}; a segment carries a 1-based
 * position such as {@code IdInfo[3]} when it is not the first sibling of that name.
 */
public final class Violation {

    /** What kind of problem a violation is. */
    public enum Kind {
        /** Well-formed XML whose content the schema does not allow. */
        INVALID,
        /** Not well-formed XML; nothing after this point was checked. */
        NOT_WELL_FORMED,
        /** A construct refused for safety (a DOCTYPE or an entity; nothing was resolved), or a document beyond a limit (depth, value length). */
        REFUSED
    }

    private final Kind kind;
    private final int line;
    private final int column;
    private final String elementPath;
    private final String message;

    Violation(Kind kind, int line, int column, String elementPath, String message) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.elementPath = elementPath;
        this.message = message;
    }

    /** @return the kind of problem */
    public Kind kind() {
        return kind;
    }

    /** @return the 1-based line, or -1 when the parser did not know it */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or -1 when the parser did not know it */
    public int column() {
        return column;
    }

    /** @return the path of the element the problem belongs to, or {@code /} before the root */
    public String elementPath() {
        return elementPath;
    }

    /** @return what is wrong, in the parser's words or ours */
    public String message() {
        return message;
    }

    /** @return {@code line:column kind at path: message}, one line */
    @Override
    public String toString() {
        return line + ":" + column + " " + kind + " at " + elementPath + ": " + message;
    }
}
