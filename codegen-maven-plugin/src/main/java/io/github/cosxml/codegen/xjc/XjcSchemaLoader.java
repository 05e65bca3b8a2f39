package io.github.cosxml.codegen.xjc;

import com.sun.codemodel.JCodeModel;
import com.sun.tools.xjc.Language;
import com.sun.tools.xjc.ModelLoader;
import com.sun.tools.xjc.Options;
import com.sun.tools.xjc.model.Model;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.xml.sax.InputSource;

/**
 * Runs XJC's front end ({@link ModelLoader}): parses the schemas, resolves imports and includes,
 * applies binding customisations and returns XJC's model, or every error with its location.
 */
public final class XjcSchemaLoader {
    private final Consumer<SchemaProblem> warnings;

    /** A loader that passes XJC's warnings to the given sink (for example a Maven log). */
    public XjcSchemaLoader(Consumer<SchemaProblem> warnings) {
        this.warnings = warnings;
    }

    /** Loads the schemas of the request. */
    public Model load(XjcRequest request) throws SchemaException {
        Options options = options(request);
        CollectingErrorReceiver receiver = new CollectingErrorReceiver(warnings);
        Model model;
        try {
            model = ModelLoader.load(options, new JCodeModel(), receiver);
        } catch (RuntimeException xjcFailure) {
            List<SchemaProblem> problems = receiver.errors();
            if (!problems.isEmpty()) {
                throw new SchemaException(problems);
            }
            throw new SchemaException(new SchemaProblem(null, -1, -1,
                    "XJC failed: " + xjcFailure + " (report this with the schema that causes it)"));
        }
        List<SchemaProblem> problems = receiver.errors();
        if (model == null || !problems.isEmpty()) {
            throw new SchemaException(problems.isEmpty()
                    ? List.of(new SchemaProblem(null, -1, -1, "XJC could not load the schemas and reported no reason"))
                    : problems);
        }
        return model;
    }

    static Options options(XjcRequest request) {
        Options options = new Options();
        options.setSchemaLanguage(Language.XMLSCHEMA);
        options.compatibilityMode = Options.EXTENSION;
        options.strictCheck = true;
        options.quiet = true;
        // defaultPackage2 (not defaultPackage, which is -p) so that jaxb:package customisations win.
        options.defaultPackage2 = request.defaultPackage();
        for (URI schema : request.schemas()) {
            options.addGrammar(new InputSource(schema.toString()));
        }
        for (URI binding : request.bindings()) {
            options.addBindFile(new InputSource(binding.toString()));
        }
        PackageBindings.forRequest(request).ifPresent(options::addBindFile);
        return options;
    }
}
