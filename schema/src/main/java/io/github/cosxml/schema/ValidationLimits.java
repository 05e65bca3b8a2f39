package io.github.cosxml.schema;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * The bounds that keep validating a hostile document cheap: nesting depth, the length of one
 * text value, and the longest run of input without {@code <} (core's {@code MarkupRunGuard}, with
 * {@link #MAX_TEXT_LENGTH}). The JDK's validator buffers a whole simple-type value (and the parser
 * a whole attribute value) before checking it, so without these a 50 MB value costs hundreds of
 * MB of heap; and it reports one error per level of a deep nest.
 * Documents of the CI APIs are under 10 levels deep with values far below these limits.
 */
final class ValidationLimits {

    /** Maximum element nesting depth (the root is depth 1), as {@code XmlReadOptions} in core. */
    static final int MAX_DEPTH = 100;
    /** Maximum length in chars of the text of one element between two tags, and of one attribute value. */
    static final int MAX_TEXT_LENGTH = 1024 * 1024;

    private ValidationLimits() {
    }

    /** A limit was exceeded: reported as a {@link Violation.Kind#REFUSED} violation. */
    static final class LimitExceeded extends SAXParseException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message, Locator locator) {
            super(message + "; validation stopped here (a limit of cosxml-schema that protects against hostile documents)",
                    locator);
        }
    }
}
