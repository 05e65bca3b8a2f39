package io.github.cosxml.tests.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.demo.DocumentedRequests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented submit request, built with the generated builders, is the documented body. */
class SubmitRequestBuilderTest {

    @ParameterizedTest
    @CsvSource({"docs/job-request-example.xml, input/test.jpg", "docs/job-request-body.xml, input/test.doc"})
    void builtRequestIsSimilarToTheDocumentedBody(String fixture, String inputObject) {
        ImageLicenseRecJobRequest built = DocumentedRequests.submitImageLicenseRec(inputObject);
        String xml = built.toXml();

        assertThat(built.validate().isValid()).as(built.validate().toString()).isTrue();
        DocumentedExamplesTest.assertValid(CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST, xml);
        XmlSimilarity.assertSimilar(Fixtures.text(fixture), xml);
        assertThat(ImageLicenseRecJobRequest.fromXml(Fixtures.text(fixture))).isEqualTo(built);
    }

    @ParameterizedTest
    @CsvSource({"docs/job-request-example.xml, input/test.doc", "docs/job-request-body.xml, input/test.jpg"})
    void anotherObjectIsNotSimilar(String fixture, String inputObject) {
        String xml = DocumentedRequests.submitImageLicenseRec(inputObject).toXml();

        assertThat(XmlSimilarity.diff(Fixtures.text(fixture), xml).hasDifferences()).isTrue();
    }
}
