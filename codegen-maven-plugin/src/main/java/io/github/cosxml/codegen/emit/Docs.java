package io.github.cosxml.codegen.emit;

/** Javadoc text helpers: schema documentation made safe for a comment. */
final class Docs {

    private Docs() {
    }

    /** The documentation (trimmed, comment-safe, JavaPoet-escaped) followed by a blank line, or empty. */
    static String paragraph(String documentation) {
        if (documentation == null || documentation.isBlank()) {
            return "";
        }
        return escape(documentation.strip()) + "\n\n";
    }

    /** Makes text safe inside a Javadoc comment and a JavaPoet format string. */
    static String escape(String text) {
        return text.replace("$", "$$").replace("*/", "*&#47;").replace("@", "{@literal @}")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\\u", "\\\\u");
    }
}
