package io.github.cosxml.core.xml;

/** A value cannot be written as XML, e.g. it contains a character XML 1.0 does not allow. */
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
}
