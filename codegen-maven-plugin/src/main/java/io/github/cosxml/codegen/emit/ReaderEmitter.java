package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import javax.xml.namespace.QName;

/**
 * Emits reading: the {@code CHILDREN} table, the {@code ATTRIBUTE_WILDCARD} of a type with an
 * {@code xs:anyAttribute} (which the builder and {@code validate()} use too),
 * {@code readXml(XmlReader)} (attributes, then one loop over child elements with a branch per known
 * name, or the text value), and on root classes the {@code fromXml} overloads.
 */
final class ReaderEmitter {

    private final TypeMapper types;

    ReaderEmitter(TypeMapper types) {
        this.types = types;
    }

    void emit(ClassPlan plan, TypeSpec.Builder type) {
        Chunks chunks = new Chunks();
        if (!plan.elements().isEmpty()) {
            type.addField(childrenTable(plan, chunks));
        }
        if (plan.attributeWildcard() != null) {
            type.addField(attributeWildcard(plan, chunks));
        }
        if (plan.root() != null) {
            addFromXml(plan, type);
        }
        if (plan.canBeNil()) {
            type.addMethod(MethodSpec.methodBuilder("readXml")
                    .addJavadoc("Reads an element of this type that is not nillable; used by generated code. The reader is"
                            + " on the element's start tag and ends on its end tag.\n\n@param in the reader\n"
                            + "@return the value\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(plan.className())
                    .addParameter(RuntimeTypes.XML_READER, "in")
                    .addStatement("return readXml(in, false)")
                    .build());
        }
        type.addMethod(readXml(plan, chunks));
        type.addMethods(chunks.methods());
    }

    private static FieldSpec childrenTable(ClassPlan plan, Chunks chunks) {
        List<CodeBlock> calls = new ArrayList<>();
        for (PropertyPlan property : plan.elements()) {
            int max = property.isXsList() ? 1 : property.model().maxOccurs();
            if (property.isWildcard() && property.inChoice()) {
                Integer branch = property.model().choiceBranch();
                calls.add(CodeBlock.of("wildcardChoiceChild($L, $L, $L, $L, $L, $L)", property.position(),
                        property.choiceGroup(), branch == null ? -1 : branch, property.wildcard(),
                        property.model().minOccurs(), max));
            } else if (property.isWildcard()) {
                calls.add(CodeBlock.of("wildcardChild($L, $L, $L, $L)", property.position(), property.wildcard(),
                        property.model().minOccurs(), max));
            } else if (property.inChoice() && property.model().choiceBranch() != null) {
                calls.add(CodeBlock.of("choiceChild($L, $L, $L, $S, $S, $L, $L)", property.position(),
                        property.choiceGroup(), property.model().choiceBranch(), property.namespace(),
                        property.localName(), property.model().minOccurs(), max));
            } else if (property.inChoice()) {
                calls.add(CodeBlock.of("choiceChild($L, $L, $S, $S, $L, $L)", property.position(),
                        property.choiceGroup(), property.namespace(), property.localName(),
                        property.model().minOccurs(), max));
            } else {
                calls.add(CodeBlock.of("child($L, $S, $S, $L, $L)", property.position(), property.namespace(),
                        property.localName(), property.model().minOccurs(), max));
            }
        }
        for (ClassPlan.Choice choice : plan.choices()) {
            if (choice.required()) {
                calls.add(CodeBlock.of("requiredChoice($L)", choice.group()));
            }
        }
        for (ClassPlan.Choice choice : plan.choices()) {
            if (choice.parent() >= 0) {
                calls.add(CodeBlock.of("nestedChoice($L, $L, $L)", choice.group(), choice.parent(),
                        choice.parentBranch()));
            }
        }
        for (PropertyPlan property : plan.elements()) {
            if (property.model().nillable()) {
                calls.add(CodeBlock.of("nillable($L)", property.childIndex()));
            }
        }
        FieldSpec.Builder field = FieldSpec.builder(RuntimeTypes.XML_CHILDREN, "CHILDREN", Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL);
        if (Chunks.large(plan)) {
            // a chained call per child would overflow javac's stack: a statement each, in chunks
            List<CodeBlock> statements = calls.stream().map(c -> CodeBlock.builder().addStatement("children.$L", c)
                    .build()).toList();
            return field.initializer(chunks.initializer("children", RuntimeTypes.XML_CHILDREN,
                    ParameterSpec.builder(RuntimeTypes.XML_CHILDREN.nestedClass("Builder"), "children").build(),
                    CodeBlock.of("$T.builder()", RuntimeTypes.XML_CHILDREN), statements,
                    CodeBlock.of("children.build()"))).build();
        }
        CodeBlock.Builder table = CodeBlock.builder().add("$T.builder()", RuntimeTypes.XML_CHILDREN).indent();
        calls.forEach(c -> table.add("\n.$L", c));
        return field.initializer(table.add("\n.build()").unindent().build()).build();
    }

    /** The {@code xs:anyAttribute}'s constraint with the names of the attributes the type declares. */
    private static FieldSpec attributeWildcard(ClassPlan plan, Chunks chunks) {
        List<CodeBlock> names = new ArrayList<>();
        for (PropertyPlan property : plan.attributes()) {
            if (!property.isAttributeWildcard()) {
                names.add(CodeBlock.of("new $T($S, $S)", QName.class, property.namespace(), property.localName()));
            }
        }
        FieldSpec.Builder field = FieldSpec.builder(RuntimeTypes.XML_ATTRIBUTE_WILDCARD, Planner.ATTRIBUTE_WILDCARD,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        if (Chunks.large(plan)) {
            // thousands of names would not fit in the static initializer's 64 KB
            List<CodeBlock> statements = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                statements.add(CodeBlock.builder().addStatement("names[$L] = $L", i, names.get(i)).build());
            }
            CodeBlock declared = chunks.initializer("declaredAttributes", ArrayTypeName.of(QName.class),
                    ParameterSpec.builder(QName[].class, "names").build(),
                    CodeBlock.of("new $T[$L]", QName.class, names.size()), statements, CodeBlock.of("names"));
            return field.initializer("$T.of($L, $L)", RuntimeTypes.XML_ATTRIBUTE_WILDCARD,
                    plan.attributeWildcard().wildcard(), declared).build();
        }
        CodeBlock.Builder declared = CodeBlock.builder();
        names.forEach(n -> declared.add(",\n$L", n));
        return field.initializer("$T.of($>\n$L$L$<)", RuntimeTypes.XML_ATTRIBUTE_WILDCARD,
                        plan.attributeWildcard().wildcard(), declared.build())
                .build();
    }

    private static void addFromXml(ClassPlan plan, TypeSpec.Builder type) {
        String namespace = plan.root().elementName().getNamespaceURI();
        String local = plan.root().elementName().getLocalPart();
        String element = "{@code " + Docs.escape(local) + "}";
        // a nillable root's xsi:nil="true" reads as a nil value (fromXml never returns null); on any
        // other root, strict reading reports xsi:nil
        CodeBlock readRoot = plan.root().nillable() ? CodeBlock.of("true, in -> readXml(in, true)")
                : CodeBlock.of("$T::readXml", plan.className());
        String nilDocument = plan.root().nillable() ? " A nil root ({@code xsi:nil=\"true\"}) reads as a value whose"
                + " {@code " + plan.nilGetter() + "()} is true." : "";
        for (Class<?> source : new Class<?>[] {String.class, InputStream.class, Reader.class}) {
            String name = source == String.class ? "xml" : source == InputStream.class ? "input" : "reader";
            String what = source == String.class ? "a document" : source == InputStream.class
                    ? "a document from bytes (encoding from the BOM or XML declaration; the stream is not closed)"
                    : "a document from characters (the reader is not closed)";
            type.addMethod(MethodSpec.methodBuilder("fromXml")
                    .addJavadoc("Reads " + what + " whose root is " + element + ", leniently." + nilDocument
                            + "\n\n@param $N the XML\n"
                            + "@return the value\n@throws $T if the XML is malformed or a value does not parse\n",
                            name, RuntimeTypes.XML_READ_EXCEPTION)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(plan.className())
                    .addParameter(source, name)
                    .addStatement("return fromXml($N, $T.defaults())", name, RuntimeTypes.XML_READ_OPTIONS)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("fromXml")
                    .addJavadoc("Reads " + what + " whose root is " + element + "." + nilDocument
                            + "\n\n@param $N the XML\n"
                            + "@param options lenient or strict reading and limits\n@return the value\n"
                            + "@throws $T with every problem's line, column and element path\n",
                            name, RuntimeTypes.XML_READ_EXCEPTION)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(plan.className())
                    .addParameter(source, name)
                    .addParameter(RuntimeTypes.XML_READ_OPTIONS, "options")
                    .addStatement("return $T.read($N, options, $S, $S, $L)", RuntimeTypes.XML_READER, name,
                            namespace, local, readRoot)
                    .build());
        }
    }

    private MethodSpec readXml(ClassPlan plan, Chunks chunks) {
        Map<String, CodeBlock> facets = ValidationEmitter.facetReferences(plan);
        MethodSpec.Builder method = MethodSpec.methodBuilder("readXml")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(plan.className())
                .addParameter(RuntimeTypes.XML_READER, "in");
        if (plan.canBeNil()) {
            method.addJavadoc("Reads an element of this type; used by generated code. The reader is on the element's"
                            + " start tag and ends on its end tag.\n\n@param in the reader\n"
                            + "@param nillable whether the element is declared {@code nillable}: then"
                            + " {@code xsi:nil=\"true\"} reads as a nil value with the element's attributes\n"
                            + "@return the value\n")
                    .addParameter(boolean.class, "nillable");
        } else {
            method.addJavadoc("Reads an element of this type; used by generated code. The reader is on the element's"
                    + " start tag and ends on its end tag.\n\n@param in the reader\n@return the value\n");
        }
        QName xmlType = plan.type().xmlType();
        // an element that asks for a subtype (xsi:type) would lose what the subtype adds: the reader says so
        method.addStatement("in.checkXsiType($S, $S)", xmlType == null ? "" : xmlType.getNamespaceURI(),
                xmlType == null ? null : xmlType.getLocalPart());
        method.addStatement("$T builder = new $T()", plan.builderClass(), plan.builderClass());
        List<CodeBlock> attributes = new ArrayList<>();
        for (PropertyPlan property : plan.attributes()) {
            attributes.add(CodeBlock.builder().addStatement("builder.$N($L)", setterFor(property),
                    readAttribute(property, facets)).build());
        }
        ParameterSpec in = ParameterSpec.builder(RuntimeTypes.XML_READER, "in").build();
        ParameterSpec builder = ParameterSpec.builder(plan.builderClass(), "builder").build();
        if (Chunks.large(plan)) {
            method.addCode(chunks.statements("readAttributes", attributes, true, List.of(in, builder)));
        } else {
            attributes.forEach(method::addCode);
        }
        if (plan.canBeNil()) {
            // after the attributes, which a nil element keeps (and strict reading then does not report)
            method.beginControlFlow("if (nillable && in.nil())")
                    .addStatement("return builder.$N(true).build()", plan.nilField())
                    .endControlFlow();
        }
        PropertyPlan text = plan.text();
        if (text != null) {
            // xsi:nil is read above where the element is nillable; where it is not, the text is the value
            method.addStatement("in.nilSettled()")
                    .addStatement("builder.$N($L)", setterFor(text), readContent(text, facets));
        } else if (plan.elements().isEmpty()) {
            method.addStatement("in.readEmpty()");
        } else if (Chunks.large(plan)) {
            // a switch per chunk of children, each in a method of its own, and one that picks the chunk
            Map<Integer, List<PropertyPlan>> byChunk = new TreeMap<>();
            for (PropertyPlan property : plan.elements()) {
                byChunk.computeIfAbsent(property.childIndex() / Chunks.SIZE, k -> new ArrayList<>()).add(property);
            }
            method.addStatement("$T children = in.children(CHILDREN)", RuntimeTypes.CHILDREN)
                    .beginControlFlow("while (children.next())")
                    .addStatement("int index = children.index()")
                    .beginControlFlow("switch (index / $L)", Chunks.SIZE);
            ParameterSpec index = ParameterSpec.builder(int.class, "index").build();
            byChunk.forEach((chunk, properties) -> {
                MethodSpec.Builder read = MethodSpec.methodBuilder("readChildren" + chunk)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameters(List.of(in, builder, index))
                        .addCode(childSwitch(CodeBlock.of("index"), properties, facets));
                chunks.add(read.build());
                method.addCode("case $L:\n$>", chunk).addStatement("$N(in, builder, index)", "readChildren" + chunk)
                        .addStatement("break").addCode("$<");
            });
            method.endControlFlow().endControlFlow();
        } else {
            method.addStatement("$T children = in.children(CHILDREN)", RuntimeTypes.CHILDREN)
                    .beginControlFlow("while (children.next())")
                    .addCode(childSwitch(CodeBlock.of("children.index()"), plan.elements(), facets))
                    .endControlFlow();
        }
        return method.addStatement("return builder.build()").build();
    }

    /** A switch over child indexes that reads each of the properties' elements. */
    private CodeBlock childSwitch(CodeBlock index, List<PropertyPlan> properties, Map<String, CodeBlock> facets) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", index);
        for (PropertyPlan property : properties) {
            code.add("case $L:\n$>", property.childIndex()).add(readChild(property, facets)).addStatement("break")
                    .add("$<");
        }
        // no default branch: Children.next() skips unknown elements itself
        return code.endControlFlow().build();
    }

    private static String setterFor(PropertyPlan property) {
        return property.isEnum() ? property.rawSetter() : property.field();
    }

    private CodeBlock readAttribute(PropertyPlan property, Map<String, CodeBlock> facets) {
        if (property.isAttributeWildcard()) {
            return CodeBlock.of("in.otherAttributes($N)", Planner.ATTRIBUTE_WILDCARD);
        }
        String attribute = property.model().isRequired() ? "requiredAttribute" : "attribute";
        // strict reading checks a union's text against its member types, lenient reading keeps it
        String union = property.unionFacetsConstant();
        if (union != null && property.isXsList()) {
            return CodeBlock.of("in.unionAttributeList($S, $S, $L, $L)", property.namespace(), property.localName(),
                    property.model().isRequired(), facets.get(union));
        }
        if (union != null) {
            return CodeBlock.of("in.unionAttribute($S, $S, $L, $T.$N, $L)", property.namespace(), property.localName(),
                    property.model().isRequired(), RuntimeTypes.WHITE_SPACE, property.textWhiteSpace().name(),
                    facets.get(union));
        }
        if (property.isXsList() && property.isEnum() && property.model().isRequired()) {
            return CodeBlock.of("in.enumAttributeList($S, $S, true, $T.xmlValues())", property.namespace(),
                    property.localName(), property.enumClass());
        }
        if (property.isXsList() && property.isEnum()) {
            return CodeBlock.of("in.enumAttributeList($S, $S, $T.xmlValues())", property.namespace(),
                    property.localName(), property.enumClass());
        }
        if (property.isXsList()) {
            return CodeBlock.of("in.$N($S, $S, $L)", property.model().isRequired() ? "requiredAttributeList"
                    : "attributeList", property.namespace(), property.localName(), itemParser(property));
        }
        if (property.isEnum() && property.textWhiteSpace() != WhiteSpace.PRESERVE) {
            return CodeBlock.of("in.enumAttribute($S, $S, $L, $T.$N, $T.xmlValues())", property.namespace(),
                    property.localName(), property.model().isRequired(), RuntimeTypes.WHITE_SPACE,
                    property.textWhiteSpace().name(), property.enumClass());
        }
        if (property.isEnum()) {
            return CodeBlock.of("in.enumAttribute($S, $S, $L, $T.xmlValues())", property.namespace(),
                    property.localName(), property.model().isRequired(), property.enumClass());
        }
        CodeBlock parser = textParser(property);
        if (parser == null) {
            return CodeBlock.of("in.$N($S, $S)", attribute, property.namespace(), property.localName());
        }
        return CodeBlock.of("in.$N($S, $S, $L)", attribute, property.namespace(), property.localName(), parser);
    }

    /**
     * Reads the current element's content as a value of the property's type; an element with a
     * default or fixed value reads as that value when it is empty.
     */
    private CodeBlock readContent(PropertyPlan property, Map<String, CodeBlock> facets) {
        String emptyValue = property.model().emptyElementValue();
        String union = property.unionFacetsConstant();
        if (union != null && property.isXsList()) {
            return CodeBlock.of("in.readUnionList($S, $L)", emptyValue, facets.get(union));
        }
        if (union != null) {
            // strict reading checks the text against the union's member types, lenient reading keeps it
            return CodeBlock.of("in.readUnionText($T.$N, $S, $L)", RuntimeTypes.WHITE_SPACE,
                    property.textWhiteSpace().name(), emptyValue, facets.get(union));
        }
        if (emptyValue != null) {
            return readContentOr(property, emptyValue);
        }
        if (property.isXsList() && property.isEnum()) {
            return CodeBlock.of("in.readEnumList($T.xmlValues())", property.enumClass());
        }
        if (property.isXsList()) {
            return CodeBlock.of("in.readList($L)", itemParser(property));
        }
        if (property.isEnum() && property.textWhiteSpace() != WhiteSpace.PRESERVE) {
            return CodeBlock.of("in.readEnumText($T.$N, $T.xmlValues())", RuntimeTypes.WHITE_SPACE,
                    property.textWhiteSpace().name(), property.enumClass());
        }
        if (property.isEnum()) {
            return CodeBlock.of("in.readEnumText($T.xmlValues())", property.enumClass());
        }
        CodeBlock parser = textParser(property);
        return parser == null ? CodeBlock.of("in.readText()") : CodeBlock.of("in.readValue($L)", parser);
    }

    // Separate from readContent so that the code of every element without a value constraint stays as it was.
    private CodeBlock readContentOr(PropertyPlan property, String emptyValue) {
        if (property.isXsList() && property.isEnum()) {
            return CodeBlock.of("in.readEnumList($S, $T.xmlValues())", emptyValue, property.enumClass());
        }
        if (property.isXsList()) {
            return CodeBlock.of("in.readList($S, $L)", emptyValue, itemParser(property));
        }
        if (property.isEnum()) {
            return CodeBlock.of("in.readEnumText($T.$N, $S, $T.xmlValues())", RuntimeTypes.WHITE_SPACE,
                    property.textWhiteSpace().name(), emptyValue, property.enumClass());
        }
        CodeBlock parser = textParser(property);
        return parser == null ? CodeBlock.of("in.readText($S)", emptyValue)
                : CodeBlock.of("in.readValue($S, $L)", emptyValue, parser);
    }

    /**
     * The parser of a single value, or null for text: the builder's setter or adder applies the type's whitespace
     * rule to text (BuilderEmitter), so applying it here too would scan every such value twice.
     */
    private CodeBlock textParser(PropertyPlan property) {
        return types.parser(property.itemType());
    }

    private CodeBlock itemParser(PropertyPlan property) {
        CodeBlock parser = types.parser(property.itemType());
        return parser == null ? CodeBlock.of("$T::parseString", RuntimeTypes.XML_VALUES) : parser;
    }

    private CodeBlock readChild(PropertyPlan property, Map<String, CodeBlock> facets) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (property.isWildcard()) {
            return code.addStatement("builder.$N(in.readElement())", property.isList() ? property.adder()
                    : property.field()).build();
        }
        boolean nillable = property.model().nillable();
        if (property.tracksNil()) {
            // nil is kept apart from absence: a flag of its own
            CodeBlock read = property.isComplex()
                    ? CodeBlock.of("$T.readXml(in)", types.storedType(property.itemType()))
                    : readContent(property, facets);
            String setter = property.isEnum() ? property.rawSetter() : property.field();
            return code.beginControlFlow("if (in.nil())")
                    .addStatement("builder.$N(true)", property.nilSetter())
                    .nextControlFlow("else")
                    .addStatement("builder.$N($L)", setter, read)
                    .endControlFlow()
                    .build();
        }
        if (property.isComplex() && types.canBeNil(property.itemType())) {
            // the value keeps the nil element's attributes; it is nil only where the element is nillable
            CodeBlock read = CodeBlock.of("$T.readXml(in, $L)", types.storedType(property.itemType()), nillable);
            return code.addStatement("builder.$N($L)", property.isList() ? property.adder() : property.field(), read)
                    .build();
        }
        if (property.isComplex()) {
            CodeBlock read = CodeBlock.of("$T.readXml(in)", types.storedType(property.itemType()));
            if (property.isList()) {
                if (nillable) {
                    // a nil item is kept as null (a nil element's attributes cannot be)
                    code.addStatement("builder.$N(in.nil() ? null : $L)", property.adder(), read);
                } else {
                    code.addStatement("builder.$N($L)", property.adder(), read);
                }
            } else {
                code.addStatement("builder.$N($L)", property.field(),
                        nillable ? CodeBlock.of("in.nil() ? null : $L", read) : read);
            }
            return code.build();
        }
        if (property.isXsList()) {
            String setter = property.isEnum() ? property.rawSetter() : property.field();
            // xsi:nil is no list, not even an empty one: absent, as a nil single value is null
            CodeBlock read = readContent(property, facets);
            return code.addStatement("builder.$N($L)", setter, nillable ? CodeBlock.of("in.nil() ? null : $L", read)
                    : read).build();
        }
        if (property.isList()) {
            TypeName itemType = property.storedItemType();
            String adder = property.isEnum() ? property.rawAdder() : property.adder();
            if (nillable) {
                // a nil item is kept as null; an item that reads as null otherwise (strict mode: invalid) is not
                code.beginControlFlow("if (in.nil())")
                        .addStatement("builder.$N(null)", adder)
                        .addStatement("break")
                        .endControlFlow();
            }
            // an item that reads as null (strict mode: invalid; a javaType's text for null) is left out
            return code.addStatement("$T item$L = $L", itemType, property.childIndex(), readContent(property, facets))
                    .beginControlFlow("if (item$L != null)", property.childIndex())
                    .addStatement("builder.$N(item$L)", adder, property.childIndex())
                    .endControlFlow()
                    .build();
        }
        String setter = property.isEnum() ? property.rawSetter() : property.field();
        return code.addStatement("builder.$N($L)", setter, readContent(property, facets)).build();
    }
}
