/**
 * The XSDs of the Cloud Infinite card-OCR APIs and a validator that reports every violation with
 * its line, column and element path.
 *
 * <p>Start with {@link io.github.cosxml.schema.CiSchema}: one constant per API document, each
 * giving a cached, thread-safe {@link javax.xml.validation.Schema} and a {@code validate(...)}
 * method. {@link io.github.cosxml.schema.XmlAssertions} turns a result into an
 * {@link java.lang.AssertionError} for tests.
 */
package io.github.cosxml.schema;
