package io.github.cosxml.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.validation.Schema;

/**
 * One constant per API document, each backed by its own entry XSD.
 *
 * <p>The documents have no namespace and several use the root element {@code Response} with
 * different content, so each API has a self-contained entry schema (it includes the shared type
 * files) and the caller picks the schema by endpoint, not by root name. The compiled
 * {@link Schema} is built on first use, cached, and thread-safe.
 */
public enum CiSchema {

    /** {@code POST /jobs} body submitting an ImageLicenseRec job; root {@code Request}. */
    IMAGE_LICENSE_REC_JOB_REQUEST("image-license-rec-job-request.xsd", "Request"),
    /** {@code POST /jobs} answer; root {@code Response} with one {@code JobsDetail}. */
    IMAGE_LICENSE_REC_JOB_RESPONSE("image-license-rec-job-response.xsd", "Response"),
    /** {@code GET /jobs/<id>} answer; root {@code Response} with JobsDetail and NonExistJobIds. */
    JOB_QUERY_RESPONSE("job-query-response.xsd", "Response"),
    /** {@code GET /jobs} answer; root {@code Response} with JobsDetail and NextToken. */
    JOB_LIST_RESPONSE("job-list-response.xsd", "Response"),
    /** XML job callback; root {@code Response} with EventName and JobsDetail. */
    JOB_CALLBACK("job-callback.xsd", "Response"),
    /** Synchronous {@code ?ci-process=AILicenseRec} answer; root {@code Response}. */
    AI_LICENSE_REC_RESPONSE("ai-license-rec-response.xsd", "Response"),
    /** Error body of the ci and cos domains; root {@code Error}. */
    ERROR("error.xsd", "Error");

    private final String fileName;
    private final String rootElement;
    private volatile Schema schema;
    private volatile XmlValidator validator;

    CiSchema(String fileName, String rootElement) {
        this.fileName = fileName;
        this.rootElement = rootElement;
    }

    /** @return the entry XSD's file name, for example {@code error.xsd} */
    public String fileName() {
        return fileName;
    }

    /** @return the classpath resource of the entry XSD, for example for other tools */
    public String resourcePath() {
        return "io/github/cosxml/schema/" + fileName;
    }

    /** @return the URL of the entry XSD in this jar (or classes directory) */
    public URL resource() {
        return CiSchema.class.getResource(fileName);
    }

    /** @return the local name of the document's root element */
    public String rootElement() {
        return rootElement;
    }

    /** @return the compiled schema, built once and shared (javax Schema is thread-safe) */
    public Schema schema() {
        Schema compiled = schema;
        if (compiled == null) {
            synchronized (this) {
                compiled = schema;
                if (compiled == null) {
                    compiled = SecureXml.compile(CiSchema.class, fileName);
                    schema = compiled;
                }
            }
        }
        return compiled;
    }

    /** @return the validator for this schema, made once and shared (it is thread-safe and pools its parsers) */
    public XmlValidator validator() {
        XmlValidator shared = validator;
        if (shared == null) {
            // A race makes two validators; either is correct, one is kept.
            shared = XmlValidator.of(schema(), fileName);
            validator = shared;
        }
        return shared;
    }

    /**
     * @param xml the document as text
     * @return every violation found
     */
    public ValidationResult validate(String xml) {
        return validator().validate(xml);
    }

    /**
     * @param xml the document as bytes
     * @return every violation found
     */
    public ValidationResult validate(byte[] xml) {
        return validator().validate(xml);
    }

    /**
     * @param xml the document; read to its end but not closed
     * @return every violation found
     * @throws IOException when reading fails
     */
    public ValidationResult validate(InputStream xml) throws IOException {
        return validator().validate(xml);
    }

    /**
     * @param xml the file holding the document
     * @return every violation found
     * @throws IOException when the file cannot be read
     */
    public ValidationResult validate(Path xml) throws IOException {
        return validator().validate(xml);
    }

    /**
     * @param fileName an entry XSD file name such as {@code job-callback.xsd}
     * @return the constant for it
     * @throws IllegalArgumentException naming the known files when there is none
     */
    public static CiSchema forFileName(String fileName) {
        StringBuilder known = new StringBuilder();
        for (CiSchema candidate : values()) {
            if (candidate.fileName.equals(fileName)) {
                return candidate;
            }
            known.append(known.length() == 0 ? "" : ", ").append(candidate.fileName);
        }
        throw new IllegalArgumentException("No entry schema named '" + fileName + "'; known: "
                + known);
    }
}
