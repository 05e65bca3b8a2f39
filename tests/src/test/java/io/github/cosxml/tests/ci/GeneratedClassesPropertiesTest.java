package io.github.cosxml.tests.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.request.CallBackFormat;
import io.github.cosxml.tests.ci.job.request.CallBackKafkaConfig;
import io.github.cosxml.tests.ci.job.request.CallBackMqConfig;
import io.github.cosxml.tests.ci.job.request.CallBackType;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecTag;
import io.github.cosxml.tests.ci.job.request.JobRequestOperation;
import io.github.cosxml.tests.ci.job.request.MqMode;
import io.github.cosxml.tests.ci.job.request.MqRegion;
import io.github.cosxml.tests.ci.job.response.CardType;
import io.github.cosxml.tests.ci.job.response.ImageLicenseRec;
import io.github.cosxml.tests.ci.job.response.ImageLicenseRecResult;
import io.github.cosxml.tests.ci.job.response.JobInput;
import io.github.cosxml.tests.ci.job.response.JobOperation;
import io.github.cosxml.tests.ci.job.response.JobState;
import io.github.cosxml.tests.ci.job.response.JobWorkflow;
import io.github.cosxml.tests.ci.job.response.JobsDetail;
import io.github.cosxml.tests.ci.job.response.NodeState;
import io.github.cosxml.tests.ci.job.response.SubmitJobResponse;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import io.github.cosxml.tests.ci.sync.IdInfo;
import io.github.cosxml.tests.ci.sync.Location;
import io.github.cosxml.tests.ci.job.callback.CallbackEventName;
import io.github.cosxml.tests.ci.job.callback.JobCallback;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.query.DescribeJobResponse;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary valid instances of the generated CI classes, built through their builders within the
 * facets: each passes the generated {@code validate()}, its {@code toXml()} validates against the
 * XSD, and {@code fromXml} (strict) gives back an equal object.
 */
class GeneratedClassesPropertiesTest {

    @Property(tries = 300)
    void syncResponseRoundTrips(@ForAll("syncResponses") AILicenseRecResponse response) {
        String xml = roundTripChecks(response.validate(), response.toXml(), CiSchema.AI_LICENSE_REC_RESPONSE);
        assertThat(AILicenseRecResponse.fromXml(xml, XmlReadOptions.strict())).isEqualTo(response);
    }

    @Property(tries = 300)
    void submitRequestRoundTrips(@ForAll("submitRequests") ImageLicenseRecJobRequest request) {
        String xml = roundTripChecks(request.validate(), request.toXml(), CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST);
        assertThat(ImageLicenseRecJobRequest.fromXml(xml, XmlReadOptions.strict())).isEqualTo(request);
    }

    @Property(tries = 300)
    void submitResponseRoundTrips(@ForAll("submitResponses") SubmitJobResponse response) {
        String xml = roundTripChecks(response.validate(), response.toXml(), CiSchema.IMAGE_LICENSE_REC_JOB_RESPONSE);
        assertThat(SubmitJobResponse.fromXml(xml, XmlReadOptions.strict())).isEqualTo(response);
    }

    /**
     * Query, list and callback documents hold the same {@code JobsDetail} in their own packages: the
     * details are built with the response package's builders and carried over through their XML.
     */
    @Property(tries = 200)
    void queryListAndCallbackRoundTrip(@ForAll("jobDetails") List<String> details,
            @ForAll("ids") List<String> nonExistent, @ForAll("ids") List<String> nextToken) {
        String jobs = String.join("", details);

        DescribeJobResponse query = DescribeJobResponse.fromXml("<Response>" + jobs + "</Response>", XmlReadOptions.strict())
                .toBuilder().nonExistJobIds(nonExistent).build();
        String queryXml = roundTripChecks(query.validate(), query.toXml(), CiSchema.JOB_QUERY_RESPONSE);
        assertThat(DescribeJobResponse.fromXml(queryXml, XmlReadOptions.strict())).isEqualTo(query);
        assertThat(query.getJobsDetail()).hasSize(details.size());

        DescribeJobsResponse list = DescribeJobsResponse.fromXml("<Response>" + jobs + "</Response>", XmlReadOptions.strict())
                .toBuilder().nextToken(nextToken.isEmpty() ? null : nextToken.get(0)).build();
        String listXml = roundTripChecks(list.validate(), list.toXml(), CiSchema.JOB_LIST_RESPONSE);
        assertThat(DescribeJobsResponse.fromXml(listXml, XmlReadOptions.strict())).isEqualTo(list);

        if (!details.isEmpty()) {
            JobCallback callback = JobCallback.fromXml("<Response><EventName>TaskFinish</EventName>" + jobs + "</Response>",
                    XmlReadOptions.strict());
            assertThat(callback.getEventName()).isSameAs(CallbackEventName.TASK_FINISH);
            String callbackXml = roundTripChecks(callback.validate(), callback.toXml(), CiSchema.JOB_CALLBACK);
            assertThat(JobCallback.fromXml(callbackXml, XmlReadOptions.strict())).isEqualTo(callback);
        }
    }

    @Provide
    Arbitrary<List<String>> jobDetails() {
        return submitResponses().map(response -> {
            String xml = response.toXml();
            return xml.substring(xml.indexOf("<JobsDetail>"), xml.lastIndexOf("</Response>"));
        }).list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<String>> ids() {
        return CiArbitraries.id().list().ofMaxSize(3);
    }

    @Property(tries = 300)
    void errorRoundTrips(@ForAll("errors") ServiceError error) {
        String xml = roundTripChecks(error.validate(), error.toXml(), CiSchema.ERROR);
        assertThat(ServiceError.fromXml(xml, XmlReadOptions.strict())).isEqualTo(error);
    }

    private static String roundTripChecks(io.github.cosxml.core.xml.ValidationResult generated, String xml, CiSchema schema) {
        assertThat(generated.isValid()).as("generated validate(): %s", generated).isTrue();
        ValidationResult result = schema.validate(xml);
        assertThat(result.isValid()).as("%s\n%s", result.report(), xml).isTrue();
        return xml;
    }

    @Provide
    Arbitrary<AILicenseRecResponse> syncResponses() {
        Arbitrary<IdInfo> idInfo = Builders.withBuilder(IdInfo::builder)
                .use(CiArbitraries.text()).in((b, v) -> b.name(v))
                .use(CiArbitraries.text().injectNull(0.3)).in((b, v) -> b.detectedText(v))
                .use(CiArbitraries.score()).in((b, v) -> b.score(v))
                .use(CiArbitraries.points()).in((b, v) -> b.location(Location.builder().point(v).build()))
                .build(IdInfo.Builder::build);
        return Builders.withBuilder(AILicenseRecResponse::builder)
                .use(CiArbitraries.status()).in((b, v) -> b.status(v))
                .use(idInfo.list().ofMaxSize(8)).in((b, v) -> b.idInfo(v))
                .build(AILicenseRecResponse.Builder::build);
    }

    @Provide
    Arbitrary<ImageLicenseRecJobRequest> submitRequests() {
        Arbitrary<JobRequestOperation> operation = Builders.withBuilder(JobRequestOperation::builder)
                .use(Arbitraries.of(io.github.cosxml.tests.ci.job.request.CardType.values()))
                .in((b, v) -> b.imageLicenseRec(io.github.cosxml.tests.ci.job.request.ImageLicenseRec.builder()
                        .cardType(v).build()))
                .use(CiArbitraries.userData().injectNull(0.3)).in((b, v) -> b.userData(v))
                .use(CiArbitraries.jobLevel().injectNull(0.3)).in((b, v) -> b.jobLevel(v))
                .build(JobRequestOperation.Builder::build);
        Arbitrary<CallBackMqConfig> mq = Builders.withBuilder(CallBackMqConfig::builder)
                .use(Arbitraries.of(MqRegion.values())).in((b, v) -> b.mqRegion(v))
                .use(Arbitraries.of(MqMode.values())).in((b, v) -> b.mqMode(v))
                .use(CiArbitraries.id()).in((b, v) -> b.mqName(v))
                .build(CallBackMqConfig.Builder::build);
        Arbitrary<CallBackKafkaConfig> kafka = Builders.withBuilder(CallBackKafkaConfig::builder)
                .use(CiArbitraries.id()).in((b, v) -> b.region(v))
                .use(CiArbitraries.id()).in((b, v) -> b.instanceId(v))
                .use(CiArbitraries.id()).in((b, v) -> b.topic(v))
                .build(CallBackKafkaConfig.Builder::build);
        return Builders.withBuilder(ImageLicenseRecJobRequest::builder)
                .use(Arbitraries.just(ImageLicenseRecTag.IMAGE_LICENSE_REC)).in((b, v) -> b.tag(v))
                .use(requestInput()).in((b, v) -> b.input(v))
                .use(operation).in((b, v) -> b.operation(v))
                .use(CiArbitraries.id().injectNull(0.5)).in((b, v) -> b.queueId(v))
                .use(CiArbitraries.text().injectNull(0.7)).in((b, v) -> b.queueType(v))
                .use(Arbitraries.of(CallBackFormat.values()).injectNull(0.3)).in((b, v) -> b.callBackFormat(v))
                .use(Arbitraries.of(CallBackType.values()).injectNull(0.3)).in((b, v) -> b.callBackType(v))
                .use(CiArbitraries.text().injectNull(0.3)).in((b, v) -> b.callBack(v))
                .use(mq.injectNull(0.6)).in((b, v) -> b.callBackMqConfig(v))
                .use(kafka.injectNull(0.8)).in((b, v) -> b.callBackKafkaConfig(v))
                .build(ImageLicenseRecJobRequest.Builder::build);
    }

    private static Arbitrary<io.github.cosxml.tests.ci.job.request.JobInput> requestInput() {
        return Builders.withBuilder(io.github.cosxml.tests.ci.job.request.JobInput::builder)
                .use(CiArbitraries.id()).in((b, v) -> b.object(v))
                .use(CiArbitraries.id().injectNull(0.7)).in((b, v) -> b.bucketId(v))
                .use(CiArbitraries.id().injectNull(0.7)).in((b, v) -> b.region(v))
                .build(io.github.cosxml.tests.ci.job.request.JobInput.Builder::build);
    }

    @Provide
    Arbitrary<SubmitJobResponse> submitResponses() {
        Arbitrary<io.github.cosxml.tests.ci.job.response.IdInfo> idInfo =
                Builders.withBuilder(io.github.cosxml.tests.ci.job.response.IdInfo::builder)
                        .use(CiArbitraries.text()).in((b, v) -> b.name(v))
                        .use(CiArbitraries.text().injectNull(0.3)).in((b, v) -> b.detectedText(v))
                        .use(CiArbitraries.score()).in((b, v) -> b.score(v))
                        .use(CiArbitraries.points()).in((b, v) -> b.location(
                                io.github.cosxml.tests.ci.job.response.Location.builder().point(v).build()))
                        .build(io.github.cosxml.tests.ci.job.response.IdInfo.Builder::build);
        Arbitrary<ImageLicenseRecResult> result = Builders.withBuilder(ImageLicenseRecResult::builder)
                .use(CiArbitraries.text()).in((b, v) -> b.code(v))
                .use(Arbitraries.of(NodeState.values())).in((b, v) -> b.state(v))
                .use(CiArbitraries.text().injectNull(0.5)).in((b, v) -> b.message(v))
                .use(CiArbitraries.id()).in((b, v) -> b.inputObjectName(v))
                .use(CiArbitraries.text()).in((b, v) -> b.inputObjectUrl(v))
                .use(CiArbitraries.status()).in((b, v) -> b.status(v))
                .use(idInfo.list().ofMaxSize(4)).in((b, v) -> b.idInfo(v))
                .build(ImageLicenseRecResult.Builder::build);
        Arbitrary<JobOperation> operation = Builders.withBuilder(JobOperation::builder)
                .use(Arbitraries.of(CardType.values())).in((b, v) -> b.imageLicenseRec(ImageLicenseRec.builder().cardType(v).build()))
                .use(result.injectNull(0.3)).in((b, v) -> b.imageLicenseRecResult(v))
                .use(CiArbitraries.userData().injectNull(0.3)).in((b, v) -> b.userData(v))
                .use(CiArbitraries.jobLevel().injectNull(0.3)).in((b, v) -> b.jobLevel(v))
                .build(JobOperation.Builder::build);
        Arbitrary<JobInput> input = Builders.withBuilder(JobInput::builder)
                .use(CiArbitraries.id()).in((b, v) -> b.object(v))
                .use(CiArbitraries.id().injectNull(0.5)).in((b, v) -> b.bucketId(v))
                .use(CiArbitraries.id().injectNull(0.5)).in((b, v) -> b.region(v))
                .build(JobInput.Builder::build);
        Arbitrary<JobWorkflow> workflow = Builders.withBuilder(JobWorkflow::builder)
                .use(CiArbitraries.text().injectNull(0.3)).in((b, v) -> b.name(v))
                .use(CiArbitraries.id().injectNull(0.3)).in((b, v) -> b.runId(v))
                .use(CiArbitraries.id().injectNull(0.3)).in((b, v) -> b.workflowId(v))
                .use(CiArbitraries.text().injectNull(0.3)).in((b, v) -> b.workflowName(v))
                .build(JobWorkflow.Builder::build);
        // StartTime and EndTime are always set: a null ("-") is not written back (see NotYetTimes).
        Arbitrary<JobsDetail> detail = Builders.withBuilder(JobsDetail::builder)
                .use(CiArbitraries.text()).in((b, v) -> b.code(v))
                .use(CiArbitraries.text()).in((b, v) -> b.message(v))
                .use(CiArbitraries.id()).in((b, v) -> b.jobId(v))
                .use(CiArbitraries.text()).in((b, v) -> b.tag(v))
                .use(Arbitraries.of(JobState.values())).in((b, v) -> b.state(v))
                .use(CiArbitraries.text().injectNull(0.7)).in((b, v) -> b.progress(v))
                .use(CiArbitraries.time()).in((b, v) -> b.creationTime(v))
                .use(CiArbitraries.time()).in((b, v) -> b.startTime(v))
                .use(CiArbitraries.time()).in((b, v) -> b.endTime(v))
                .use(CiArbitraries.id()).in((b, v) -> b.queueId(v))
                .use(CiArbitraries.text().injectNull(0.7)).in((b, v) -> b.queueType(v))
                .use(CiArbitraries.text().injectNull(0.7)).in((b, v) -> b.subTag(v))
                .use(input).in((b, v) -> b.input(v))
                .use(operation).in((b, v) -> b.operation(v))
                .use(workflow.injectNull(0.7)).in((b, v) -> b.workflow(v))
                .build(JobsDetail.Builder::build);
        return detail.map(d -> SubmitJobResponse.builder().jobsDetail(d).build());
    }

    @Provide
    Arbitrary<ServiceError> errors() {
        return Builders.withBuilder(ServiceError::builder)
                .use(CiArbitraries.text()).in((b, v) -> b.code(v))
                .use(CiArbitraries.text()).in((b, v) -> b.message(v))
                .use(CiArbitraries.text().injectNull(0.5)).in((b, v) -> b.resource(v))
                .use(CiArbitraries.id().injectNull(0.3)).in((b, v) -> b.requestId(v))
                .use(CiArbitraries.id().injectNull(0.3)).in((b, v) -> b.traceId(v))
                .use(CiArbitraries.text().injectNull(0.5)).in((b, v) -> b.stringToSign(v))
                .use(CiArbitraries.text().injectNull(0.5)).in((b, v) -> b.formatString(v))
                .build(ServiceError.Builder::build);
    }
}
