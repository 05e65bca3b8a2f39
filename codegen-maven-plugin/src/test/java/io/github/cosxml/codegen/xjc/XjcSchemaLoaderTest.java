package io.github.cosxml.codegen.xjc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.tools.xjc.model.CClassInfo;
import com.sun.tools.xjc.model.Model;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XjcSchemaLoaderTest {
    @TempDir
    Path dir;

    private final List<SchemaProblem> warnings = new ArrayList<>();
    private final XjcSchemaLoader loader = new XjcSchemaLoader(warnings::add);

    @Test
    void loadsAClassWithTheDefaultPackage() throws Exception {
        URI xsd = write("a.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="Root"><xs:complexType><xs:sequence>
                    <xs:element name="Name" type="xs:string"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """);

        Model model = loader.load(XjcRequest.of(List.of(xsd)).withDefaultPackage("com.example"));

        assertThat(model.beans().values()).extracting(CClassInfo::fullName).containsExactly("com.example.Root");
    }

    @Test
    void namespaceAndSchemaPackagesOverrideTheDefault() throws Exception {
        URI first = write("first.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:first">
                  <xs:complexType name="One"><xs:sequence/></xs:complexType>
                </xs:schema>
                """);
        URI second = write("second.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:second">
                  <xs:complexType name="Two"><xs:sequence/></xs:complexType>
                </xs:schema>
                """);
        URI third = write("third.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:third">
                  <xs:complexType name="Three"><xs:sequence/></xs:complexType>
                </xs:schema>
                """);

        Model model = loader.load(XjcRequest.of(List.of(first, second, third)).withDefaultPackage("p.fallback")
                .withNamespacePackages(Map.of("urn:first", "p.first"))
                .withSchemaPackages(Map.of(second, "p.second")));

        assertThat(model.beans().values()).extracting(CClassInfo::fullName)
                .containsExactlyInAnyOrder("p.first.One", "p.second.Two", "p.fallback.Three");
    }

    @Test
    void schemasInsideAJarResolveTheirIncludesAndTakeSchemaPackages() throws Exception {
        Path jar = dir.resolve("schemas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("s/main.xsd"));
            out.write("""
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:j" xmlns:j="urn:j">
                      <xs:include schemaLocation="parts/part.xsd"/>
                      <xs:element name="Main" type="j:Part"/>
                    </xs:schema>
                    """.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("s/parts/part.xsd"));
            out.write("""
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:j">
                      <xs:complexType name="Part"><xs:sequence/></xs:complexType>
                    </xs:schema>
                    """.getBytes(StandardCharsets.UTF_8));
        }
        URI main = URI.create("jar:" + jar.toUri() + "!/s/main.xsd");

        Model model = loader.load(XjcRequest.of(List.of(main)).withSchemaPackages(Map.of(main, "p.jar")));

        assertThat(model.beans().values()).extracting(CClassInfo::fullName).containsExactly("p.jar.Part");
    }

    @Test
    void aBindingFileRenamesAClass() throws Exception {
        URI xsd = write("a.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:complexType name="Old"><xs:sequence/></xs:complexType>
                </xs:schema>
                """);
        URI xjb = write("b.xjb", """
                <jaxb:bindings xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    version="3.0" schemaLocation="a.xsd" node="/xs:schema">
                  <jaxb:bindings node="xs:complexType[@name='Old']"><jaxb:class name="Renamed"/></jaxb:bindings>
                </jaxb:bindings>
                """);

        Model model = loader.load(XjcRequest.of(List.of(xsd)).withBindings(List.of(xjb)).withDefaultPackage("x"));

        assertThat(model.beans().values()).extracting(CClassInfo::fullName).containsExactly("x.Renamed");
    }

    @Test
    void aBrokenSchemaFailsWithFileLineAndColumn() throws Exception {
        URI xsd = write("broken.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:complexType name="T">
                    <xs:sequence>
                      <xs:element name="A" type="xs:nosuchtype"/>
                    </xs:sequence>
                  </xs:complexType>
                </xs:schema>
                """);

        assertThatThrownBy(() -> loader.load(XjcRequest.of(List.of(xsd))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("broken.xsd") + ":4:")
                .hasMessageContaining("nosuchtype");
    }

    @Test
    void malformedXmlFailsWithItsLocation() throws Exception {
        URI xsd = write("bad.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n  <xs:element name=\"A\">\n</xs:schema>\n");

        assertThatThrownBy(() -> loader.load(XjcRequest.of(List.of(xsd))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("bad.xsd") + ":3:");
    }

    @Test
    void aMissingIncludeIsAWarningAtTheIncludeAndATypeItWouldHaveBroughtAnErrorWhereItIsUsed() throws Exception {
        URI xsd = write("a.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:include schemaLocation="missing.xsd"/>
                  <xs:element name="A" type="Part"/>
                </xs:schema>
                """);

        assertThatThrownBy(() -> loader.load(XjcRequest.of(List.of(xsd))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("a.xsd") + ":3:")
                .hasMessageContaining("Cannot resolve the name 'Part'");
        assertThat(warnings).extracting(SchemaProblem::toString)
                .anyMatch(w -> w.startsWith(dir.resolve("a.xsd") + ":2:") && w.contains("missing.xsd")
                        && w.contains("(check the schemaLocation of the import or include)"));
    }

    @Test
    void aBindingForAMissingIncludedSchemaNamesTheMissingFileNotAnUnknownOne() throws Exception {
        URI xsd = write("a.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:include schemaLocation="missing.xsd"/>
                  <xs:element name="A" type="xs:string"/>
                </xs:schema>
                """);
        URI binding = write("b.xjb", """
                <jaxb:bindings xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    version="3.0" schemaLocation="missing.xsd" node="/xs:schema">
                  <jaxb:schemaBindings><jaxb:package name="x"/></jaxb:schemaBindings>
                </jaxb:bindings>
                """);

        assertThatThrownBy(() -> loader.load(XjcRequest.of(List.of(xsd)).withBindings(List.of(binding))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("missing.xsd") + ": ")
                .hasMessageContaining("(a schema or binding file names a file that cannot be read: check its schemaLocation)")
                .hasMessageContaining(dir.resolve("b.xjb") + ":2:")
                .hasMessageNotContaining("<unknown file>");
    }

    @Test
    void aBindingThatSelectsNothingSaysWhatToDo() throws Exception {
        URI xsd = write("a.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="A" type="xs:string"/>
                </xs:schema>
                """);
        // a schema that exists but that this execution does not compile
        write("other.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="B" type="xs:string"/>
                </xs:schema>
                """);
        URI byScd = write("scd.xjb", """
                <jaxb:bindings xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb" version="3.0">
                  <jaxb:bindings scd="~Missing">
                    <jaxb:class name="X"/>
                  </jaxb:bindings>
                </jaxb:bindings>
                """);
        URI byXpath = write("xpath.xjb", """
                <jaxb:bindings xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    version="3.0" schemaLocation="a.xsd">
                  <jaxb:bindings node="//xs:element[@name='Missing']">
                    <jaxb:class name="X"/>
                  </jaxb:bindings>
                </jaxb:bindings>
                """);
        URI elsewhere = write("elsewhere.xjb", """
                <jaxb:bindings xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    version="3.0" schemaLocation="other.xsd" node="/xs:schema">
                  <jaxb:schemaBindings><jaxb:package name="x"/></jaxb:schemaBindings>
                </jaxb:bindings>
                """);

        assertThatThrownBy(() -> loader.load(XjcRequest.of(List.of(xsd)).withBindings(List.of(byScd))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("scd.xjb") + ":2:")
                .hasMessageContaining("check the scd, or give an execution of other schemas a bindingDirectory");
        assertThatThrownBy(() -> loader.load(XjcRequest.of(List.of(xsd)).withBindings(List.of(byXpath))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("xpath.xjb") + ":3:")
                .hasMessageContaining("check node and schemaLocation");
        assertThatThrownBy(() -> loader.load(XjcRequest.of(List.of(xsd)).withBindings(List.of(elsewhere))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("elsewhere.xjb") + ":")
                .hasMessageContaining("names a schema this execution does not compile");
    }

    private URI write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toUri();
    }
}
