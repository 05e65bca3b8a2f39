package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.io.InputStream;
import java.io.Reader;
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
        if (!plan.elements().isEmpty()) {
            type.addField(childrenTable(plan));
        }
        if (plan.attributeWildcard() != null) {
            type.addField(attributeWildcard(plan));
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
        type.addMethod(readXml(plan));
    }

    private static FieldSpec childrenTable(ClassPlan plan) {
        CodeBlock.Builder table = CodeBlock.builder().add("$T.builder()", RuntimeTypes.XML_CHILDREN).indent();
        for (PropertyPlan property : plan.elements()) {
            int max = property.isXsList() ? 1 : property.model().maxOccurs();
            if (property.isWildcard() && property.inChoice()) {
                Integer branch = property.model().choiceBranch();
                table.add("\n.wildcardChoiceChild($L, $L, $L, $L, $L, $L)", property.position(), property.choiceGroup(),
                        branch == null ? -1 : branch, property.wildcard(), property.model().minOccurs(), max);
            } else if (property.isWildcard()) {
                table.add("\n.wildcardChild($L, $L, $L, $L)", property.position(), property.wildcard(),
                        property.model().minOccurs(), max);
            } else if (property.inChoice() && property.model().choiceBranch() != null) {
                table.add("\n.choiceChild($L, $L, $L, $S, $S, $L, $L)", property.position(), property.choiceGroup(),
                        property.model().choiceBranch(), property.namespace(), property.localName(),
                        property.model().minOccurs(), max);
            } else if (property.inChoice()) {
                table.add("\n.choiceChild($L, $L, $S, $S, $L, $L)", property.position(), property.choiceGroup(),
                        property.namespace(), property.localName(), property.model().minOccurs(), max);
            } else {
                table.add("\n.child($L, $S, $S, $L, $L)", property.position(), property.namespace(),
                        property.localName(), property.model().minOccurs(), max);
            }
        }
        for (ClassPlan.Choice choice : plan.choices()) {
            if (choice.required()) {
                table.add("\n.requiredChoice($L)", choice.group());
            }
        }
        for (ClassPlan.Choice choice : plan.choices()) {
            if (choice.parent() >= 0) {
                table.add("\n.nestedChoice($L, $L, $L)", choice.group(), choice.parent(), choice.parentBranch());
            }
        }
        for (PropertyPlan property : plan.elements()) {
            if (property.model().nillable()) {
                table.add("\n.nillable($L)", property.childIndex());
            }
        }
        table.add("\n.build()").unindent();
        return FieldSpec.builder(RuntimeTypes.XML_CHILDREN, "CHILDREN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(table.build())
                .build();
    }

    /** The {@code xs:anyAttribute}'s constraint with the names of the attributes the type declares. */
    private static FieldSpec attributeWildcard(ClassPlan plan) {
        CodeBlock.Builder declared = CodeBlock.builder();
        for (PropertyPlan property : plan.attributes()) {
            if (!property.isAttributeWildcard()) {
                declared.add(",\nnew $T($S, $S)", QName.class, property.namespace(), property.localName());
            }
        }
        return FieldSpec.builder(RuntimeTypes.XML_ATTRIBUTE_WILDCARD, Planner.ATTRIBUTE_WILDCARD, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($>\n$L$L$<)", RuntimeTypes.XML_ATTRIBUTE_WILDCARD,
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

    private MethodSpec readXml(ClassPlan plan) {
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
        for (PropertyPlan property : plan.attributes()) {
            method.addStatement("builder.$N($L)", setterFor(property), readAttribute(property));
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
                    .addStatement("builder.$N($L)", setterFor(text), readContent(text));
        } else if (plan.elements().isEmpty()) {
            method.addStatement("in.readEmpty()");
        } else {
            method.addStatement("$T children = in.children(CHILDREN)", RuntimeTypes.CHILDREN)
                    .beginControlFlow("while (children.next())")
                    .beginControlFlow("switch (children.index())");
            for (PropertyPlan property : plan.elements()) {
                method.addCode("case $L:\n$>", property.childIndex()).addCode(readChild(property))
                        .addStatement("break").addCode("$<");
            }
            // no default branch: Children.next() skips unknown elements itself
            method.endControlFlow().endControlFlow();
        }
        return method.addStatement("return builder.build()").build();
    }

    private static String setterFor(PropertyPlan property) {
        return property.isEnum() ? property.rawSetter() : property.field();
    }

    private CodeBlock readAttribute(PropertyPlan property) {
        if (property.isAttributeWildcard()) {
            return CodeBlock.of("in.otherAttributes($N)", Planner.ATTRIBUTE_WILDCARD);
        }
        String attribute = property.model().isRequired() ? "requiredAttribute" : "attribute";
        // strict reading checks a union's text against its member types, lenient reading keeps it
        String union = property.unionFacetsConstant();
        if (union != null && property.isXsList()) {
            return CodeBlock.of("in.unionAttributeList($S, $S, $L, $N)", property.namespace(), property.localName(),
                    property.model().isRequired(), union);
        }
        if (union != null) {
            return CodeBlock.of("in.unionAttribute($S, $S, $L, $T.$N, $N)", property.namespace(), property.localName(),
                    property.model().isRequired(), RuntimeTypes.WHITE_SPACE, property.textWhiteSpace().name(), union);
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
    private CodeBlock readContent(PropertyPlan property) {
        String emptyValue = property.model().emptyElementValue();
        String union = property.unionFacetsConstant();
        if (union != null && property.isXsList()) {
            return CodeBlock.of("in.readUnionList($S, $N)", emptyValue, union);
        }
        if (union != null) {
            // strict reading checks the text against the union's member types, lenient reading keeps it
            return CodeBlock.of("in.readUnionText($T.$N, $S, $N)", RuntimeTypes.WHITE_SPACE,
                    property.textWhiteSpace().name(), emptyValue, union);
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

    /** The parser of a single value; for text kept as is, the type's whitespace rule, if any. */
    private CodeBlock textParser(PropertyPlan property) {
        return switch (property.textWhiteSpace()) {
            case REPLACE -> CodeBlock.of("$T::parseNormalizedString", RuntimeTypes.XML_VALUES);
            case COLLAPSE -> CodeBlock.of("$T::parseToken", RuntimeTypes.XML_VALUES);
            case PRESERVE -> types.parser(property.itemType());
        };
    }

    private CodeBlock itemParser(PropertyPlan property) {
        CodeBlock parser = types.parser(property.itemType());
        return parser == null ? CodeBlock.of("$T::parseString", RuntimeTypes.XML_VALUES) : parser;
    }

    private CodeBlock readChild(PropertyPlan property) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (property.isWildcard()) {
            return code.addStatement("builder.$N(in.readElement())", property.isList() ? property.adder()
                    : property.field()).build();
        }
        boolean nillable = property.model().nillable();
        if (property.tracksNil()) {
            // nil is kept apart from absence: a flag of its own
            CodeBlock read = property.isComplex()
                    ? CodeBlock.of("$T.readXml(in)", types.storedType(property.itemType())) : readContent(property);
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
            return code.addStatement("builder.$N($L)", setter, nillable
                    ? CodeBlock.of("in.nil() ? null : $L", readContent(property)) : readContent(property)).build();
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
            return code.addStatement("$T item$L = $L", itemType, property.childIndex(), readContent(property))
                    .beginControlFlow("if (item$L != null)", property.childIndex())
                    .addStatement("builder.$N(item$L)", adder, property.childIndex())
                    .endControlFlow()
                    .build();
        }
        String setter = property.isEnum() ? property.rawSetter() : property.field();
        return code.addStatement("builder.$N($L)", setter, readContent(property)).build();
    }
}
