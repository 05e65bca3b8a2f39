package io.github.cosxml.codegen.xjc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The several {@code xs:pattern}s of one restriction step are OR-ed into one pattern, and each
 * must be a regular expression on its own first: joined, {@code a(} and {@code )b} would make the
 * valid {@code (a()|()b)}. The JDK's validator, and so XJC's check of the schema, joins them as
 * {@code a(|)b} before it checks, and takes it.
 */
class FacetCollectorPatternsTest {
    @TempDir
    Path dir;

    @Test
    void aStepsPatternsAreOredAsGroups() throws Exception {
        SchemaModel model = map(schema("<xs:pattern value='[a-z]+'/><xs:pattern value='[0-9]{2}'/>"));
        assertThat(code(model).facets().patterns()).containsExactly("([a-z]+)|([0-9]{2})");
    }

    @Test
    void patternsThatAreInvalidAloneAreRejectedEvenWhenTheirJoinIsValid() {
        String twoHalves = schema("<xs:pattern value='a('/>\n<xs:pattern value=')b'/>");
        assertThatThrownBy(() -> map(twoHalves)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("1 schema problem")
                .hasMessageContaining("schema.xsd:3:")
                .hasMessageContaining("xs:pattern 'a(' is not a regular expression on its own")
                .hasMessageContaining("fix the pattern");
        // the JDK's validator reads x[a|] (one class); OR-ed as groups, ([a)|(]) would fail only when the class loads
        String halvesOfAClass = schema("<xs:pattern value='x[a'/><xs:pattern value=']'/>");
        assertThatThrownBy(() -> map(halvesOfAClass)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("xs:pattern 'x[a' is not a regular expression on its own");
    }

    private static String schema(String patterns) {
        return "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:t='urn:t' targetNamespace='urn:t'>\n"
                + "<xs:simpleType name='Code'><xs:restriction base='xs:string'>\n" + patterns
                + "</xs:restriction></xs:simpleType>\n"
                + "<xs:element name='R'><xs:complexType><xs:sequence><xs:element name='code' type='t:Code'/>"
                + "</xs:sequence></xs:complexType></xs:element></xs:schema>";
    }

    private SchemaModel map(String xsd) throws Exception {
        Path file = dir.resolve("schema.xsd");
        Files.writeString(file, xsd);
        return XjcModelMapper.map(new XjcSchemaLoader(p -> { }).load(XjcRequest.of(List.of(file.toUri()))
                .withDefaultPackage("p")), p -> { });
    }

    private static PropertyModel code(SchemaModel model) {
        return model.types().stream().flatMap(t -> t.properties().stream())
                .filter(p -> p.xmlName().getLocalPart().equals("code")).findFirst().orElseThrow();
    }
}
