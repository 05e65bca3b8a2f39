package io.github.cosxml.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.xjc.SchemaCompiler;
import io.github.cosxml.codegen.xjc.XjcRequest;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.MissingResourceException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * One XSD, both ways: the classes the generator makes from it (compiled and loaded, see
 * {@link GeneratedCode}) and the JDK's XSD validator for it, so that a test can ask of each document
 * what the schema says and what the generated code says.
 *
 * <p>Usage: {@code try (SchemaUnderTest schema = SchemaUnderTest.generate(xsd, "com.example")) { ... }};
 * closing it deletes the generated sources and classes.
 */
public final class SchemaUnderTest implements AutoCloseable {
    private static final String FULL_CHECKING = "http://apache.org/xml/features/validation/schema-full-checking";

    private final ScratchDirectory scratch;
    private final GeneratedCode classes;
    private final Schema schema;

    private SchemaUnderTest(ScratchDirectory scratch, GeneratedCode classes, Schema schema) {
        this.scratch = scratch;
        this.classes = classes;
        this.schema = schema;
    }

    /**
     * Generates, compiles and loads the classes of an XSD, and compiles it for the JDK's validator.
     *
     * @param xsd the schema
     * @param packageName the package of its classes
     * @return the two
     * @throws Exception if the schema does not generate, compile or load
     */
    public static SchemaUnderTest generate(URI xsd, String packageName) throws Exception {
        return generate(xsd, packageName, ScratchDirectory.create("cosxml-schema-under-test"));
    }

    /**
     * Like {@link #generate(URI, String)}, for a schema written by the test: kept in the scratch directory that
     * closing deletes.
     *
     * @param fileName the schema's file name, which messages give
     * @param xsd the schema's text
     * @param packageName the package of its classes
     * @return the two
     * @throws Exception if the schema does not generate, compile or load
     */
    public static SchemaUnderTest generate(String fileName, String xsd, String packageName) throws Exception {
        ScratchDirectory scratch = ScratchDirectory.create("cosxml-schema-under-test");
        try {
            Path file = Files.createDirectory(scratch.path().resolve("xsd")).resolve(fileName);
            Files.writeString(file, xsd);
            return generate(file.toUri(), packageName, scratch);
        } catch (Exception | Error e) {
            scratch.close();
            throw e;
        }
    }

    // compiles into scratch, which the result deletes when it is closed, or this method when it fails
    private static SchemaUnderTest generate(URI xsd, String packageName, ScratchDirectory scratch) throws Exception {
        SchemaModel model = new SchemaCompiler(w -> { }, JavaGenerator.create())
                .model(XjcRequest.of(List.of(xsd)).withDefaultPackage(packageName));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // XJC has just checked the schema in full (strictCheck); checked again, the unique particle attribution of
        // a sequence of thousands of elements takes the JDK tens of seconds. Documents are validated the same.
        factory.setFeature(FULL_CHECKING, false);
        try {
            Schema schema = factory.newSchema(xsd.toURL());
            return new SchemaUnderTest(scratch, GeneratedCode.compile(JavaGenerator.create().generate(model),
                    scratch.path()), schema);
        } catch (Exception | Error e) {
            scratch.close();
            throw e;
        }
    }

    /**
     * The generated classes.
     *
     * @return the loaded code
     */
    public GeneratedCode classes() {
        return classes;
    }

    /**
     * The JDK validator's verdict.
     *
     * @param xml a document
     * @return whether the schema accepts it
     * @throws Exception if the validator fails other than by finding the document invalid
     */
    public boolean schemaAccepts(String xml) throws Exception {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
            return true;
        } catch (SAXException | MissingResourceException invalid) {
            // the second: a violation whose message this JDK lacks (see cosxml-schema's XmlValidator)
            return false;
        }
    }

    /**
     * Strict reading's verdict.
     *
     * @param qualifiedName the class of the document's root
     * @param xml a document
     * @return whether the class's {@code fromXml} reads it strictly without a problem
     */
    public boolean strictReadingAccepts(String qualifiedName, String xml) {
        try {
            classes.fromXml(qualifiedName, xml, XmlReadOptions.strict());
            return true;
        } catch (XmlReadException problems) {
            return false;
        }
    }

    /**
     * Asserts that strict reading judges a document as the JDK's validator does, and that a valid one,
     * read leniently, has nothing for {@code validate()} to report, is written back valid, and reads back
     * equal.
     *
     * @param qualifiedName the class of the document's root
     * @param xml a document
     * @throws Exception if the validator fails other than by finding a document invalid
     */
    public void assertReadAsTheSchemaJudges(String qualifiedName, String xml) throws Exception {
        boolean valid = schemaAccepts(xml);

        assertThat(strictReadingAccepts(qualifiedName, xml)).as("strict reading of %s", xml).isEqualTo(valid);
        Object read = classes.fromXml(qualifiedName, xml, null);
        if (valid) {
            assertThat(GeneratedCode.violations(read)).as("validate() of what was read").isEmpty();
            String written = (String) GeneratedCode.invoke(read, "toXml");
            assertThat(schemaAccepts(written)).as("the schema's verdict on %s", written).isTrue();
            assertThat(classes.fromXml(qualifiedName, written, XmlReadOptions.strict())).isEqualTo(read);
        }
    }

    @Override
    public void close() {
        try {
            classes.close();
        } finally {
            scratch.close();
        }
    }
}
