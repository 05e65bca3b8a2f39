package io.github.cosxml.schema;

import io.github.cosxml.core.xml.MarkupRunGuard;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.validation.Schema;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates documents against one compiled {@link Schema} and reports every violation.
 *
 * <p>Invalid content and not-well-formed input are results ({@link ValidationResult}), not
 * exceptions. A document that is not well-formed gets exactly one violation, where the parser
 * stopped. DOCTYPE declarations are refused and no DTD, entity or schema named by a document
 * is ever read. Instances are thread-safe: a document is parsed by a parser and validator no
 * other thread is using, taken from a small pool of idle ones (making them costs more than
 * validating a small document).
 */
public final class XmlValidator {

    // Idle pipelines at most: about one per thread that validates at once.
    private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Schema schema;
    private final String schemaName;
    private final Queue<ValidationPipeline> idle = new ConcurrentLinkedQueue<ValidationPipeline>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private XmlValidator(Schema schema, String schemaName) {
        this.schema = schema;
        this.schemaName = schemaName;
    }

    /**
     * @param schema a compiled schema, for example {@link CiSchema#schema()}
     * @param schemaName how reports name the schema, for example its file name
     * @return a validator for that schema
     */
    public static XmlValidator of(Schema schema, String schemaName) {
        return new XmlValidator(Objects.requireNonNull(schema, "schema"),
                Objects.requireNonNull(schemaName, "schemaName"));
    }

    /**
     * @param xml the document as text
     * @return every violation found
     */
    public ValidationResult validate(String xml) {
        Objects.requireNonNull(xml, "xml");
        try {
            MarkupRunGuard.GuardedReader input = MarkupRunGuard.guard(new StringReader(xml), ValidationLimits.MAX_TEXT_LENGTH);
            return run(new InputSource(input), input, "<string>");
        } catch (IOException e) {
            throw new IllegalStateException("Reading a String failed: " + e.getMessage(), e);
        }
    }

    /**
     * @param xml the document as bytes; the encoding is detected from the XML declaration
     * @return every violation found
     */
    public ValidationResult validate(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        try {
            MarkupRunGuard.GuardedStream input = MarkupRunGuard.guard(new ByteArrayInputStream(xml), ValidationLimits.MAX_TEXT_LENGTH);
            return run(new InputSource(input), input, "<bytes>");
        } catch (IOException e) {
            throw new IllegalStateException("Reading a byte array failed: " + e.getMessage(), e);
        }
    }

    /**
     * @param xml the document; read to its end but not closed
     * @return every violation found
     * @throws IOException when reading the stream fails
     */
    public ValidationResult validate(InputStream xml) throws IOException {
        Objects.requireNonNull(xml, "xml");
        MarkupRunGuard.GuardedStream input = MarkupRunGuard.guard(xml, ValidationLimits.MAX_TEXT_LENGTH);
        return run(new InputSource(input), input, "<stream>");
    }

    /**
     * @param xml the file holding the document
     * @return every violation found; the source of the result is the path
     * @throws IOException when the file cannot be read
     */
    public ValidationResult validate(Path xml) throws IOException {
        Objects.requireNonNull(xml, "xml");
        try (InputStream in = Files.newInputStream(xml)) {
            MarkupRunGuard.GuardedStream input = MarkupRunGuard.guard(in, ValidationLimits.MAX_TEXT_LENGTH);
            InputSource source = new InputSource(input);
            source.setSystemId(xml.toUri().toString());
            return run(source, input, xml.toString());
        }
    }

    private ValidationResult run(InputSource input, MarkupRunGuard.Guarded guarded, String sourceName) throws IOException {
        ViolationCollector collector = new ViolationCollector();
        ValidationPipeline pipeline = borrow();
        ElementPathTracker tracker = pipeline.tracker();
        boolean endedNormally = false;
        try {
            pipeline.parse(input, collector);
            endedNormally = !collector.fatalRecorded() && pipeline.worthKeepingAfter(guarded.unitsRead());
        } catch (SAXParseException e) {
            collector.recordFatal(e);
        } catch (MarkupRunGuard.RunTooLongException e) {
            collector.recordFatal(new ValidationLimits.LimitExceeded("a value (attribute, text or comment) longer than "
                    + ValidationLimits.MAX_TEXT_LENGTH + " chars", tracker.locator()));
        } catch (UnsupportedEncodingException | CharConversionException e) {
            // An encoding the JDK does not have (or bytes it cannot decode) is a property of the
            // document, not a failure to read it: report it where the XML declaration starts.
            collector.recordFatal(new SAXParseException("The document's encoding cannot be decoded ("
                    + e.getMessage() + "); declare UTF-8, UTF-16 or another encoding the JVM supports.",
                    null, input.getSystemId(), 1, 1, e));
        } catch (MissingResourceException e) {
            // The JDK's validator found a violation but could not word it: some JDKs (17.0.15 among
            // them) lack the message of cvc-complex-type.2.4.d.1, and the lookup throws before the
            // error handler is called, which stops validation.
            collector.recordUnworded(e.getKey(), tracker.locator());
        } catch (SAXException e) {
            // Nothing in this chain throws a plain SAXException but the parser itself, on markup it
            // cannot continue from: the JDK's answers a <!DOCTYPE inside the root element with
            // "Scanner State 24 not Recognized". That is a property of the document, reported where it stopped.
            collector.recordFatal(new SAXParseException("Markup the parser cannot continue from (for example a"
                    + " <!DOCTYPE inside the document; parser: " + e.getMessage() + ").", tracker.locator(), e));
        } finally {
            // A parse that stopped part-way leaves parser and validator state nobody needs to trust, and a
            // pipeline that has read a lot holds grown buffers and name tables: both are dropped.
            if (endedNormally) {
                giveBack(pipeline);
            }
        }
        return new ValidationResult(sourceName, schemaName, collector.violations());
    }

    private ValidationPipeline borrow() {
        ValidationPipeline pipeline = idle.poll();
        if (pipeline == null) {
            return new ValidationPipeline(schema);
        }
        idleCount.decrementAndGet();
        return pipeline;
    }

    /** The pipelines waiting for a document (for tests). */
    int idlePipelines() {
        return idleCount.get();
    }

    private void giveBack(ValidationPipeline pipeline) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offer(pipeline);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
