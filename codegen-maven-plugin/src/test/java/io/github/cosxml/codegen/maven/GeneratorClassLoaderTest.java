package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;

/** The loader that the goal loads XJC and the generator with when XJC is not on the plugin's class path. */
class GeneratorClassLoaderTest {
    private static final String IMPLEMENTATION = "io.github.cosxml.codegen.maven.isolated.XjcSchemaGenerator";

    @Test
    void loadsTheGeneratorItselfAndSharesTheMojosTypesWithTheParent() throws Exception {
        URL plugin = GenerateMojo.class.getProtectionDomain().getCodeSource().getLocation();
        URL xjc = com.sun.tools.xjc.ModelLoader.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader parent = GeneratorClassLoaderTest.class.getClassLoader();
        try (GeneratorClassLoader loader = new GeneratorClassLoader(new URL[] {plugin, xjc}, parent)) {
            Class<?> generator = Class.forName(IMPLEMENTATION, false, loader);
            Class<?> compiler = Class.forName("io.github.cosxml.codegen.xjc.SchemaCompiler", false, loader);

            assertThat(generator.getClassLoader()).isSameAs(loader);
            assertThat(compiler.getClassLoader()).isSameAs(loader);
            assertThat(SchemaGenerator.class.isAssignableFrom(generator)).as("one SchemaGenerator for both").isTrue();
            assertThat(Class.forName(SchemaRequest.class.getName(), false, loader)).isSameAs(SchemaRequest.class);
            assertThat(Class.forName("java.lang.String", false, loader)).isSameAs(String.class);
        }
    }

    @Test
    void theGeneratorAndXjcAreLookedForHereFirstTheJdkMavenAndTheMojosTypesInTheParent() {
        assertThat(GeneratorClassLoader.isOwn("io.github.cosxml.codegen.emit.JavaGenerator")).isTrue();
        assertThat(GeneratorClassLoader.isOwn("io.github.cosxml.codegen.model.SchemaModel")).isTrue();
        assertThat(GeneratorClassLoader.isOwn("io.github.cosxml.codegen.xjc.SchemaCompiler")).isTrue();
        assertThat(GeneratorClassLoader.isOwn(IMPLEMENTATION)).isTrue();
        assertThat(GeneratorClassLoader.isParentFirst(IMPLEMENTATION)).isFalse();
        assertThat(GeneratorClassLoader.isOwn(GenerateMojo.class.getName())).isFalse();
        assertThat(GeneratorClassLoader.isParentFirst(GenerateMojo.class.getName())).isTrue();
        assertThat(GeneratorClassLoader.isParentFirst(SchemaGenerator.class.getName())).isTrue();
        assertThat(GeneratorClassLoader.isParentFirst("com.palantir.javapoet.TypeSpec")).isTrue();
        assertThat(GeneratorClassLoader.isParentFirst("org.apache.maven.plugin.Mojo")).isTrue();
        assertThat(GeneratorClassLoader.isParentFirst("javax.xml.stream.XMLStreamReader")).isTrue();
        assertThat(GeneratorClassLoader.isParentFirst("com.sun.tools.xjc.ModelLoader")).isFalse();
        assertThat(GeneratorClassLoader.isParentFirst("jakarta.xml.bind.JAXBContext")).isFalse();
    }

    @Test
    void aClassThatIsNotHereComesFromTheParent() throws Exception {
        URL plugin = GenerateMojo.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader parent = GeneratorClassLoaderTest.class.getClassLoader();
        try (GeneratorClassLoader loader = new GeneratorClassLoader(new URL[] {plugin}, parent)) {
            Class<?> xjc = Class.forName("com.sun.tools.xjc.ModelLoader", false, loader);

            assertThat(xjc).isSameAs(com.sun.tools.xjc.ModelLoader.class);
        }
    }

    @Test
    void theRuntimeArtifactsAreTheBuildsXjcAndJaxbRuntime() throws Exception {
        assertThat(GeneratorRuntime.runtimeArtifacts()).hasSize(2).allMatch(a -> a.matches("org\\.glassfish\\.jaxb:"
                + "jaxb-(xjc|runtime):\\d+\\.\\d+\\.\\d+"));
    }
}
