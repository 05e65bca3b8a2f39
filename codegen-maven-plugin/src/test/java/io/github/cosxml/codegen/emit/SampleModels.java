package io.github.cosxml.codegen.emit;

import static io.github.cosxml.codegen.model.TypeRef.builtin;

import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.EnumConstantModel;
import io.github.cosxml.codegen.model.EnumTypeModel;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.RootElementModel;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.model.TypeRef;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.namespace.QName;

/** Hand-built models (no XJC) that exercise every construct the emitters handle. */
public final class SampleModels {

    public static final String PKG = "com.example.jobs";
    public static final String NS = "urn:example:jobs";

    public static final JavaName JOB = new JavaName(PKG, "Job");
    public static final JavaName BASE = new JavaName(PKG, "BaseJob");
    public static final JavaName INPUT = new JavaName(PKG, "Input");
    public static final JavaName AMOUNT = new JavaName(PKG, "Amount");
    public static final JavaName LABELS = new JavaName(PKG, "Labels");
    public static final JavaName STATE = new JavaName(PKG, "State");
    public static final JavaName ENVELOPE = new JavaName("com.example.ns", "Envelope");

    private SampleModels() {
    }

    static QName q(String local) {
        return new QName("", local);
    }

    /**
     * A no-namespace job schema:
     * <ul>
     *   <li>{@code BaseJob} (sequence): attribute Id (required string), element Code (string, pattern).</li>
     *   <li>{@code Job} extends BaseJob (sequence): Name (required, maxLength 10), Size (int 0..100), State (enum),
     *       Tag* (string), Input* (complex), Primary (Input, nillable, required), Url | Key (choice, required),
     *       Codes (xs:list of int, maxLength 3), Created (CI timestamp), Price (decimal, totalDigits 5),
     *       Done (boolean), Day (date), States (xs:list of enum), Amount (simple content); attribute Level (enum).</li>
     *   <li>{@code Input} (all): Bucket, Object (strings, required).</li>
     *   <li>{@code Amount} (simple content): decimal value + attribute Currency.</li>
     *   <li>{@code Labels} (empty): attribute Lang only.</li>
     * </ul>
     */
    public static SchemaModel jobs() {
        PropertyModel id = new PropertyModel("id", q("Id"), NodeKind.ATTRIBUTE, builtin(Builtin.STRING), 1, 1, false,
                Facets.NONE, null, "The job id.");
        PropertyModel code = PropertyModel.element("code", q("Code"), builtin(Builtin.STRING))
                .withFacets(Facets.NONE.withPatterns(List.of("[A-Z]{2}\\d*")));
        ComplexTypeModel base = new ComplexTypeModel(BASE, new QName("", "BaseJob"), null, ContentKind.SEQUENCE,
                List.of(id, code), "Common job fields.");

        List<PropertyModel> jobProperties = List.of(
                PropertyModel.attribute("level", q("Level"), new TypeRef.EnumRef(STATE)),
                PropertyModel.element("name", q("Name"), builtin(Builtin.STRING)).withOccurs(1, 1)
                        .withFacets(Facets.NONE.withLengths(null, 1, 10)),
                PropertyModel.element("size", q("Size"), builtin(Builtin.INT))
                        .withFacets(Facets.NONE.withInclusive(BigDecimal.ZERO, BigDecimal.valueOf(100))),
                PropertyModel.element("state", q("State"), new TypeRef.EnumRef(STATE)),
                PropertyModel.element("tag", q("Tag"), builtin(Builtin.STRING)).withOccurs(0, PropertyModel.UNBOUNDED),
                PropertyModel.element("input", q("Input"), new TypeRef.ComplexRef(INPUT)).withOccurs(0, 3),
                PropertyModel.element("primary", q("Primary"), new TypeRef.ComplexRef(INPUT)).withOccurs(1, 1)
                        .withNillable(true),
                PropertyModel.element("url", q("Url"), builtin(Builtin.ANY_URI)).withOccurs(1, 1).withChoice(0, null, true),
                PropertyModel.element("key", q("Key"), builtin(Builtin.STRING)).withOccurs(1, 1).withChoice(0, null, true),
                PropertyModel.element("codes", q("Codes"), new TypeRef.ListType(builtin(Builtin.INT)))
                        .withFacets(Facets.NONE.withLengths(null, null, 3)),
                PropertyModel.element("created", q("Created"), new TypeRef.CustomType("java.time.OffsetDateTime",
                        "io.github.cosxml.core.xml.CiTimestamp.parse", "io.github.cosxml.core.xml.CiTimestamp.print")),
                PropertyModel.element("price", q("Price"), builtin(Builtin.DECIMAL))
                        .withFacets(Facets.NONE.withTotalDigits(5)),
                PropertyModel.element("done", q("Done"), builtin(Builtin.BOOLEAN)),
                PropertyModel.element("day", q("Day"), builtin(Builtin.DATE)),
                PropertyModel.element("states", q("States"), new TypeRef.ListType(new TypeRef.EnumRef(STATE))),
                PropertyModel.element("amount", q("Amount"), new TypeRef.ComplexRef(AMOUNT)),
                PropertyModel.element("labels", q("Labels"), new TypeRef.ComplexRef(LABELS)));
        ComplexTypeModel job = new ComplexTypeModel(JOB, null, BASE, ContentKind.SEQUENCE, jobProperties,
                "A job, with every construct.");

        ComplexTypeModel input = new ComplexTypeModel(INPUT, new QName("", "Input"), null, ContentKind.ALL, List.of(
                PropertyModel.element("bucket", q("Bucket"), builtin(Builtin.STRING)).withOccurs(1, 1),
                PropertyModel.element("object", q("Object"), builtin(Builtin.STRING)).withOccurs(1, 1)), null);
        ComplexTypeModel amount = new ComplexTypeModel(AMOUNT, new QName("", "Amount"), null, ContentKind.SIMPLE_CONTENT,
                List.of(new PropertyModel("value", null, NodeKind.TEXT, builtin(Builtin.DECIMAL), 0, 1, false,
                                Facets.NONE.withInclusive(BigDecimal.ZERO, null), null, null),
                        PropertyModel.attribute("currency", q("Currency"), builtin(Builtin.STRING))), null);
        ComplexTypeModel labels = new ComplexTypeModel(LABELS, new QName("", "Labels"), null, ContentKind.EMPTY,
                List.of(PropertyModel.attribute("lang", q("Lang"), builtin(Builtin.STRING))), null);

        EnumTypeModel state = new EnumTypeModel(STATE, new QName("", "State"), List.of(
                new EnumConstantModel("SUBMITTED", "Submitted", "Waiting in the queue."),
                new EnumConstantModel("SUCCESS", "Success", null),
                new EnumConstantModel("FAILED", "Failed", null)), "Job states.");

        return new SchemaModel(List.of(job, base, input, amount, labels), List.of(state), List.of(
                new RootElementModel(q("Job"), JOB), new RootElementModel(q("Input"), INPUT)));
    }

    /**
     * A namespaced schema: root {@code {urn:example:jobs}Envelope} with a qualified attribute
     * from another namespace, a qualified child, an unqualified child and a child in a third namespace.
     */
    public static SchemaModel namespaced() {
        ComplexTypeModel envelope = new ComplexTypeModel(ENVELOPE, new QName(NS, "Envelope"), null, ContentKind.SEQUENCE,
                List.of(PropertyModel.attribute("version", new QName("urn:example:meta", "version"), builtin(Builtin.INT)),
                        PropertyModel.attribute("plain", q("plain"), builtin(Builtin.STRING)),
                        PropertyModel.element("title", new QName(NS, "Title"), builtin(Builtin.STRING)),
                        PropertyModel.element("note", q("Note"), builtin(Builtin.STRING)),
                        PropertyModel.element("extra", new QName("urn:example:extra", "Extra"), builtin(Builtin.LONG))
                                .withOccurs(0, PropertyModel.UNBOUNDED)),
                null);
        return new SchemaModel(List.of(envelope), List.of(), List.of(new RootElementModel(new QName(NS, "Envelope"), ENVELOPE)));
    }
}
