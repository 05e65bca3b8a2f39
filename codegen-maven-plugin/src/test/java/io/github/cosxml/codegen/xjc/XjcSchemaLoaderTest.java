package io.github.cosxml.codegen.xjc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.tools.xjc.model.CClassInfo;
import com.sun.tools.xjc.model.Model;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private URI write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toUri();
    }
}
