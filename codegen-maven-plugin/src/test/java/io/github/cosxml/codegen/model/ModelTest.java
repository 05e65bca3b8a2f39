package io.github.cosxml.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static final TypeRef STRING = TypeRef.builtin(Builtin.STRING);

    @Test
    void propertiesRejectImpossibleCombinations() {
        QName name = new QName("", "x");
        assertThatThrownBy(() -> PropertyModel.element("x", name, STRING).withOccurs(2, 1))
                .hasMessageContaining("bad occurrence 2..1");
        assertThatThrownBy(() -> PropertyModel.attribute("x", name, STRING).withOccurs(0, 2))
                .hasMessageContaining("ATTRIBUTE property x cannot repeat");
        assertThatThrownBy(() -> PropertyModel.attribute("x", name, new TypeRef.ComplexRef(new JavaName("p", "C"))))
                .hasMessageContaining("cannot have a complex type");
        assertThatThrownBy(() -> PropertyModel.attribute("x", name, STRING).withEmptyElementValue("d"))
                .hasMessageContaining("only an element of simple type has an empty-element value: x");
        assertThatThrownBy(() -> PropertyModel.element("x", name, new TypeRef.ComplexRef(new JavaName("p", "C")))
                .withEmptyElementValue("d"))
                .hasMessageContaining("only an element of simple type");
        assertThat(PropertyModel.element("x", name, STRING).withEmptyElementValue("d").withOccurs(0, 3)
                .emptyElementValue()).isEqualTo("d");
        assertThatThrownBy(() -> new TypeRef.ListType(new TypeRef.ListType(STRING)))
                .hasMessageContaining("xs:list items must be simple");
        assertThat(PropertyModel.element("x", name, STRING).withOccurs(0, PropertyModel.UNBOUNDED).isRepeated()).isTrue();
        assertThat(PropertyModel.element("x", name, STRING).withOccurs(1, 1).isRequired()).isTrue();
    }

    @Test
    void listsAreCopiedAndSchemaModelIsSorted() {
        List<PropertyModel> properties = new ArrayList<>();
        properties.add(PropertyModel.element("a", new QName("", "a"), STRING));
        ComplexTypeModel b = new ComplexTypeModel(new JavaName("p", "B"), null, null, ContentKind.SEQUENCE, properties,
                null);
        properties.clear();
        assertThat(b.properties()).hasSize(1);
        ComplexTypeModel a = new ComplexTypeModel(new JavaName("p", "A"), null, null, ContentKind.EMPTY, null, null);
        SchemaModel model = new SchemaModel(List.of(b, a), null, List.of(
                new RootElementModel(new QName("urn:z", "Z"), a.name()),
                new RootElementModel(new QName("", "Y"), b.name())));
        assertThat(model.types()).extracting(ComplexTypeModel::name).containsExactly(a.name(), b.name());
        assertThat(model.roots()).extracting(r -> r.elementName().getLocalPart()).containsExactly("Y", "Z");
        assertThat(model.enums()).isEmpty();
    }

    @Test
    void choiceGroupsLieInAnotherGroupOnlyWithABranch() {
        assertThat(new ChoiceGroupModel(1, true, 0, 2).isNested()).isTrue();
        assertThat(new ChoiceGroupModel(0, false, -1, -1).isNested()).isFalse();
        assertThatThrownBy(() -> new ChoiceGroupModel(1, true, 0, -1)).hasMessageContaining("bad choice group 1");
        assertThatThrownBy(() -> new ChoiceGroupModel(1, true, -1, 0)).hasMessageContaining("bad choice group 1");
        assertThatThrownBy(() -> new ChoiceGroupModel(1, true, 1, 0)).hasMessageContaining("bad choice group 1");
        ComplexTypeModel type = new ComplexTypeModel(new JavaName("p", "T"), null, null, ContentKind.CHOICE, null, null,
                List.of(new ChoiceGroupModel(0, true, -1, -1), new ChoiceGroupModel(1, false, 0, 0)));
        assertThat(type.choiceGroup(1).parentGroup()).isZero();
        assertThat(type.choiceGroup(2)).isNull();
    }

    @Test
    void everyTextKindIsOneTheRuntimeKnows() {
        // generated code names the runtime's constant after the model's: the two enums must agree
        assertThat(java.util.Arrays.stream(TextKind.values()).map(Enum::name))
                .containsExactlyElementsOf(java.util.Arrays.stream(io.github.cosxml.core.xml.TextKind.values())
                        .map(Enum::name).toList());
    }

    @Test
    void facetsDefaultToNone() {
        assertThat(Facets.NONE.isEmpty()).isTrue();
        Facets facets = Facets.NONE.withInclusive(BigDecimal.ONE, null).withPatterns(List.of("a+"));
        assertThat(facets.isEmpty()).isFalse();
        assertThat(facets.minInclusive()).isEqualTo(BigDecimal.ONE);
        assertThat(new TypeRef.ListType(STRING).itemFacets()).isEqualTo(Facets.NONE);
        assertThat(new TypeRef.ListType(STRING, null)).isEqualTo(new TypeRef.ListType(STRING));
        assertThat(new Facets(null, null, null, null, null, null, null, null, null, null, null, null, WhiteSpace.PRESERVE,
                null, TextKind.TEXT, null, null)).isEqualTo(Facets.NONE);
        assertThat(Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).isEmpty()).isTrue();
        assertThat(Facets.NONE.withEnumerationWhiteSpace(WhiteSpace.COLLAPSE).isEmpty()).isTrue();
        // the enumeration's values are read by the type's own rule unless another is given
        Facets spaced = Facets.NONE.withWhiteSpace(WhiteSpace.COLLAPSE).withEnumeration(List.of(" a "));
        assertThat(spaced.enumerationReadBy()).isEqualTo(WhiteSpace.COLLAPSE);
        assertThat(spaced.withEnumerationWhiteSpace(WhiteSpace.PRESERVE).enumerationReadBy())
                .isEqualTo(WhiteSpace.PRESERVE);
        // a kind with a lexical form of its own is something to check; one that only measures is not
        assertThat(Facets.NONE.withTextKind(TextKind.BASE64_BINARY).isEmpty()).isFalse();
        assertThat(Facets.NONE.withTextKind(TextKind.NCNAME).isEmpty()).isFalse();
        // so is a union's member types: a value must be one of theirs
        assertThat(Facets.NONE.withUnion(new UnionType("U", List.of(new UnionType.Member("xs:string", Facets.NONE,
                null)))).isEmpty()).isFalse();
        assertThat(Facets.NONE.withTextKind(TextKind.LIST).isEmpty()).isTrue();
        assertThat(Facets.NONE.withTextKind(TextKind.FLOAT).isEmpty()).isFalse();
        // numbers are compared by value; every other kind by its text
        assertThat(java.util.EnumSet.allOf(TextKind.class).stream().filter(TextKind::isNumeric))
                .containsExactlyInAnyOrder(TextKind.FLOAT, TextKind.DOUBLE, TextKind.INTEGER, TextKind.DECIMAL);
        assertThatThrownBy(() -> Facets.NONE.withTextKind(null)).hasMessageContaining("textKind");
        assertThat(Facets.NONE.withFractionDigits(2).isEmpty()).isFalse();
        assertThat(Facets.NONE.withFixedValue("1").isEmpty()).isFalse();
        assertThatThrownBy(() -> Facets.NONE.withWhiteSpace(null)).hasMessageContaining("whiteSpace");
        assertThat(new JavaName("", "Top").qualifiedName()).isEqualTo("Top");
        assertThatThrownBy(() -> new EnumTypeModel(new JavaName("p", "E"), null, List.of(), null))
                .hasMessageContaining("has no constants");
    }
}
