package io.github.cosxml.codegen.emit;

/** Javadoc text helpers: schema documentation made safe for a comment. */
final class Docs {

    private Docs() {
    }

    /**
     * The documentation as a Javadoc paragraph followed by a blank line, or empty: trimmed, HTML
     * special characters escaped (schema documentation is plain text, and javadoc rejects stray
     * tags), comment-safe and JavaPoet-escaped.
     */
    static String paragraph(String documentation) {
        if (documentation == null || documentation.isBlank()) {
            return "";
        }
        String html = documentation.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escape(html) + "\n\n";
    }

    /** Makes text safe inside a Javadoc comment and a JavaPoet format string. */
    static String escape(String text) {
        return text.replace("$", "$$").replace("*/", "*&#47;").replace("@", "{@literal @}")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\\u", "\\\\u");
    }
}
