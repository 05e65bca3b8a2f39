package io.github.cosxml.codegen.xjc;

import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.model.SchemaModel;
import java.util.List;
import java.util.function.Consumer;

/** The whole generator without I/O: schemas and bindings in, Java source files out. */
public final class SchemaCompiler {
    private final Consumer<SchemaProblem> warnings;
    private final XjcSchemaLoader loader;
    private final JavaGenerator generator;

    /**
     * A compiler that reports warnings to {@code warnings} and emits with {@code generator}.
     *
     * @param warnings receives XJC's warnings, and the places whose checks the generated code approximates
     * @param generator the configured emitter facade
     */
    public SchemaCompiler(Consumer<SchemaProblem> warnings, JavaGenerator generator) {
        this.warnings = warnings;
        this.loader = new XjcSchemaLoader(warnings);
        this.generator = generator;
    }

    /** The intermediate model of the request's schemas. */
    public SchemaModel model(XjcRequest request) throws SchemaException {
        return XjcModelMapper.map(loader.load(request), warnings);
    }

    /** The generated sources, sorted by path. */
    public List<GeneratedFile> compile(XjcRequest request) throws SchemaException {
        return generator.generate(model(request));
    }
}
