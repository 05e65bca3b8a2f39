package io.github.cosxml.core.xml;

/**
 * A value cannot be written as XML: it contains a character XML 1.0 does not allow, or its type has
 * no text for it (a date in year 0, an offset with seconds). The message says where in the document.
 */
public final class XmlWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where and what
     */
    public XmlWriteException(String message) {
        super(message);
    }

    /**
     * Creates the exception for a value whose print method refused it.
     *
     * @param message where and what
     * @param cause the print method's exception, which says what about the value
     */
    public XmlWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
