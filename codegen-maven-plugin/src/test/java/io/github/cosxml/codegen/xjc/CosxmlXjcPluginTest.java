package io.github.cosxml.codegen.xjc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.tools.xjc.Driver;
import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.emit.JavaGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real XJC (its command-line driver) with {@code -Xcosxml}, found through the service file. */
class CosxmlXjcPluginTest {
    @TempDir
    Path dir;

    @Test
    void replacesJaxbBeansWithTheSameFilesAsTheMavenGoal() throws Exception {
        Path xsd = write("order.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:o"
                    xmlns:o="urn:o" elementFormDefault="qualified">
                  <xs:element name="Order"><xs:complexType><xs:sequence>
                    <xs:element name="Id" type="xs:string"/>
                    <xs:element name="Line" type="o:Line" maxOccurs="unbounded"/>
                  </xs:sequence></xs:complexType></xs:element>
                  <xs:complexType name="Line"><xs:sequence><xs:element name="Qty" type="xs:int"/></xs:sequence>
                    <xs:anyAttribute namespace="##other" processContents="lax"/></xs:complexType>
                </xs:schema>
                """);
        Path out = Files.createDirectories(dir.resolve("out"));

        Run run = xjc("-Xcosxml", "-p", "com.example.order", "-d", out.toString(), xsd.toString());

        assertThat(run.exitCode).as(run.output).isZero();
        List<GeneratedFile> expected = new SchemaCompiler(p -> { }, JavaGenerator.create())
                .compile(XjcRequest.of(List.of(xsd.toUri())).withDefaultPackage("com.example.order"));
        for (GeneratedFile file : expected) {
            assertThat(out.resolve(file.relativePath())).hasContent(file.content());
        }
        assertThat(javaFiles(out)).hasSize(expected.size());
        for (Path file : javaFiles(out)) {
            assertThat(Files.readString(file)).doesNotContain("jakarta.xml.bind");
        }
        assertThat(out.resolve("com/example/order/Line.java")).content().contains("getOtherAttributes()");
    }

    @Test
    void withoutTheOptionXjcStillWritesJaxbBeans() throws Exception {
        Path xsd = write("a.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:complexType name="A"><xs:sequence><xs:element name="B" type="xs:string"/></xs:sequence></xs:complexType>
                </xs:schema>
                """);
        Path out = Files.createDirectories(dir.resolve("out"));

        Run run = xjc("-p", "x", "-d", out.toString(), xsd.toString());

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(Files.readString(out.resolve("x/A.java"))).contains("jakarta.xml.bind");
    }

    @Test
    void unsupportedConstructsFailTheXjcRunWithTheirLocation() throws Exception {
        Path xsd = write("open.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:complexType name="Open" abstract="true"><xs:sequence>
                    <xs:element name="E" type="xs:string"/></xs:sequence>
                  </xs:complexType>
                </xs:schema>
                """);
        Path out = Files.createDirectories(dir.resolve("out"));

        Run run = xjc("-Xcosxml", "-d", out.toString(), xsd.toString());

        assertThat(run.exitCode).isNotZero();
        assertThat(run.output).contains("open.xsd").contains("line 2").contains("abstract complex type");
    }

    @Test
    void aCheckThatTheGeneratedCodeApproximatesIsAnXjcWarning() throws Exception {
        Path xsd = write("twice.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="Pairs"><xs:complexType><xs:sequence maxOccurs="2">
                    <xs:element name="P" type="xs:string" minOccurs="2" maxOccurs="2"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """);
        Path out = Files.createDirectories(dir.resolve("out"));

        Run run = xjc("-Xcosxml", "-p", "x", "-d", out.toString(), xsd.toString());

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(out.resolve("x/Pairs.java")).isRegularFile();
        assertThat(run.output).contains("twice.xsd").contains("line 3")
                .contains("element P may occur 2 or 4 times");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run xjc(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = Driver.run(args, print, print);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList();
        }
    }
}
