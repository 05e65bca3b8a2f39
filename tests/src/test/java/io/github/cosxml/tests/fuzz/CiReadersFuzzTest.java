package io.github.cosxml.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.callback.JobCallback;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.query.DescribeJobResponse;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.ci.job.response.SubmitJobResponse;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Fuzzes the generated readers of all seven CI documents with the same bytes, lenient and strict.
 * Whatever the bytes, each reader returns a value or throws {@link XmlReadException} with at least
 * one problem and a message; and a value it returns, written with {@code toXml()} and read again,
 * is equal to itself (the writer and the reader agree).
 *
 * <p>A normal build runs this over the corpus in
 * {@code src/test/resources/io/github/cosxml/tests/fuzz/CiReadersFuzzTestInputs/readAll/} (seeded
 * with the documented examples); {@code scripts/fuzz.sh ci-readers SECONDS} fuzzes it.
 */
class CiReadersFuzzTest {

    /** One generated root type: its byte reader and its text reader. */
    private static final class Root<T> {
        final BiFunction<InputStream, XmlReadOptions, T> fromBytes;
        final Function<String, T> fromText;
        final Function<T, String> toXml;

        Root(BiFunction<InputStream, XmlReadOptions, T> fromBytes, Function<String, T> fromText, Function<T, String> toXml) {
            this.fromBytes = fromBytes;
            this.fromText = fromText;
            this.toXml = toXml;
        }

        void check(byte[] input, XmlReadOptions options) {
            T value;
            try {
                value = fromBytes.apply(new ByteArrayInputStream(input), options);
            } catch (XmlReadException e) {
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.getMessage()).isNotBlank();
                return;
            }
            assertThat(value).isNotNull();
            String written = toXml.apply(value);
            assertThat(fromText.apply(written)).as(written).isEqualTo(value);
        }
    }

    private static final List<Root<?>> ROOTS = List.of(
            new Root<>(AILicenseRecResponse::fromXml, AILicenseRecResponse::fromXml, AILicenseRecResponse::toXml),
            new Root<>(SubmitJobResponse::fromXml, SubmitJobResponse::fromXml, SubmitJobResponse::toXml),
            new Root<>(DescribeJobResponse::fromXml, DescribeJobResponse::fromXml, DescribeJobResponse::toXml),
            new Root<>(DescribeJobsResponse::fromXml, DescribeJobsResponse::fromXml, DescribeJobsResponse::toXml),
            new Root<>(JobCallback::fromXml, JobCallback::fromXml, JobCallback::toXml),
            new Root<>(ImageLicenseRecJobRequest::fromXml, ImageLicenseRecJobRequest::fromXml, ImageLicenseRecJobRequest::toXml),
            new Root<>(ServiceError::fromXml, ServiceError::fromXml, ServiceError::toXml));

    @FuzzTest
    @DictionaryEntries({"<Response>", "</Response>", "<Request>", "<Error>", "<JobsDetail>", "</JobsDetail>", "<Operation>",
            "<ImageLicenseRec>", "<ImageLicenseRecResult>", "<IdInfo>", "<Location>", "<Point>", "<Status>", "<Score>",
            "<CardType>", "IDCard", "<State>", "Success", "<CreationTime>", "2022-06-27T14:44:10+0800", "-", "<JobLevel>",
            "<Code>", "<Message>", "<EventName>", "TaskFinish", "<CallBackFormat>", "XML", "<![CDATA[", "]]>", "<!--", "-->",
            "<?", "?>", "<!DOCTYPE", "&amp;", "&#x", "xmlns=\"", "xsi:nil=\"true\"", "<?xml version=\"1.0\" encoding=\""})
    void readAll(byte[] input) {
        for (Root<?> root : ROOTS) {
            root.check(input, XmlReadOptions.defaults());
            root.check(input, XmlReadOptions.strict());
        }
    }
}
