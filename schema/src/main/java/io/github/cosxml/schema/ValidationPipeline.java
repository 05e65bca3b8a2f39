package io.github.cosxml.schema;

import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * A secure SAX reader feeding a schema's validator handler through an {@link ElementPathTracker}.
 * Making one costs more than validating a small document, so {@link XmlValidator} reuses it for
 * document after document, one document at a time.
 */
final class ValidationPipeline {
    /**
     * A pipeline that has read a document larger than this keeps the buffers it grew for it: it is
     * not reused. (Bytes or chars; CI documents are a few KB.)
     */
    static final long MAX_REUSED_DOCUMENT = 256 * 1024;
    /**
     * The parser and validator keep every element and attribute name they have seen: a pipeline is
     * retired after this much input, so that hostile documents full of fresh names cannot grow them
     * without bound.
     */
    static final long MAX_LIFETIME_INPUT = 4L * 1024 * 1024;

    private final XMLReader reader;
    private final ValidatorHandler validatorHandler;
    private final ElementPathTracker tracker;
    private long inputSeen;

    ValidationPipeline(Schema schema) {
        validatorHandler = schema.newValidatorHandler();
        refuseExternalAccess(validatorHandler);
        tracker = new ElementPathTracker(validatorHandler);
        reader = SecureXml.newReader();
        reader.setContentHandler(tracker);
    }

    /** The path tracker of the document being parsed: where an error is. */
    ElementPathTracker tracker() {
        return tracker;
    }

    /** Parses one document, every error going to {@code collector}. */
    void parse(InputSource input, ViolationCollector collector) throws IOException, SAXException {
        tracker.reset();
        collector.track(tracker);
        validatorHandler.setErrorHandler(collector);
        reader.setErrorHandler(collector);
        reader.parse(input);
    }

    /** Counts a document of {@code units} bytes or chars; whether this pipeline should serve another. */
    boolean worthKeepingAfter(long units) {
        inputSeen += units;
        return units <= MAX_REUSED_DOCUMENT && inputSeen <= MAX_LIFETIME_INPUT;
    }

    private static void refuseExternalAccess(ValidatorHandler handler) {
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Older JAXP: the schema is fixed and the reader refuses DOCTYPEs anyway.
        }
    }
}
