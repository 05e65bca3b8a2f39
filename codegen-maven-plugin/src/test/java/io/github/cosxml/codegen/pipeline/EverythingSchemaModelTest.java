package io.github.cosxml.codegen.pipeline;

import static io.github.cosxml.codegen.pipeline.EverythingSchema.CATALOG_NS;
import static io.github.cosxml.codegen.pipeline.EverythingSchema.CATALOG_PACKAGE;
import static io.github.cosxml.codegen.pipeline.EverythingSchema.COMMON_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.EnumTypeModel;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.RootElementModel;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.model.TextKind;
import io.github.cosxml.codegen.model.TypeRef;
import io.github.cosxml.codegen.model.WhiteSpace;
import io.github.cosxml.codegen.xjc.SchemaCompiler;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The XJC front end over the every-construct schema: the model the golden files come from. */
class EverythingSchemaModelTest {
    /** What the model knows of an item of {@code xs:int}: an integer, whitespace collapsed. */
    private static final Facets INTEGER_ITEMS = Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE)
            .withTextKind(TextKind.INTEGER);

    private static SchemaModel model;

    @BeforeAll
    static void load() throws Exception {
        model = new SchemaCompiler(w -> { }, JavaGenerator.create()).model(EverythingSchema.request());
    }

    @Test
    void classesAreNamedAsXjcNamesThemWithBindingsAndNamespacePackages() {
        assertThat(model.types()).extracting(ComplexTypeModel::name).extracting(JavaName::qualifiedName)
                .containsExactly(CATALOG_PACKAGE + ".Catalog", CATALOG_PACKAGE + ".CatalogSection",
                        CATALOG_PACKAGE + ".CatalogSectionEntry", CATALOG_PACKAGE + ".Entity",
                        CATALOG_PACKAGE + ".JobDetail", CATALOG_PACKAGE + ".Limits", CATALOG_PACKAGE + ".Product",
                        CATALOG_PACKAGE + ".Source", CATALOG_PACKAGE + ".SourceBucket", CATALOG_PACKAGE + ".Stamped",
                        COMMON_PACKAGE + ".Money");
        assertThat(model.enums()).extracting(e -> e.name().qualifiedName())
                .containsExactly(CATALOG_PACKAGE + ".JobState", COMMON_PACKAGE + ".Color", COMMON_PACKAGE + ".Fit",
                        COMMON_PACKAGE + ".Grade", COMMON_PACKAGE + ".Scale", COMMON_PACKAGE + ".Step");
        assertThat(model.roots()).containsExactly(
                new RootElementModel(new QName(CATALOG_NS, "Catalog"), new JavaName(CATALOG_PACKAGE, "Catalog")),
                new RootElementModel(new QName(CATALOG_NS, "Limits"), new JavaName(CATALOG_PACKAGE, "Limits")),
                new RootElementModel(new QName(CATALOG_NS, "Ping"), new JavaName(CATALOG_PACKAGE, "JobDetail")));
    }

    @Test
    void contentModelsExtensionAndChoice() {
        assertThat(type("Product").baseType()).isEqualTo(new JavaName(CATALOG_PACKAGE, "Entity"));
        assertThat(type("Product").content()).isEqualTo(ContentKind.SEQUENCE);
        assertThat(type("JobDetail").content()).isEqualTo(ContentKind.ALL);
        assertThat(type("Source").content()).isEqualTo(ContentKind.CHOICE);
        assertThat(type("Source").properties()).extracting(PropertyModel::choiceGroup).containsOnly(0);
        assertThat(property("Source", "bucket").type())
                .isEqualTo(new TypeRef.ComplexRef(new JavaName(CATALOG_PACKAGE, "SourceBucket")));
        PropertyModel sections = property("Catalog", "section");
        assertThat(sections.minOccurs()).isZero();
        assertThat(sections.isRepeated()).isTrue();
        assertThat(model.types().stream().filter(t -> t.name().simpleName().equals("Money")).findFirst().orElseThrow()
                .content()).isEqualTo(ContentKind.SIMPLE_CONTENT);
    }

    @Test
    void simpleTypesFacetsListsUnionsAndJavaType() {
        assertThat(property("Entity", "created").type()).isEqualTo(new TypeRef.CustomType("java.time.OffsetDateTime",
                "io.github.cosxml.core.xml.CiTimestamp.parse", "io.github.cosxml.core.xml.CiTimestamp.print"));
        assertThat(property("Entity", "id").facets().maxLength()).isEqualTo(32);
        assertThat(property("Product", "tags").type()).isEqualTo(new TypeRef.ListType(TypeRef.builtin(Builtin.STRING)));
        assertThat(property("Product", "sizes").type()).isEqualTo(new TypeRef.ListType(TypeRef.builtin(Builtin.INT), INTEGER_ITEMS));
        assertThat(property("Product", "batch").type()).isEqualTo(TypeRef.builtin(Builtin.STRING));
        assertThat(property("Product", "level").facets().enumeration()).containsExactly("1", "2", "3");
        assertThat(property("Product", "code").facets().length()).isEqualTo(4);
        assertThat(property("Product", "code").facets().patterns()).containsExactly("[A-Z]{2}[0-9]{2}");
        assertThat(property("Product", "stock").facets().maxInclusive()).isEqualByComparingTo(new BigDecimal(100));
        assertThat(property("Product", "note").nillable()).isTrue();
        assertThat(property("Product", "alias").maxOccurs()).isEqualTo(3);
        assertThat(property("Product", "sold").type()).isEqualTo(TypeRef.builtin(Builtin.INTEGER));
        assertThat(property("Product", "color").type())
                .isEqualTo(new TypeRef.EnumRef(new JavaName(COMMON_PACKAGE, "Color")));
    }

    @Test
    void whitespaceRulesFractionDigitsFixedAndDefaultValues() {
        assertThat(property("Product", "name").facets().whiteSpace()).isEqualTo(WhiteSpace.PRESERVE);
        assertThat(property("Product", "sku").facets().whiteSpace()).isEqualTo(WhiteSpace.COLLAPSE);
        assertThat(property("Product", "label").facets().whiteSpace()).isEqualTo(WhiteSpace.REPLACE);
        assertThat(property("Product", "origin").facets().whiteSpace()).isEqualTo(WhiteSpace.COLLAPSE);
        assertThat(property("Product", "fit").facets()).isEqualTo(Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE));
        assertThat(property("Product", "color").facets()).isEqualTo(Facets.NONE);
        assertThat(property("Source", "url").facets().whiteSpace()).isEqualTo(WhiteSpace.COLLAPSE);
        assertThat(property("Product", "stock").facets().whiteSpace()).isEqualTo(WhiteSpace.COLLAPSE);
        assertThat(property("Product", "discount").facets().fractionDigits()).isEqualTo(2);
        assertThat(property("Product", "formatVersion").facets().fixedValue()).isEqualTo("1.0");
        assertThat(property("Product", "kind").facets().fixedValue()).isEqualTo("product");
        assertThat(property("Product", "cut").facets().fixedValue()).isNull();
        assertThat(property("Product", "cut").documentation())
                .isEqualTo("Schema default: \"Regular\" (what an absent attribute means; it reads as null).");
    }

    @Test
    void anElementsDefaultOrFixedValueIsWhatItsEmptyElementStandsFor() {
        assertThat(property("Product", "formatVersion").emptyElementValue()).isEqualTo("1.0");
        assertThat(property("Product", "pack").emptyElementValue()).isEqualTo("1");
        assertThat(property("Product", "finish").emptyElementValue()).isEqualTo(" Slim ");
        assertThat(property("Product", "packSizes").emptyElementValue()).isEqualTo("1 6");
        assertThat(property("Product", "pack").documentation())
                .isEqualTo("Schema default: \"1\" (an empty element reads as this value; an absent one reads as null).");
        assertThat(property("Product", "name").emptyElementValue()).isNull();
        // an attribute's default is what its absence means; there is no empty attribute element
        assertThat(property("Product", "cut").emptyElementValue()).isNull();
        assertThat(property("Product", "kind").emptyElementValue()).isNull();
    }

    @Test
    void restrictionsOfEnumeratedTypesHaveTheBaseEnumAndTheFacetsItsConstantsDoNotImply() {
        TypeRef fit = new TypeRef.EnumRef(new JavaName(COMMON_PACKAGE, "Fit"));
        TypeRef color = new TypeRef.EnumRef(new JavaName(COMMON_PACKAGE, "Color"));
        TypeRef grade = new TypeRef.EnumRef(new JavaName(COMMON_PACKAGE, "Grade"));
        assertThat(property("Limits", "fitCode").type()).isEqualTo(fit);
        assertThat(property("Limits", "fitCode").facets()).isEqualTo(Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE)
                .withLengths(null, null, 4));
        assertThat(property("Limits", "redOrGreen").type()).isEqualTo(color);
        assertThat(property("Limits", "redOrGreen").facets()).isEqualTo(Facets.NONE.withPatterns(List.of("[RG].*")));
        assertThat(property("Limits", "longFit").type()).isEqualTo(fit);
        assertThat(property("Limits", "primary").type()).isEqualTo(color);
        assertThat(property("Limits", "primary").facets().enumeration()).containsExactly("Red", "Blue");
        assertThat(property("Limits", "grade").type()).isEqualTo(grade);
        assertThat(property("Limits", "grade").facets()).isEqualTo(Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE)
                .withTextKind(TextKind.INTEGER).withInclusive(null, new BigDecimal(2)));
        assertThat(property("Limits", "topGrade").type()).isEqualTo(grade);
        assertThat(property("Limits", "topGrade").facets().enumeration()).containsExactly("3");
        assertThat(property("Limits", "fits").type()).isEqualTo(new TypeRef.ListType(fit));
        // enums of floats and decimals carry their kind: the schema compares their values as such
        assertThat(model.enums()).filteredOn(e -> e.name().simpleName().equals("Scale")).singleElement()
                .extracting(EnumTypeModel::textKind).isEqualTo(TextKind.FLOAT);
        assertThat(model.enums()).filteredOn(e -> e.name().simpleName().equals("Step")).singleElement()
                .extracting(EnumTypeModel::textKind).isEqualTo(TextKind.DECIMAL);
        assertThat(property("Limits", "ratio").facets()).isEqualTo(Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE)
                .withTextKind(TextKind.DOUBLE).withInclusive(BigDecimal.ZERO, BigDecimal.ONE));
        assertThat(property("Product", "fit").facets()).isEqualTo(Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE));
    }

    @Test
    void lengthsOfBinaryTypesCountOctets() {
        assertThat(property("Limits", "checksum").facets().textKind()).isEqualTo(TextKind.HEX_BINARY);
        assertThat(property("Limits", "digest").facets().textKind()).isEqualTo(TextKind.BASE64_BINARY);
        assertThat(property("Product", "name").facets().textKind()).isEqualTo(TextKind.TEXT);
    }

    @Test
    void lengthsOfListTypesCountItems() {
        assertThat(property("Limits", "words").type()).isEqualTo(TypeRef.builtin(Builtin.STRING));
        // the built-in lists kept as one String: items counted, and each item's lexical form checked
        assertThat(property("Limits", "words").facets().textKind()).isEqualTo(TextKind.NMTOKENS);
        assertThat(property("Limits", "refs").facets().textKind()).isEqualTo(TextKind.NCNAMES);
        assertThat(property("Limits", "sizes").type()).isEqualTo(new TypeRef.ListType(TypeRef.builtin(Builtin.INT), INTEGER_ITEMS));
        assertThat(property("Limits", "sizes").facets().textKind()).isEqualTo(TextKind.LIST);
    }

    @Test
    void listsKeepTheFacetsOfTheirItemTypeApartFromTheirOwn() {
        TypeRef fit = new TypeRef.EnumRef(new JavaName(COMMON_PACKAGE, "Fit"));
        TypeRef integer = TypeRef.builtin(Builtin.INT);
        assertThat(property("Limits", "smalls").type()).isEqualTo(new TypeRef.ListType(integer,
                Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withTextKind(TextKind.INTEGER)
                        .withInclusive(null, new BigDecimal(9))));
        assertThat(property("Limits", "smalls").facets().isEmpty()).isTrue();
        assertThat(property("Limits", "digits").type()).isEqualTo(new TypeRef.ListType(integer,
                Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withTextKind(TextKind.INTEGER)
                        .withInclusive(BigDecimal.ZERO, new BigDecimal(9))));
        // the enum's constants are its enumeration; the restriction's maxLength is left to check
        assertThat(property("Limits", "fitCodes").type()).isEqualTo(new TypeRef.ListType(fit,
                Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withLengths(null, null, 4)));
        assertThat(((TypeRef.ListType) property("Limits", "levels").type()).itemFacets().enumeration())
                .containsExactly("1", "2", "3");
        assertThat(((TypeRef.ListType) property("Limits", "names").type()).itemFacets().patterns())
                .containsExactly("[a-z]+");
        // a list type restricted by length: the length is the list's, its items are integers, no more
        assertThat(property("Limits", "sizes").type()).isEqualTo(new TypeRef.ListType(integer, INTEGER_ITEMS));
        assertThat(property("Limits", "sizes").facets().length()).isEqualTo(2);
    }

    private static ComplexTypeModel type(String simpleName) {
        return model.types().stream().filter(t -> t.name().equals(new JavaName(CATALOG_PACKAGE, simpleName)))
                .findFirst().orElseThrow();
    }

    private static PropertyModel property(String type, String javaName) {
        return type(type).properties().stream().filter(p -> p.javaName().equals(javaName)).findFirst().orElseThrow();
    }
}
