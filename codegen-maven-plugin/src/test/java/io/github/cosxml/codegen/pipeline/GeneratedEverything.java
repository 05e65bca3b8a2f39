package io.github.cosxml.codegen.pipeline;

import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.EnumTypeModel;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.ScratchDirectory;
import io.github.cosxml.codegen.xjc.SchemaCompiler;
import io.github.cosxml.codegen.xjc.SchemaException;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The classes generated from the every-construct schema through the whole pipeline (XJC front end,
 * model, emitters, javac), compiled once per test JVM, plus the schema itself for validation.
 */
final class GeneratedEverything {
    private static GeneratedEverything instance;

    final SchemaModel model;
    final GeneratedCode classes;
    final Schema schema;

    private GeneratedEverything() throws SchemaException, SAXException, IOException {
        model = new SchemaCompiler(w -> { }, JavaGenerator.create()).model(EverythingSchema.request());
        List<GeneratedFile> files = JavaGenerator.create().generate(model);
        // Compiled once per test JVM into a scratch directory that lives as long as the JVM.
        ScratchDirectory scratch = ScratchDirectory.create("cosxml-everything");
        Runtime.getRuntime().addShutdownHook(new Thread(scratch::close));
        classes = GeneratedCode.compile(files, scratch.path());
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(EverythingSchema.resource("catalog.xsd").toURL());
    }

    static synchronized GeneratedEverything get() throws Exception {
        if (instance == null) {
            instance = new GeneratedEverything();
        }
        return instance;
    }

    /** A generated class or enum by its simple name (the schema's simple names are unique across packages). */
    Class<?> type(String simpleName) {
        JavaName name = Stream.concat(model.types().stream().map(ComplexTypeModel::name),
                        model.enums().stream().map(EnumTypeModel::name))
                .filter(n -> n.simpleName().equals(simpleName))
                .findFirst().orElseThrow(() -> new AssertionError("no generated type " + simpleName));
        return classes.load(name.qualifiedName());
    }

    static String toXml(Object value) throws Exception {
        return (String) call(value, "toXml");
    }

    static Object fromXml(Class<?> type, String xml) throws Exception {
        try {
            return type.getMethod("fromXml", String.class).invoke(null, xml);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    static Object fromXml(Class<?> type, String xml, Object options) throws Exception {
        try {
            return type.getMethod("fromXml", String.class, options.getClass()).invoke(null, xml, options);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    static Object call(Object target, String method) throws Exception {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    void validateAgainstSchema(String xml) throws SAXException, IOException {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Exception rethrow(InvocationTargetException e) {
        return e.getCause() instanceof Exception cause ? cause : e;
    }
}
