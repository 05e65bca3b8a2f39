package io.github.cosxml.codegen.xjc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.EnumTypeModel;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.RootElementModel;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.model.TextKind;
import io.github.cosxml.codegen.model.TypeRef;
import io.github.cosxml.codegen.model.UnionType;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XjcModelMapperTest {
    private static final String NS = "urn:test";
    private static final String HEAD = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:test\""
            + " targetNamespace=\"urn:test\" elementFormDefault=\"qualified\">\n";

    /** A schema's start with the CI timestamp as a jaxb:javaType (OffsetDateTime), for schemas that add to it. */
    private static final String CI_TIME_HEAD = """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb"
                    jaxb:version="3.0">
                  <xs:simpleType name="CiTime">
                    <xs:annotation><xs:appinfo><jaxb:javaType name="java.time.OffsetDateTime"
                        parseMethod="io.github.cosxml.core.xml.CiTimestamp.parse"
                        printMethod="io.github.cosxml.core.xml.CiTimestamp.print"/></xs:appinfo></xs:annotation>
                    <xs:restriction base="xs:string"/>
                  </xs:simpleType>
                """;

    @TempDir
    Path dir;

    @Test
    void mapsSequenceOccurrenceFacetsAndBuiltins() throws Exception {
        SchemaModel model = map(HEAD + """
                  <xs:element name="Job">
                    <xs:annotation><xs:documentation>  A job.  </xs:documentation></xs:annotation>
                    <xs:complexType><xs:sequence>
                      <xs:element name="JobId" type="t:Id"/>
                      <xs:element name="Size" type="xs:long" minOccurs="0"/>
                      <xs:element name="When" type="xs:dateTime" minOccurs="0"/>
                      <xs:element name="Day" type="xs:date" minOccurs="0"/>
                      <xs:element name="Tag" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
                      <xs:element name="Score" minOccurs="0" nillable="true">
                        <xs:simpleType><xs:restriction base="xs:int">
                          <xs:minInclusive value="0"/><xs:maxExclusive value="100"/>
                        </xs:restriction></xs:simpleType>
                      </xs:element>
                    </xs:sequence>
                    <xs:attribute name="version" type="xs:int" use="required"/>
                    </xs:complexType>
                  </xs:element>
                  <xs:simpleType name="Id"><xs:restriction base="xs:string">
                    <xs:minLength value="1"/><xs:maxLength value="64"/><xs:pattern value="[a-z0-9]+"/>
                  </xs:restriction></xs:simpleType>
                </xs:schema>
                """);

        ComplexTypeModel job = type(model, "Job");
        assertThat(job.xmlType()).isNull();
        assertThat(job.content()).isEqualTo(ContentKind.SEQUENCE);
        assertThat(job.documentation()).isEqualTo("A job.");
        assertThat(job.properties()).extracting(PropertyModel::javaName)
                .containsExactly("jobId", "size", "when", "day", "tag", "score", "version");
        PropertyModel jobId = property(job, "jobId");
        assertThat(jobId.xmlName()).isEqualTo(new QName(NS, "JobId"));
        assertThat(jobId.type()).isEqualTo(TypeRef.builtin(Builtin.STRING));
        assertThat(jobId.minOccurs()).isEqualTo(1);
        assertThat(jobId.facets().minLength()).isEqualTo(1);
        assertThat(jobId.facets().maxLength()).isEqualTo(64);
        assertThat(jobId.facets().patterns()).containsExactly("[a-z0-9]+");
        assertThat(property(job, "size").type()).isEqualTo(TypeRef.builtin(Builtin.LONG));
        assertThat(property(job, "size").minOccurs()).isZero();
        assertThat(property(job, "when").type()).isEqualTo(TypeRef.builtin(Builtin.DATE_TIME));
        assertThat(property(job, "day").type()).isEqualTo(TypeRef.builtin(Builtin.DATE));
        PropertyModel tags = property(job, "tag");
        assertThat(tags.isRepeated()).isTrue();
        assertThat(tags.maxOccurs()).isEqualTo(PropertyModel.UNBOUNDED);
        PropertyModel score = property(job, "score");
        assertThat(score.nillable()).isTrue();
        assertThat(score.type()).isEqualTo(TypeRef.builtin(Builtin.INT));
        assertThat(score.facets().minInclusive()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(score.facets().maxExclusive()).isEqualByComparingTo(new BigDecimal(100));
        PropertyModel version = property(job, "version");
        assertThat(version.kind()).isEqualTo(NodeKind.ATTRIBUTE);
        assertThat(version.xmlName()).isEqualTo(new QName("", "version"));
        assertThat(version.minOccurs()).isEqualTo(1);
        assertThat(model.roots()).containsExactly(new RootElementModel(new QName(NS, "Job"), name("Job")));
    }

    @Test
    void mapsEnumsChoiceAllExtensionSimpleContentListsAndUnions() throws Exception {
        SchemaModel model = map(HEAD + """
                  <xs:simpleType name="State"><xs:restriction base="xs:string">
                    <xs:enumeration value="Success"/><xs:enumeration value="Failed"/>
                  </xs:restriction></xs:simpleType>
                  <xs:simpleType name="Numbers"><xs:list itemType="xs:int"/></xs:simpleType>
                  <xs:simpleType name="IntOrWord"><xs:union memberTypes="xs:int xs:NCName"/></xs:simpleType>
                  <xs:complexType name="Base"><xs:sequence><xs:element name="Code" type="xs:string"/></xs:sequence></xs:complexType>
                  <xs:complexType name="Derived"><xs:complexContent><xs:extension base="t:Base"><xs:sequence>
                    <xs:element name="Extra" type="t:Numbers"/>
                  </xs:sequence></xs:extension></xs:complexContent></xs:complexType>
                  <xs:complexType name="Either"><xs:choice>
                    <xs:element name="Url" type="xs:anyURI"/><xs:element name="Key" type="xs:string"/>
                  </xs:choice></xs:complexType>
                  <xs:complexType name="Maybe"><xs:choice minOccurs="0">
                    <xs:element name="A" type="xs:int"/><xs:element name="B" type="xs:int"/>
                  </xs:choice></xs:complexType>
                  <xs:complexType name="HostOrKey"><xs:choice>
                    <xs:sequence><xs:element name="Host" type="xs:string"/><xs:element name="Port" type="xs:int"/></xs:sequence>
                    <xs:element name="Key" type="xs:string"/>
                  </xs:choice></xs:complexType>
                  <xs:complexType name="Partly"><xs:choice>
                    <xs:element name="C" type="xs:int"/><xs:element name="D" type="xs:int" minOccurs="0"/>
                  </xs:choice></xs:complexType>
                  <xs:complexType name="Detail"><xs:all>
                    <xs:element name="State" type="t:State"/><xs:element name="Mixed" type="t:IntOrWord" minOccurs="0"/>
                  </xs:all></xs:complexType>
                  <xs:complexType name="Price"><xs:simpleContent><xs:extension base="xs:decimal">
                    <xs:attribute name="currency" type="xs:string"/>
                  </xs:extension></xs:simpleContent></xs:complexType>
                  <xs:element name="Order" type="t:Derived"/>
                </xs:schema>
                """);

        EnumTypeModel state = model.enums().get(0);
        assertThat(state.name()).isEqualTo(name("State"));
        assertThat(state.constants()).extracting(c -> c.javaName() + "=" + c.xmlValue())
                .containsExactly("SUCCESS=Success", "FAILED=Failed");
        ComplexTypeModel derived = type(model, "Derived");
        assertThat(derived.baseType()).isEqualTo(name("Base"));
        assertThat(derived.properties()).extracting(PropertyModel::javaName).containsExactly("extra");
        assertThat(property(derived, "extra").type()).isEqualTo(new TypeRef.ListType(TypeRef.builtin(Builtin.INT),
                Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withTextKind(TextKind.INTEGER)));
        ComplexTypeModel either = type(model, "Either");
        assertThat(either.content()).isEqualTo(ContentKind.CHOICE);
        // a minimum counts once the branch is chosen; the choice says whether one must be
        assertThat(either.properties()).allSatisfy(p -> {
            assertThat(p.choiceGroup()).isEqualTo(0);
            assertThat(p.minOccurs()).isEqualTo(1);
            assertThat(p.choiceRequired()).isTrue();
        });
        assertThat(type(model, "Maybe").properties()).extracting(PropertyModel::minOccurs, PropertyModel::choiceRequired)
                .containsExactly(tuple(1, false), tuple(1, false));
        assertThat(type(model, "Partly").properties()).extracting(PropertyModel::minOccurs, PropertyModel::choiceRequired)
                .containsExactly(tuple(1, false), tuple(0, false));
        // the elements of a sequence in a choice are one branch, numbered by its place among the branches
        assertThat(type(model, "HostOrKey").properties())
                .extracting(PropertyModel::javaName, PropertyModel::choiceGroup, PropertyModel::choiceBranch)
                .containsExactly(tuple("host", 0, 0), tuple("port", 0, 0), tuple("key", 0, null));
        ComplexTypeModel detail = type(model, "Detail");
        assertThat(detail.content()).isEqualTo(ContentKind.ALL);
        assertThat(property(detail, "state").type()).isEqualTo(new TypeRef.EnumRef(name("State")));
        assertThat(property(detail, "mixed").type()).isEqualTo(TypeRef.builtin(Builtin.STRING));
        ComplexTypeModel price = type(model, "Price");
        assertThat(price.content()).isEqualTo(ContentKind.SIMPLE_CONTENT);
        assertThat(price.properties()).extracting(PropertyModel::kind)
                .containsExactly(NodeKind.TEXT, NodeKind.ATTRIBUTE);
        assertThat(property(price, "value").type()).isEqualTo(TypeRef.builtin(Builtin.DECIMAL));
        assertThat(model.roots()).containsExactly(new RootElementModel(new QName(NS, "Order"), name("Derived")));
    }

    @Test
    void unionsCollapseWhenEveryMemberDoesAndTokenEnumValuesAreReadCollapsed() throws Exception {
        SchemaModel model = map(HEAD + """
                  <xs:simpleType name="Greek"><xs:restriction base="xs:token">
                    <xs:enumeration value=" Gamma "/><xs:enumeration value="Delta  Epsilon"/>
                  </xs:restriction></xs:simpleType>
                  <xs:simpleType name="Spaced"><xs:restriction base="xs:string">
                    <xs:enumeration value=" Kept "/>
                  </xs:restriction></xs:simpleType>
                  <xs:simpleType name="IntOrName"><xs:union memberTypes="xs:int xs:NCName"/></xs:simpleType>
                  <xs:simpleType name="IntOrText"><xs:union memberTypes="xs:int xs:string"/></xs:simpleType>
                  <xs:complexType name="T"><xs:sequence>
                    <xs:element name="G" type="t:Greek"/><xs:element name="S" type="t:Spaced"/>
                    <xs:element name="A" type="t:IntOrName"/><xs:element name="B" type="t:IntOrText"/>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """);

        assertThat(model.enums()).flatExtracting(EnumTypeModel::constants).extracting(c -> c.xmlValue())
                .containsExactly("Gamma", "Delta Epsilon", " Kept ");
        assertThat(property(type(model, "T"), "a").facets().whiteSpace()).isEqualTo(WhiteSpace.COLLAPSE);
        assertThat(property(type(model, "T"), "b").facets().whiteSpace()).isEqualTo(WhiteSpace.PRESERVE);
    }

    @Test
    void unionsKeepTheirMemberTypesEachWithItsFacetsAsText() throws Exception {
        SchemaModel model = map(HEAD + """
                  <xs:simpleType name="IntOrName"><xs:union memberTypes="xs:int xs:NCName"/></xs:simpleType>
                  <xs:simpleType name="Ints"><xs:list itemType="xs:short"/></xs:simpleType>
                  <xs:simpleType name="Codes"><xs:restriction base="t:IntOrName">
                    <xs:enumeration value="1"/><xs:enumeration value="a"/>
                  </xs:restriction></xs:simpleType>
                  <xs:complexType name="T"><xs:sequence>
                    <xs:element name="A" type="t:IntOrName"/>
                    <xs:element name="B"><xs:simpleType><xs:union memberTypes="t:Ints t:IntOrName xs:boolean">
                      <xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="2"/></xs:restriction></xs:simpleType>
                    </xs:union></xs:simpleType></xs:element>
                    <xs:element name="C" type="t:Codes"/>
                    <xs:element name="D"><xs:simpleType><xs:list itemType="t:IntOrName"/></xs:simpleType></xs:element>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """);
        ComplexTypeModel type = type(model, "T");
        Facets integer = Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withTextKind(TextKind.INTEGER);
        UnionType intOrName = new UnionType("IntOrName", List.of(
                new UnionType.Member("xs:int", integer.withInclusive(new BigDecimal("-2147483648"),
                        new BigDecimal("2147483647")), null),
                new UnionType.Member("xs:NCName", Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE)
                        .withTextKind(TextKind.NCNAME), null)));

        assertThat(property(type, "a").facets().union()).isEqualTo(intOrName);
        // a list type with its item type's facets, a union with its own, a boolean as text, an anonymous type
        UnionType anonymous = property(type, "b").facets().union();
        assertThat(anonymous.name()).isNull();
        assertThat(anonymous.members()).containsExactly(
                new UnionType.Member("Ints", Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE)
                        .withTextKind(TextKind.LIST), integer.withInclusive(new BigDecimal("-32768"),
                        new BigDecimal("32767"))),
                new UnionType.Member("IntOrName", Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withUnion(intOrName),
                        null),
                new UnionType.Member("xs:boolean", Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE)
                        .withTextKind(TextKind.BOOLEAN), null),
                new UnionType.Member("an anonymous restriction of xs:string", Facets.NONE.withLengths(null, null, 2),
                        null));
        // a restriction of a union is named by itself and keeps its enumeration beside the member types
        Facets codes = property(type, "c").facets();
        assertThat(codes.union()).isEqualTo(new UnionType("Codes", intOrName.members()));
        assertThat(codes.enumeration()).containsExactly("1", "a");
        // the item type of a list of a union
        assertThat(property(type, "d").type()).isEqualTo(new TypeRef.ListType(TypeRef.builtin(Builtin.STRING),
                Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withUnion(intOrName)));
    }

    @Test
    void globalElementsSayWhetherTheyAreNillable() throws Exception {
        SchemaModel model = map(HEAD + """
                  <xs:complexType name="T"><xs:sequence><xs:element name="V" type="xs:int"/></xs:sequence></xs:complexType>
                  <xs:element name="Named" type="t:T" nillable="true"/>
                  <xs:element name="Plain" type="t:T"/>
                  <xs:element name="Anonymous" nillable="true"><xs:complexType><xs:sequence>
                    <xs:element name="W" type="xs:string"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """);

        assertThat(model.roots()).extracting(r -> r.elementName().getLocalPart(), RootElementModel::nillable)
                .containsExactly(tuple("Anonymous", true), tuple("Named", true), tuple("Plain", false));
    }

    @Test
    void restrictionsOfEnumeratedTypesKeepTheFacetsTheirEnumDoesNotImply() throws Exception {
        SchemaModel model = map(HEAD + """
                  <xs:simpleType name="Color"><xs:restriction base="xs:token">
                    <xs:enumeration value="red"/><xs:enumeration value="green"/><xs:enumeration value="blue"/>
                  </xs:restriction></xs:simpleType>
                  <xs:simpleType name="Short"><xs:restriction base="t:Color">
                    <xs:maxLength value="3"/><xs:pattern value="[a-z]+"/>
                  </xs:restriction></xs:simpleType>
                  <xs:simpleType name="Warm"><xs:restriction base="t:Color">
                    <xs:enumeration value="red"/><xs:enumeration value="green"/>
                  </xs:restriction></xs:simpleType>
                  <xs:simpleType name="WarmShort"><xs:restriction base="t:Warm"><xs:length value="3"/></xs:restriction></xs:simpleType>
                  <xs:simpleType name="Level"><xs:restriction base="xs:int">
                    <xs:enumeration value="1"/><xs:enumeration value="2"/><xs:enumeration value="3"/>
                  </xs:restriction></xs:simpleType>
                  <xs:simpleType name="Low"><xs:restriction base="t:Level"><xs:maxInclusive value="2"/></xs:restriction></xs:simpleType>
                  <xs:complexType name="T"><xs:sequence>
                    <xs:element name="A" type="t:Short"/>
                    <xs:element name="B" type="t:Warm"/>
                    <xs:element name="C" type="t:WarmShort"/>
                    <xs:element name="D"><xs:simpleType><xs:restriction base="t:Color">
                      <xs:enumeration value="blue"/>
                    </xs:restriction></xs:simpleType></xs:element>
                    <xs:element name="E" type="t:Low"/>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """);

        ComplexTypeModel t = type(model, "T");
        Facets collapsed = Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE);
        assertThat(model.enums()).extracting(EnumTypeModel::name).containsExactly(name("Color"), name("Warm"));
        // XJC binds a restriction by other facets, and an anonymous narrower enumeration, to the base type's enum
        assertThat(property(t, "a").type()).isEqualTo(new TypeRef.EnumRef(name("Color")));
        assertThat(property(t, "a").facets()).isEqualTo(collapsed.withLengths(null, null, 3)
                .withPatterns(List.of("[a-z]+")));
        assertThat(property(t, "d").type()).isEqualTo(new TypeRef.EnumRef(name("Color")));
        assertThat(property(t, "d").facets()).isEqualTo(collapsed.withEnumeration(List.of("blue")));
        // a named restriction with an enumeration of its own gets an enum of its own, and so do its restrictions
        assertThat(property(t, "b").type()).isEqualTo(new TypeRef.EnumRef(name("Warm")));
        assertThat(property(t, "b").facets()).isEqualTo(collapsed);
        assertThat(property(t, "c").type()).isEqualTo(new TypeRef.EnumRef(name("Warm")));
        assertThat(property(t, "c").facets()).isEqualTo(collapsed.withLengths(3, null, null));
        // an enumeration of numbers is no enum unless customised (jaxb:typesafeEnumClass): every facet applies
        assertThat(property(t, "e").type()).isEqualTo(TypeRef.builtin(Builtin.INT));
        assertThat(property(t, "e").facets()).isEqualTo(collapsed.withTextKind(TextKind.INTEGER)
                .withEnumeration(List.of("1", "2", "3")).withInclusive(null, new BigDecimal(2)));
    }

    @Test
    void nestedAnonymousTypesBecomeTopLevelClassesWithOuterNamePrefix() throws Exception {
        SchemaModel model = map(HEAD + """
                  <xs:element name="Outer"><xs:complexType><xs:sequence>
                    <xs:element name="Item" maxOccurs="unbounded"><xs:complexType><xs:sequence>
                      <xs:element name="Name" type="xs:string"/>
                    </xs:sequence></xs:complexType></xs:element>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """);

        assertThat(model.types()).extracting(ComplexTypeModel::name).containsExactly(name("Outer"), name("OuterItem"));
        assertThat(property(type(model, "Outer"), "item").type()).isEqualTo(new TypeRef.ComplexRef(name("OuterItem")));
    }

    @Test
    void javaTypeCustomisationBecomesACustomType() throws Exception {
        SchemaModel model = map(CI_TIME_HEAD + """
                  <xs:complexType name="T"><xs:sequence><xs:element name="At" type="CiTime"/></xs:sequence></xs:complexType>
                </xs:schema>
                """);

        assertThat(model.types().get(0).properties().get(0).type()).isEqualTo(new TypeRef.CustomType(
                "java.time.OffsetDateTime", "io.github.cosxml.core.xml.CiTimestamp.parse",
                "io.github.cosxml.core.xml.CiTimestamp.print"));
    }

    @Test
    void aFixedValueOnAJavaTypeIsUnsupportedAndOnAListIsChecked() throws Exception {
        String head = CI_TIME_HEAD + """
                  <xs:simpleType name="L"><xs:list itemType="xs:int"/></xs:simpleType>
                """;
        String time = head + """
                  <xs:complexType name="T"><xs:attribute name="at" type="CiTime" fixed="2024-01-02T03:04:05+0800"/></xs:complexType>
                </xs:schema>
                """;
        String times = head + """
                  <xs:simpleType name="Times"><xs:list itemType="CiTime"/></xs:simpleType>
                  <xs:complexType name="T"><xs:sequence><xs:element name="At" type="Times" fixed="2024-01-02T03:04:05+0800"/></xs:sequence></xs:complexType>
                </xs:schema>
                """;
        String list = head + """
                  <xs:complexType name="T"><xs:attribute name="a" type="L" fixed="1 2"/></xs:complexType>
                </xs:schema>
                """;

        for (String xsd : List.of(time, times)) {
            assertThatThrownBy(() -> map(xsd)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("fixed value on a jaxb:javaType value")
                    .hasMessageContaining("unsupported XSD construct");
        }
        assertThat(type(map(list), "T").properties().get(0).facets().fixedValue()).isEqualTo("1 2");
    }

    @Test
    void unsupportedConstructsFailWithLocationAndName() throws Exception {
        String xsd = HEAD + """
                  <xs:complexType name="Open" abstract="true"><xs:sequence>
                    <xs:element name="E" type="xs:string"/></xs:sequence>
                  </xs:complexType>
                  <xs:complexType name="Prose" mixed="true"><xs:sequence>
                    <xs:element name="B" type="xs:string"/>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """;

        assertThatThrownBy(() -> map(xsd))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":2:")
                .hasMessageContaining("abstract complex type")
                .hasMessageContaining(dir.resolve("schema.xsd") + ":5:")
                .hasMessageContaining("mixed content")
                .satisfies(e -> assertThat(e.getMessage().lines().filter(line -> line.contains("abstract complex type")))
                        .as("one problem, one line").hasSize(1))
                .satisfies(e -> assertThat(e.getMessage().lines().filter(line -> line.contains("mixed content")))
                        .as("one problem, one line").hasSize(1))
                .hasMessageContaining("2 schema problems");
    }

    @Test
    void namesThatCollideInJavaAreReportedWhereTheyAreWithTheBindingThatFixesThem() throws Exception {
        String properties = HEAD + """
                  <xs:element name="Root"><xs:complexType><xs:sequence>
                    <xs:element name="Children" type="xs:string"/>
                    <xs:element name="CHILDREN" type="xs:int"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """;
        assertThatThrownBy(() -> map(properties)).isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":4:")
                .hasMessageContaining("element Children and element CHILDREN of p.Root would both be the Java property"
                        + " children; rename one with a jaxb:property binding");

        String merged = HEAD + """
                  <xs:element name="Root"><xs:complexType><xs:sequence>
                    <xs:element name="Name" type="xs:string"/>
                    <xs:element name="name" type="xs:string"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """;
        assertThatThrownBy(() -> map(merged)).isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":")
                .hasMessageContaining(": Name, name)")
                .hasMessageContaining("when two elements would get the same Java name")
                .hasMessageContaining("jaxb:property");

        String classes = HEAD + """
                  <xs:complexType name="item"><xs:sequence><xs:element name="A" type="xs:string"/></xs:sequence></xs:complexType>
                  <xs:complexType name="Item"><xs:sequence><xs:element name="B" type="xs:string"/></xs:sequence></xs:complexType>
                </xs:schema>
                """;
        assertThatThrownBy(() -> map(classes)).isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":")
                .hasMessageContaining("two classes would be named p.Item (type {urn:test}item and type {urn:test}Item)")
                .hasMessageNotContaining("<unknown file>");
    }

    @Test
    void anAnonymousTypeNestedSoDeepItsClassNameIsNoFileNameIsReported() throws Exception {
        StringBuilder xsd = new StringBuilder(HEAD);
        for (int level = 0; level < 20; level++) {
            xsd.append(String.format("<xs:element name=\"LevelNumber%02dName\"><xs:complexType><xs:sequence>%n", level));
        }
        xsd.append("<xs:element name=\"Leaf\" type=\"xs:string\"/>\n");
        xsd.append("</xs:sequence></xs:complexType></xs:element>\n".repeat(20)).append("</xs:schema>\n");

        assertThatThrownBy(() -> map(xsd.toString())).isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":")
                .hasMessageContaining("more than file systems allow (255); give this type a shorter name with a"
                        + " jaxb:class binding")
                .satisfies(e -> assertThat(e.getMessage()).contains("class LevelNumber00NameLevelNumber01Name"));
    }

    @Test
    void theLongestNameAllowedIsTheOneWhoseBuilderClassFileFits() throws Exception {
        // <name>$Builder.class is 14 bytes more than the name: 241 fits in 255 bytes, 242 does not
        String fits = "T" + "x".repeat(240);
        String tooLong = "T" + "x".repeat(241);
        String xsd = HEAD + "<xs:complexType name=\"%s\"><xs:sequence><xs:element name=\"A\" type=\"xs:string\"/>"
                + "</xs:sequence></xs:complexType>\n</xs:schema>\n";

        assertThat(type(map(String.format(xsd, fits)), fits).name().simpleName()).isEqualTo(fits);
        assertThatThrownBy(() -> map(String.format(xsd, tooLong))).isInstanceOf(SchemaException.class)
                .hasMessageContaining("would be compiled to a file name of 256 bytes (" + tooLong + "$Builder.class)");
    }

    @Test
    void aRepeatedElementOfAListTypeIsReportedWhereItIs() throws Exception {
        String xsd = HEAD + """
                  <xs:simpleType name="Ints"><xs:list itemType="xs:int"/></xs:simpleType>
                  <xs:element name="Root"><xs:complexType><xs:sequence>
                    <xs:element name="RepList" type="t:Ints" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """;

        assertThatThrownBy(() -> map(xsd)).isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":4:")
                .hasMessageContaining("unsupported XSD construct repeated element of an xs:list type (RepList)")
                .hasMessageContaining("wrap the list in a complex type");
    }

    @Test
    void aMixedTypeWithAttributesOnlyIsOneProblem() throws Exception {
        String xsd = HEAD + """
                  <xs:element name="Root"><xs:complexType mixed="true"><xs:attribute name="a" type="xs:string"/></xs:complexType></xs:element>
                </xs:schema>
                """;

        assertThatThrownBy(() -> map(xsd)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("mixed content (mixed=\"true\")")
                .hasMessageNotContaining("cannot find the simple content");
    }

    @Test
    void aFileThatIsNotWellFormedAndAContentModelTooLargeForTheJdkSayWhatToDo() throws Exception {
        assertThatThrownBy(() -> map(HEAD + "  <xs:element name=\"Root\" type=\"xs:string\"/>\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":")
                .hasMessageContaining("(fix the file at this position: it is not well-formed XML)");

        String large = HEAD + """
                  <xs:element name="Root"><xs:complexType><xs:sequence>
                    <xs:element name="A" type="xs:int" minOccurs="70" maxOccurs="4000"/>
                    <xs:element name="B" type="xs:int" minOccurs="0" maxOccurs="2147483647"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """;
        assertThatThrownBy(() -> map(large)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("more than 5,000 nodes")
                .hasMessageContaining("use maxOccurs=\"unbounded\", or lift the limit for the build with"
                        + " -Djdk.xml.maxOccurLimit=0");
    }

    @Test
    void aSecondWildcardInOneTypeIsUnsupported() throws Exception {
        // XJC itself rejects two wildcards bound to one property; renamed, the second is cosxml's to report
        String xsd = HEAD.replace("<xs:schema ", "<xs:schema xmlns:jaxb='https://jakarta.ee/xml/ns/jaxb' jaxb:version='3.0' ")
                + """
                  <xs:complexType name="Twice"><xs:sequence>
                    <xs:any namespace="##other" processContents="lax"/><xs:element name="E" type="xs:string"/>
                    <xs:any namespace="##other" processContents="skip"><xs:annotation><xs:appinfo>
                      <jaxb:property name="more"/></xs:appinfo></xs:annotation></xs:any>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """;

        assertThatThrownBy(() -> map(xsd))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("a second xs:any in one complex type")
                .hasMessageContaining("join the wildcards into one");
    }

    @Test
    void aWildcardMapsToItsNamespaceConstraintAndOccurrence() throws Exception {
        String xsd = HEAD + """
                  <xs:complexType name="Open"><xs:sequence>
                    <xs:element name="E" type="xs:string"/>
                    <xs:any namespace="##other" minOccurs="0" maxOccurs="3"/>
                  </xs:sequence></xs:complexType>
                  <xs:complexType name="Listed"><xs:sequence>
                    <xs:any namespace="urn:b ##local urn:a ##targetNamespace" processContents="skip"/>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """;

        SchemaModel model = map(xsd);

        PropertyModel open = type(model, "Open").properties().get(1);
        assertThat(open.type()).isEqualTo(new TypeRef.AnyElement(true, List.of("urn:test", "")));
        assertThat(open.minOccurs()).isZero();
        assertThat(open.maxOccurs()).isEqualTo(3);
        assertThat(type(model, "Listed").properties().get(0).type())
                .isEqualTo(new TypeRef.AnyElement(false, List.of("", "urn:a", "urn:b", "urn:test")));
    }

    @Test
    void anAttributeWildcardIsAPropertyOfTheTypeThatDeclaresIt() throws Exception {
        String xsd = HEAD + """
                  <xs:complexType name="Base"><xs:attribute name="otherAttributes" type="xs:string"/>
                    <xs:anyAttribute namespace="##other" processContents="lax"/></xs:complexType>
                  <xs:complexType name="Same"><xs:complexContent><xs:extension base="t:Base">
                    <xs:anyAttribute namespace="##other"/></xs:extension></xs:complexContent></xs:complexType>
                  <xs:complexType name="Plain"><xs:complexContent><xs:extension base="t:Base">
                    <xs:attribute name="a" type="xs:string"/></xs:extension></xs:complexContent></xs:complexType>
                  <xs:attributeGroup name="G"><xs:anyAttribute namespace="urn:b ##local"/></xs:attributeGroup>
                  <xs:complexType name="Grouped"><xs:attributeGroup ref="t:G"/></xs:complexType>
                </xs:schema>
                """;

        SchemaModel model = map(xsd);

        assertThat(type(model, "Base").properties()).extracting(PropertyModel::javaName, PropertyModel::type)
                .containsExactly(tuple("otherAttributes", TypeRef.builtin(Builtin.STRING)),
                        tuple("otherAttributes2", new TypeRef.AnyAttributes(true, List.of("urn:test", ""))));
        // an extension inherits its base type's property, also where it repeats the same wildcard
        assertThat(type(model, "Same").properties()).isEmpty();
        assertThat(type(model, "Plain").properties()).extracting(PropertyModel::javaName).containsExactly("a");
        PropertyModel grouped = type(model, "Grouped").properties().get(0);
        assertThat(grouped.type()).isEqualTo(new TypeRef.AnyAttributes(false, List.of("", "urn:b")));
        assertThat(grouped.kind()).isEqualTo(NodeKind.ATTRIBUTE);
        assertThat(grouped.xmlName()).isNull();
    }

    @Test
    void repeatedChoiceIsUnsupported() throws Exception {
        String xsd = HEAD + """
                  <xs:complexType name="Many"><xs:choice maxOccurs="unbounded">
                    <xs:element name="A" type="xs:string"/><xs:element name="B" type="xs:int"/>
                  </xs:choice></xs:complexType>
                </xs:schema>
                """;

        assertThatThrownBy(() -> map(xsd))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema.xsd:2:")
                .hasMessageContaining("repeated xs:choice");
    }

    @Test
    void aRepeatedSequenceOfSeveralElementsIsUnsupported() throws Exception {
        String xsd = HEAD + """
                  <xs:complexType name="Pairs"><xs:sequence>
                    <xs:sequence maxOccurs="unbounded">
                      <xs:element name="K" type="xs:string"/><xs:element name="V" type="xs:int"/>
                    </xs:sequence>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """;

        assertThatThrownBy(() -> map(xsd))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema.xsd:3:")
                .hasMessageContaining("repeated xs:sequence of several elements (maxOccurs=unbounded)")
                .hasMessageContaining("wrap the group in an element of a complex type");
    }

    @Test
    void aParticleThatNeverOccursIsUnsupported() throws Exception {
        String xsd = HEAD + """
                  <xs:complexType name="Never"><xs:sequence>
                    <xs:element name="A" type="xs:string"/>
                    <xs:sequence minOccurs="0" maxOccurs="0"><xs:element name="B" type="xs:int"/></xs:sequence>
                  </xs:sequence></xs:complexType>
                </xs:schema>
                """;

        assertThatThrownBy(() -> map(xsd))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema.xsd:4:")
                .hasMessageContaining("maxOccurs=\"0\"")
                .hasMessageNotContaining("cannot find the occurrence");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "substitution group|<xs:element name='Head' type='xs:string'/><xs:element name='Member' substitutionGroup='t:Head'/>"
                + "<xs:complexType name='T'><xs:sequence><xs:element ref='t:Head'/></xs:sequence></xs:complexType>",
        "abstract complex type|<xs:complexType name='T' abstract='true'><xs:sequence>"
                + "<xs:element name='A' type='xs:string'/></xs:sequence></xs:complexType>",
        "xs:anyAttribute that allows more namespaces than its base type's|<xs:complexType name='B'>"
                + "<xs:anyAttribute namespace='urn:a'/></xs:complexType><xs:complexType name='T'><xs:complexContent>"
                + "<xs:extension base='t:B'><xs:anyAttribute namespace='urn:b'/></xs:extension></xs:complexContent>"
                + "</xs:complexType>",
        "xs:anyAttribute in more than one place of a type|<xs:attributeGroup name='G'><xs:anyAttribute"
                + " namespace='##other'/></xs:attributeGroup><xs:complexType name='T'><xs:attributeGroup ref='t:G'/>"
                + "<xs:anyAttribute namespace='##any'/></xs:complexType>",
        "xs:anyAttribute in more than one place of a type|<xs:attributeGroup name='G'><xs:anyAttribute"
                + " namespace='##other'/></xs:attributeGroup><xs:attributeGroup name='H'><xs:anyAttribute/>"
                + "</xs:attributeGroup><xs:complexType name='T'><xs:attributeGroup ref='t:G'/>"
                + "<xs:attributeGroup ref='t:H'/></xs:complexType>",
        "complex type derived by xs:restriction|<xs:complexType name='B'><xs:sequence>"
                + "<xs:element name='A' type='xs:string' minOccurs='0'/></xs:sequence></xs:complexType>"
                + "<xs:complexType name='T'><xs:complexContent><xs:restriction base='t:B'><xs:sequence>"
                + "<xs:element name='A' type='xs:string'/></xs:sequence></xs:restriction></xs:complexContent></xs:complexType>",
        "xs:anyType|<xs:complexType name='T'><xs:sequence><xs:element name='A'/></xs:sequence></xs:complexType>",
        "default or fixed value on element A of a complex type|<xs:complexType name='S'><xs:simpleContent>"
                + "<xs:extension base='xs:string'/></xs:simpleContent></xs:complexType><xs:complexType name='T'>"
                + "<xs:sequence><xs:element name='A' type='t:S' fixed='x'/></xs:sequence></xs:complexType>",
    })
    void otherUnsupportedConstructsAreNamedWithTheirLocation(String construct, String body) throws Exception {
        String xsd = HEAD + body.replace("><", ">\n<") + "\n</xs:schema>\n";

        assertThatThrownBy(() -> map(xsd))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve("schema.xsd") + ":")
                .hasMessageContaining(construct)
                .hasMessageContaining("unsupported XSD construct");
    }

    private SchemaModel map(String xsd) throws IOException, SchemaException {
        Path file = dir.resolve("schema.xsd");
        Files.writeString(file, xsd);
        URI uri = file.toUri();
        return XjcModelMapper.map(new XjcSchemaLoader(p -> { }).load(XjcRequest.of(List.of(uri)).withDefaultPackage("p")),
                p -> { });
    }

    private static JavaName name(String simpleName) {
        return new JavaName("p", simpleName);
    }

    private static ComplexTypeModel type(SchemaModel model, String simpleName) {
        return model.types().stream().filter(t -> t.name().equals(name(simpleName))).findFirst().orElseThrow();
    }

    private static PropertyModel property(ComplexTypeModel type, String javaName) {
        return type.properties().stream().filter(p -> p.javaName().equals(javaName)).findFirst().orElseThrow();
    }
}
