package io.github.cosxml.codegen.maven;

import java.util.List;
import java.util.function.Consumer;

/**
 * The generator as the mojo sees it: JDK types in and out, so that the mojo's class loader never
 * needs XJC. The implementation lives in {@code io.github.cosxml.codegen.maven.isolated} and is
 * loaded, together with XJC, only when something must be generated.
 */
public interface SchemaGenerator {

    /**
     * The generated sources, sorted by path.
     *
     * @param request the schemas, bindings and packages
     * @param warnings receives each XJC warning, as {@code file:line:column: message}
     * @return the sources
     * @throws GenerationFailure when the schemas or bindings cannot be turned into code
     */
    List<SourceFile> generate(SchemaRequest request, Consumer<String> warnings) throws GenerationFailure;
}
