package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.xml.XMLConstants;

/**
 * Emits writing: {@code writeXml(XmlWriter, namespace, localName)} (attributes, then children
 * in schema order, or the text value), and on root classes {@code toXml()} and
 * {@code writeXml(OutputStream)}.
 */
final class WriterEmitter {

    private final TypeMapper types;

    WriterEmitter(TypeMapper types) {
        this.types = types;
    }

    void emit(ClassPlan plan, TypeSpec.Builder type) {
        if (plan.root() != null) {
            String namespace = plan.root().elementName().getNamespaceURI();
            String local = plan.root().elementName().getLocalPart();
            type.addMethod(MethodSpec.methodBuilder("toXml")
                    .addJavadoc("Writes this value as a document whose root is {@code " + Docs.escape(local)
                            + "}.\n\n@return the XML, starting with the XML declaration\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $T.toXmlString(out -> writeXml(out, $S, $S))", RuntimeTypes.XML_WRITER,
                            namespace, local)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("writeXml")
                    .addJavadoc("Writes this value as a UTF-8 document whose root is {@code " + Docs.escape(local)
                            + "}.\n\n@param output the stream; flushed, not closed\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(OutputStream.class, "output")
                    .addStatement("$T.write(output, out -> writeXml(out, $S, $S))", RuntimeTypes.XML_WRITER, namespace, local)
                    .build());
        }
        Chunks chunks = new Chunks();
        type.addMethod(writeXml(plan, chunks));
        type.addMethods(chunks.methods());
    }

    private MethodSpec writeXml(ClassPlan plan, Chunks chunks) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("writeXml")
                .addJavadoc("Writes this value as an element; used by generated code.\n\n@param out the writer\n"
                        + "@param namespace the element's namespace URI, empty for none\n"
                        + "@param localName the element's local name\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.XML_WRITER, "out")
                .addParameter(String.class, "namespace")
                .addParameter(String.class, "localName")
                .addStatement("out.startElement(namespace, localName)");
        List<CodeBlock> attributes = new ArrayList<>();
        for (PropertyPlan property : plan.attributes()) {
            if (property.isAttributeWildcard()) {
                attributes.add(CodeBlock.builder().addStatement("out.attributes(this.$N)", property.field()).build());
            } else {
                attributes.add(CodeBlock.builder().addStatement("out.attribute($S, $S, $L)", property.namespace(),
                        property.localName(), text(property)).build());
            }
        }
        List<CodeBlock> elements = plan.elements().stream().map(this::writeElement).toList();
        List<ParameterSpec> out = List.of(ParameterSpec.builder(RuntimeTypes.XML_WRITER, "out").build());
        boolean large = Chunks.large(plan);
        method.addCode(large ? chunks.statements("writeAttributes", attributes, false, out)
                : CodeBlock.join(attributes, ""));
        if (plan.canBeNil()) {
            // a nil value has no content (its builder removes it)
            method.beginControlFlow("if (this.$N)", plan.nilField())
                    .addStatement("out.attribute($T.W3C_XML_SCHEMA_INSTANCE_NS_URI, $S, $S)", XMLConstants.class, "nil",
                            "true")
                    .addStatement("out.endElement()")
                    .addStatement("return")
                    .endControlFlow();
        }
        method.addCode(large ? chunks.statements("writeElements", elements, false, out)
                : CodeBlock.join(elements, ""));
        PropertyPlan text = plan.text();
        if (text != null) {
            method.addStatement("out.text($L)", text(text));
        }
        return method.addStatement("out.endElement()").build();
    }

    /** The property's value as text (null when absent). */
    private CodeBlock text(PropertyPlan property) {
        CodeBlock field = CodeBlock.of("this.$N", property.field());
        if (property.isXsList()) {
            return property.tracksPresence() ? CodeBlock.of("$L == null ? null : $L", field, printList(property))
                    : printList(property);
        }
        return requiredSingle(property)
                ? types.printRequired(property.itemType(), field) : types.print(property.itemType(), field);
    }

    /**
     * The text of a simple element: {@code element} (text, null when absent), except that the empty text of an
     * element with a default or fixed value whose type collapses whitespace is written {@code " "}:
     * {@code <X></X>} would read back as that value, {@code <X> </X>} reads back as the empty text.
     */
    private static CodeBlock elementText(PropertyPlan property, CodeBlock text) {
        if (property.model().emptyElementValue() == null || property.textWhiteSpace() != WhiteSpace.COLLAPSE) {
            return text;
        }
        return CodeBlock.of("$S.equals($L) ? $S : $L", "", text, " ", text);
    }

    /** The items of an {@code xs:list} as its text. */
    private static CodeBlock printList(PropertyPlan property) {
        return CodeBlock.of("$T.printList(this.$N, $L)", RuntimeTypes.XML_VALUES, property.field(),
                TypeMapper.printer(property.itemType()));
    }

    /**
     * The text of an {@code xs:list} element. With no items, an element that has a default or fixed value
     * is written as {@code <X> </X>}: {@code <X></X>} would read back as that value, and whitespace is
     * content that a list's items do not keep.
     */
    private static CodeBlock listElementText(PropertyPlan property) {
        if (property.model().emptyElementValue() == null) {
            return printList(property);
        }
        return CodeBlock.of("this.$N.isEmpty() ? $S : $L", property.field(), " ", printList(property));
    }

    /** A required value that is not a list, not nillable and not a choice branch. */
    static boolean requiredSingle(PropertyPlan property) {
        return property.model().isRequired() && !property.isList() && !property.model().nillable()
                && !property.inChoice();
    }

    private CodeBlock writeElement(PropertyPlan property) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (property.isWildcard() && property.isList()) {
            return code.beginControlFlow("for (int i = 0, n = this.$N.size(); i < n; i++)", property.field())
                    .addStatement("this.$N.get(i).writeXml(out)", property.field())
                    .endControlFlow()
                    .build();
        }
        if (property.isWildcard()) {
            return code.beginControlFlow("if (this.$N != null)", property.field())
                    .addStatement("this.$N.writeXml(out)", property.field())
                    .endControlFlow()
                    .build();
        }
        String ns = property.namespace();
        String local = property.localName();
        if (property.isList() && !property.isXsList()) {
            // by index: the lists are random-access (views of ArrayLists, or empty), and their iterators cost more per item
            code.beginControlFlow("for (int i = 0, n = this.$N.size(); i < n; i++)", property.field())
                    .addStatement("$T item = this.$N.get(i)", property.storedItemType(), property.field());
            if (property.keepsNilItems()) {
                code.beginControlFlow("if (item == null)")
                        .addStatement("out.nilElement($S, $S)", ns, local)
                        .addStatement("continue")
                        .endControlFlow();
            }
            if (property.isComplex()) {
                code.addStatement("item.writeXml(out, $S, $S)", ns, local);
            } else {
                code.addStatement("out.element($S, $S, $L)", ns, local,
                        elementText(property, types.print(property.itemType(), CodeBlock.of("item"))));
            }
            return code.endControlFlow().build();
        }
        boolean writeNil = property.model().nillable() && property.model().isRequired() && !property.inChoice();
        if (property.isComplex()) {
            code.beginControlFlow("if (this.$N != null)", property.field())
                    .addStatement("this.$N.writeXml(out, $S, $S)", property.field(), ns, local);
        } else if (writeNil || property.isXsList() || property.tracksNil()) {
            // an xs:list with no items is still written: <X></X> is an empty list, which absence is not
            code.beginControlFlow("if (this.$N != null)", property.field())
                    .addStatement("out.element($S, $S, $L)", ns, local,
                            property.isXsList() ? listElementText(property) : elementText(property, text(property)));
        } else {
            return code.addStatement("out.element($S, $S, $L)", ns, local, elementText(property, text(property))).build();
        }
        if (writeNil) {
            code.nextControlFlow("else").addStatement("out.nilElement($S, $S)", ns, local);
        } else if (property.tracksNil()) {
            code.nextControlFlow("else if (this.$N)", property.nilField()).addStatement("out.nilElement($S, $S)", ns,
                    local);
        }
        return code.endControlFlow().build();
    }
}
