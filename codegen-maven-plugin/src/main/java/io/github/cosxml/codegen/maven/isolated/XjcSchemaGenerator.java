package io.github.cosxml.codegen.maven.isolated;

import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.maven.GenerationFailure;
import io.github.cosxml.codegen.maven.SchemaGenerator;
import io.github.cosxml.codegen.maven.SchemaRequest;
import io.github.cosxml.codegen.maven.SourceFile;
import io.github.cosxml.codegen.xjc.SchemaCompiler;
import io.github.cosxml.codegen.xjc.SchemaException;
import io.github.cosxml.codegen.xjc.SchemaProblem;
import io.github.cosxml.codegen.xjc.XjcRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The goal's generator: XJC's front end and cosxml's emitters ({@link SchemaCompiler}). */
public final class XjcSchemaGenerator implements SchemaGenerator {

    /** Created reflectively, by the class loader that holds XJC. */
    public XjcSchemaGenerator() {
    }

    @Override
    public List<SourceFile> generate(SchemaRequest request, Consumer<String> warnings) throws GenerationFailure {
        XjcRequest xjc = new XjcRequest(request.schemas(), request.bindings(), request.packageName(),
                request.namespacePackages(), request.schemaPackages());
        SchemaCompiler compiler = new SchemaCompiler(w -> warnings.accept(w.toString()), JavaGenerator.create());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // XJC finds its plugins (among them -Xcosxml, in this jar) through the context class loader.
        thread.setContextClassLoader(XjcSchemaGenerator.class.getClassLoader());
        try {
            List<SourceFile> sources = new ArrayList<>();
            for (GeneratedFile file : compiler.compile(xjc)) {
                sources.add(new SourceFile(file.relativePath(), file.content()));
            }
            return sources;
        } catch (SchemaException e) {
            List<String> problems = new ArrayList<>();
            for (SchemaProblem problem : e.problems()) {
                problems.add(problem.toString());
            }
            throw new GenerationFailure(e.getMessage(), problems, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
