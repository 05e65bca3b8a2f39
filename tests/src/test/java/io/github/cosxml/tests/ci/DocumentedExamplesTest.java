package io.github.cosxml.tests.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.tests.ci.job.request.CallBackFormat;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecTag;
import io.github.cosxml.tests.ci.job.response.CardType;
import io.github.cosxml.tests.ci.job.response.ImageLicenseRecResult;
import io.github.cosxml.tests.ci.job.response.JobState;
import io.github.cosxml.tests.ci.job.response.JobsDetail;
import io.github.cosxml.tests.ci.job.response.NodeState;
import io.github.cosxml.tests.ci.job.response.SubmitJobResponse;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import io.github.cosxml.tests.ci.sync.IdInfo;
import io.github.cosxml.tests.demo.CardPoint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every XML example of the two documented API pages, read into the generated classes with typed
 * values, and written back: the output validates against the XSD and is similar to the original.
 */
@Tag("any-stax")
class DocumentedExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"docs/ai-license-rec-response-body.xml", "docs/ai-license-rec-response-example.xml"})
    void syncResponseReadsTyped(String fixture) {
        AILicenseRecResponse response = AILicenseRecResponse.fromXml(Fixtures.text(fixture), XmlReadOptions.strict());

        assertThat(response.getStatus()).isEqualTo(1);
        assertThat(response.getIdInfo()).hasSize(6);
        IdInfo name = response.getIdInfo().get(0);
        assertThat(name.getName()).isEqualTo("Name");
        assertThat(name.getDetectedText()).isEqualTo("xxx");
        assertThat(name.getScore()).isInstanceOf(Integer.class).isEqualTo(99);
        List<CardPoint> points = CardPoint.parseAll(name.getLocation().getPoint());
        assertThat(points).containsExactly(new CardPoint(553, 439), new CardPoint(553, 576),
                new CardPoint(989, 576), new CardPoint(989, 439));
        assertThat(response.getIdInfo()).extracting(IdInfo::getName).containsExactly("Name", "Gender", "Ethnicity",
                "Birth (Date)", "Address", "Identification Number (ID Number)");
        assertThat(response.getIdInfo()).extracting(IdInfo::getScore).containsExactly(99, 98, 98, 99, 99, 99);
        assertThat(response.getIdInfo().get(4).getDetectedText()).isEqualTo("Hu\u2019nan Province xxxxx");
        assertThat(response.validate().isValid()).as(response.validate().toString()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/ai-license-rec-response-body.xml", "docs/ai-license-rec-response-example.xml"})
    void syncResponseWritesBackValidAndSimilar(String fixture) {
        String original = Fixtures.text(fixture);
        String written = AILicenseRecResponse.fromXml(original).toXml();

        assertValid(CiSchema.AI_LICENSE_REC_RESPONSE, written);
        XmlSimilarity.assertSimilar(original, written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/job-request-body.xml", "docs/job-request-example.xml"})
    void submitRequestReadsTypedAndWritesBack(String fixture) {
        String original = Fixtures.text(fixture);
        ImageLicenseRecJobRequest request = ImageLicenseRecJobRequest.fromXml(original, XmlReadOptions.strict());

        assertThat(request.getTag()).isEqualTo(ImageLicenseRecTag.IMAGE_LICENSE_REC);
        assertThat(request.getInput().getObject()).startsWith("input/test.");
        assertThat(request.getOperation().getImageLicenseRec().getCardType())
                .isEqualTo(io.github.cosxml.tests.ci.job.request.CardType.ID_CARD);
        assertThat(request.getOperation().getUserData()).isEqualTo("This is my data.");
        assertThat(request.getOperation().getJobLevel()).isEqualTo(0);
        assertThat(request.getCallBack()).isEqualTo("http://callback.demo.com");
        assertThat(request.getCallBackFormat()).isEqualTo(CallBackFormat.JSON);

        String written = request.toXml();
        assertValid(CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST, written);
        XmlSimilarity.assertSimilar(original, written);
    }

    @Test
    void submitResponseReadsTyped() {
        SubmitJobResponse response = SubmitJobResponse.fromXml(Fixtures.text("docs/job-response.corrected.xml"),
                XmlReadOptions.strict());
        JobsDetail job = response.getJobsDetail();

        assertThat(job.getCode()).isEqualTo("Success");
        assertThat(job.getJobId()).isEqualTo("ac7c990a00bf211ed946af9e0691f2b7a");
        assertThat(job.getState()).isSameAs(JobState.SUBMITTED);
        assertThat(job.getCreationTime())
                .isEqualTo(OffsetDateTime.of(2022, 6, 27, 14, 44, 10, 0, ZoneOffset.ofHours(8)));
        assertThat(job.getStartTime()).as("StartTime '-' (not yet)").isNull();
        assertThat(job.getEndTime()).as("EndTime '-' (not yet)").isNull();
        assertThat(job.getQueueId()).isEqualTo("pcd463e1467964d39ad2d3f66aacd8199");
        assertThat(job.getTag()).isEqualTo("ImageLicenseRec");
        assertThat(job.getInput().getBucketId()).isEqualTo("test-123456789");
        assertThat(job.getInput().getObject()).isEqualTo("input/test.jpg");
        assertThat(job.getInput().getRegion()).isEqualTo("ap-chongqing");
        assertThat(job.getOperation().getImageLicenseRec().getCardType()).isSameAs(CardType.ID_CARD);
        assertThat(job.getOperation().getUserData()).isEqualTo("This is my data.");
        assertThat(job.getOperation().getJobLevel()).isEqualTo(0);

        ImageLicenseRecResult result = job.getOperation().getImageLicenseRecResult();
        assertThat(result.getCode()).isEqualTo("Success");
        assertThat(result.getState()).isSameAs(NodeState.SUCCESS);
        assertThat(result.getInputObjectName()).isEqualTo("input/test.jpg");
        assertThat(result.getInputObjectUrl())
                .isEqualTo("https://test-123456789.cos.ap-chongqing.myqcloud.com/input/test.jpg");
        assertThat(result.getStatus()).isEqualTo(1);
        assertThat(result.getIdInfo()).hasSize(6);
        assertThat(result.getIdInfo().get(5).getName()).isEqualTo("Identification Number (ID Number)");
        assertThat(result.getIdInfo().get(5).getDetectedText()).isEqualTo("43xxxx");
        assertThat(CardPoint.parseAll(result.getIdInfo().get(0).getLocation().getPoint()).get(0))
                .isEqualTo(new CardPoint(553, 439));
    }

    /**
     * {@code StartTime}/{@code EndTime} {@code -} read as null ("not yet") and are written back as
     * {@code -} (a required {@code jaxb:javaType} value prints its "not set" text), so the written
     * document is valid and similar to the original.
     */
    @Test
    void submitResponseWritesBackValidAndSimilarWithItsNotYetTimes() {
        String original = Fixtures.text("docs/job-response.corrected.xml");
        SubmitJobResponse response = SubmitJobResponse.fromXml(original);
        String written = response.toXml();

        assertThat(response.getJobsDetail().getStartTime()).isNull();
        assertThat(written).contains("<StartTime>-</StartTime>", "<EndTime>-</EndTime>");
        assertValid(CiSchema.IMAGE_LICENSE_REC_JOB_RESPONSE, written);
        XmlSimilarity.assertSimilar(original, written);
    }

    @Test
    void submitResponseWithTimesWritesBackValidAndSimilar() {
        String original = Fixtures.text("docs/job-response.corrected.xml")
                .replace("<StartTime>-</StartTime>", "<StartTime>2022-06-27T14:44:11+0800</StartTime>")
                .replace("<EndTime>-</EndTime>", "<EndTime>2022-06-27T14:44:12+0800</EndTime>");
        SubmitJobResponse response = SubmitJobResponse.fromXml(original, XmlReadOptions.strict());
        assertThat(response.getJobsDetail().getEndTime())
                .isEqualTo(OffsetDateTime.of(2022, 6, 27, 14, 44, 12, 0, ZoneOffset.ofHours(8)));

        String written = response.toXml();
        assertValid(CiSchema.IMAGE_LICENSE_REC_JOB_RESPONSE, written);
        XmlSimilarity.assertSimilar(original, written);
    }

    /**
     * Each parser words the error its own way and places it in the closing tag (the JDK's at column 3,
     * Woodstox at 4, Aalto after the whole tag), but all name line 96, the path and the tag expected.
     */
    @ParameterizedTest
    @ValueSource(strings = {"docs/job-response-body.malformed.xml", "docs/job-response-example.malformed.xml"})
    void malformedDocumentedResponseIsRejectedWithItsLocation(String fixture) {
        assertThatThrownBy(() -> SubmitJobResponse.fromXml(Fixtures.text(fixture)))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("line 96, column ")
                .hasMessageContaining("/Response/JobsDetail/Operation/ImageLicenseRecResult")
                .hasMessageContaining("</ImageLicenseRecResult>");
    }

    static void assertValid(CiSchema schema, String xml) {
        ValidationResult result = schema.validate(xml);
        assertThat(result.isValid()).as("%s\n%s", result.report(), xml).isTrue();
    }
}
