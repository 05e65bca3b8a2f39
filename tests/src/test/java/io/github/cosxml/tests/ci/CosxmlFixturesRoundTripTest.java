package io.github.cosxml.tests.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.callback.JobCallback;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.query.DescribeJobResponse;
import io.github.cosxml.tests.ci.job.request.CallBackFormat;
import io.github.cosxml.tests.ci.job.request.CallBackType;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cosxml's own valid documents (callback, query, list, TDMQ request, error bodies): read strictly
 * into the generated classes, written back, valid and similar to the original ("not yet" times
 * included: {@code -} reads as null and is written back as {@code -}).
 */
@Tag("any-stax")
class CosxmlFixturesRoundTripTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                doc("cosxml/job-callback-alphabetical.xml", CiSchema.JOB_CALLBACK,
                        x -> JobCallback.fromXml(x, XmlReadOptions.strict()).toXml()),
                doc("cosxml/job-query-with-nonexistent.xml", CiSchema.JOB_QUERY_RESPONSE,
                        x -> DescribeJobResponse.fromXml(x, XmlReadOptions.strict()).toXml()),
                doc("cosxml/job-list-page.xml", CiSchema.JOB_LIST_RESPONSE,
                        x -> DescribeJobsResponse.fromXml(x, XmlReadOptions.strict()).toXml()),
                doc("cosxml/job-request-tdmq.xml", CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST,
                        x -> ImageLicenseRecJobRequest.fromXml(x, XmlReadOptions.strict()).toXml()),
                doc("cosxml/error-ci.xml", CiSchema.ERROR, x -> ServiceError.fromXml(x, XmlReadOptions.strict()).toXml()),
                doc("cosxml/error-cos-signature.xml", CiSchema.ERROR,
                        x -> ServiceError.fromXml(x, XmlReadOptions.strict()).toXml()));
    }

    private static Arguments doc(String fixture, CiSchema schema, Function<String, String> roundTrip) {
        return Arguments.of(fixture, schema, roundTrip);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writesBackValidAndSimilar(String fixture, CiSchema schema, Function<String, String> roundTrip) {
        String original = Fixtures.text(fixture);
        DocumentedExamplesTest.assertValid(schema, original);

        String written = roundTrip.apply(original);

        DocumentedExamplesTest.assertValid(schema, written);
        XmlSimilarity.assertSimilar(original, written);
    }

    @Test
    void sdkCasingsBecomeEnumConstants() {
        ImageLicenseRecJobRequest request = ImageLicenseRecJobRequest.fromXml(Fixtures.text("cosxml/job-request-tdmq.xml"));

        assertThat(request.getCallBackType()).isSameAs(CallBackType.TDMQ);
        assertThat(request.getCallBackFormat()).isSameAs(CallBackFormat.JSON_LOWERCASE);
        assertThat(request.getCallBackFormatAsString()).isEqualTo("json");
        assertThat(CallBackFormat.fromValue("JSON")).isSameAs(CallBackFormat.JSON);
        assertThat(CallBackType.fromValue("Url")).isSameAs(CallBackType.URL_CAMEL_CASE);
        assertThat(CallBackType.fromValue("URL")).isSameAs(CallBackType.URL);
    }

    @Test
    void signatureErrorCarriesStringToSignAndFormatString() {
        ServiceError error = ServiceError.fromXml(Fixtures.text("cosxml/error-cos-signature.xml"));

        assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(error.getStringToSign()).startsWith("sha1\n");
        assertThat(error.getFormatString()).isNotBlank();
    }
}
