package io.github.cosxml.schema;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * Turns the parser's and the validator's errors into {@link Violation}s instead of exceptions,
 * tagging each with the element path at the moment it was raised.
 */
final class ViolationCollector implements ErrorHandler {

    private final List<Violation> violations = new ArrayList<Violation>();
    private ElementPathTracker tracker;
    private boolean fatalRecorded;

    void track(ElementPathTracker pathTracker) {
        this.tracker = pathTracker;
    }

    List<Violation> violations() {
        return violations;
    }

    /** @return true once a fatal error (not well-formed, or refused) has been recorded */
    boolean fatalRecorded() {
        return fatalRecorded;
    }

    @Override
    public void warning(SAXParseException e) {
        // Warnings (for example about unused schema hints) do not make a document invalid.
    }

    @Override
    public void error(SAXParseException e) {
        add(Violation.Kind.INVALID, e, e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
        recordFatal(e);
    }

    /**
     * Records the one fatal error of a document. Schema violations found before it are dropped:
     * a document that is not well-formed XML has no validity to speak of, and they are mostly
     * artefacts of the same mistake (an end tag written as a start tag).
     */
    void recordFatal(SAXParseException e) {
        if (fatalRecorded) {
            return;
        }
        fatalRecorded = true;
        violations.clear();
        String message = String.valueOf(e.getMessage());
        if (e instanceof ValidationLimits.LimitExceeded) {
            add(Violation.Kind.REFUSED, e, message);
        } else if (!tracker.rootStarted() && message.contains("DOCTYPE")) {
            add(Violation.Kind.REFUSED, e, "DOCTYPE declarations are refused: DTDs and entities are"
                    + " never read, so that a document cannot make the validator open files or URLs."
                    + " Remove the <!DOCTYPE ...> declaration. (Parser: " + message + ")");
        } else {
            add(Violation.Kind.NOT_WELL_FORMED, e, message
                    + " The document is not well-formed XML; nothing after this point was checked.");
        }
    }

    /**
     * Records a violation the JDK's validator found but could not word, because its message is
     * missing from the JDK's resources; validation stopped there.
     */
    void recordUnworded(String messageKey, Locator locator) {
        add(Violation.Kind.INVALID, new SAXParseException(null, locator), messageKey + ": the JDK's schema validator"
                + " found the content invalid here but has no message for this rule (its text is missing from this"
                + " JDK's resources; newer JDKs have it). Validation stopped at this point, so later violations,"
                + " if any, are not listed.");
    }

    private void add(Violation.Kind kind, SAXParseException e, String message) {
        violations.add(new Violation(kind, e.getLineNumber(), e.getColumnNumber(),
                tracker.currentPath(), message));
    }
}
