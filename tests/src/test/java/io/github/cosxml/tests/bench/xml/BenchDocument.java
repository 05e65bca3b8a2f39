package io.github.cosxml.tests.bench.xml;

import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.response.SubmitJobResponse;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLInputFactory;

/**
 * The documents the XML benchmarks read, write and validate, each with its schema and its three
 * bindings: the classes cosxml generated, JAXB RI on XJC's classes, Jackson XML on XJC's classes.
 */
public enum BenchDocument {
    /** The documented job response (spec page, "Response"), its corrected twin: one JobsDetail, six IdInfo. */
    JOB_RESPONSE(CiSchema.IMAGE_LICENSE_REC_JOB_RESPONSE) {
        @Override
        byte[] load() {
            return fixture("docs/job-response.corrected.xml");
        }

        @Override
        public XmlCodec cosxml() {
            return new CosxmlCodec<>(SubmitJobResponse.class, SubmitJobResponse::fromXml, SubmitJobResponse::writeXml);
        }

        @Override
        Class<?> jaxbType() {
            return io.github.cosxml.tests.bench.jaxb.job.SubmitJobResponse.class;
        }
    },
    /** The documented synchronous AILicenseRec response (practical example): Status and six IdInfo. */
    SYNC_RESPONSE(CiSchema.AI_LICENSE_REC_RESPONSE) {
        @Override
        byte[] load() {
            return fixture("docs/ai-license-rec-response-example.xml");
        }

        @Override
        public XmlCodec cosxml() {
            return new CosxmlCodec<>(AILicenseRecResponse.class, AILicenseRecResponse::fromXml, AILicenseRecResponse::writeXml);
        }

        @Override
        Class<?> jaxbType() {
            return io.github.cosxml.tests.bench.jaxb.sync.AILicenseRecResponse.class;
        }
    },
    /** A list-jobs answer with 1,000 JobsDetail from {@link SyntheticJobList} (fixed seed). */
    JOB_LIST_1000(CiSchema.JOB_LIST_RESPONSE) {
        @Override
        byte[] load() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SyntheticJobList.generate(1000, SyntheticJobList.SEED).writeXml(out);
            return out.toByteArray();
        }

        @Override
        public XmlCodec cosxml() {
            return new CosxmlCodec<>(DescribeJobsResponse.class, DescribeJobsResponse::fromXml, DescribeJobsResponse::writeXml);
        }

        @Override
        Class<?> jaxbType() {
            return io.github.cosxml.tests.bench.jaxb.list.DescribeJobsResponse.class;
        }
    };

    private static final String FIXTURES = "io/github/cosxml/schema/fixtures/";

    private final CiSchema schema;
    private byte[] bytes;

    BenchDocument(CiSchema schema) {
        this.schema = schema;
    }

    abstract byte[] load();

    abstract Class<?> jaxbType();

    /** The generated cosxml classes. */
    public abstract XmlCodec cosxml();

    /** JAXB RI on XJC's classes. */
    public XmlCodec jaxb() {
        return new JaxbCodec<>(jaxbType());
    }

    /** JAXB RI on XJC's classes, reading from the {@code XMLStreamReader}s of {@code stax}. */
    public XmlCodec jaxbOn(XMLInputFactory stax) {
        return new JaxbCodec<>(jaxbType(), stax);
    }

    /** Jackson XML on XJC's classes. */
    public XmlCodec jackson() {
        return new JacksonCodec(jaxbType());
    }

    /** The entry schema of this document. */
    public CiSchema schema() {
        return schema;
    }

    /** The document's bytes (UTF-8); the same array on every call, do not modify. */
    public synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = load();
        }
        return bytes;
    }

    private static byte[] fixture(String name) {
        try (InputStream in = BenchDocument.class.getClassLoader().getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IllegalStateException(FIXTURES + name + " is not on the class path; it comes from the"
                        + " cosxml-schema test-jar (a test dependency of this module)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
