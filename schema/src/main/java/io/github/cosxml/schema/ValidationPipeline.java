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
    private final XMLReader reader;
    private final ValidatorHandler validatorHandler;
    private final ElementPathTracker tracker;

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

    private static void refuseExternalAccess(ValidatorHandler handler) {
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Older JAXP: the schema is fixed and the reader refuses DOCTYPEs anyway.
        }
    }
}
