package io.github.cosxml.tests.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.tests.bench.xml.BenchDocument;
import io.github.cosxml.tests.bench.xml.SameValues;
import io.github.cosxml.tests.bench.xml.SyntheticJobList;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import io.github.cosxml.tests.ci.sync.IdInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every benchmark's setup, with its checks, and each benchmark method once, in the normal
 * test build: a benchmark that would time a wrong answer fails here first, without JMH.
 */
class BenchmarkSetupTest {

    @ParameterizedTest
    @EnumSource(SignerInputs.class)
    void everySignerProducesTheCrossCheckedSignature(SignerInputs request) throws Exception {
        SignerBenchmark bench = new SignerBenchmark();
        bench.request = request;
        bench.setUp();
        String expected = "&q-signature=" + SdkDefaultVectors.signature(request);
        assertThat(bench.cosSigner()).endsWith(expected);
        assertThat(bench.cosxmlJdk()).endsWith(expected);
        assertThat(bench.cosxmlBouncyCastle()).endsWith(expected);
        assertThat(bench.cosxmlJdkPrebuilt()).endsWith(expected);
        assertThat(bench.cosxmlBouncyCastlePrebuilt()).endsWith(expected);
        assertThat(bench.leanBuildAndSign()).isEqualTo(bench.cosSigner());
        assertThat(Hex.lower(bench.hashingFloor())).isEqualTo(SdkDefaultVectors.signature(request));
        assertThat(Hex.lower(bench.hashingFloorBouncyCastle())).isEqualTo(SdkDefaultVectors.signature(request));
    }

    @ParameterizedTest
    @EnumSource(BenchDocument.class)
    void theThreeReadersReadTheSameValues(BenchDocument document) throws Exception {
        XmlReadBenchmark bench = readBenchmark(document);
        assertThat(bench.cosxml()).isNotNull();
        assertThat(bench.cosxmlJdkStax()).isNotNull();
        assertThat(bench.cosxmlAalto()).isNotNull();
        assertThat(bench.jaxb()).isNotNull();
        assertThat(bench.jaxbOnWoodstox()).isNotNull();
        assertThat(bench.jaxbOnAalto()).isNotNull();
        assertThat(bench.jackson()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(BenchDocument.class)
    void theParserFloorsReadTheWholeDocumentAlike(BenchDocument document) throws Exception {
        XmlReadBenchmark bench = readBenchmark(document);
        long startTags = Pattern.compile("<[A-Za-z]").matcher(new String(document.bytes(), StandardCharsets.UTF_8)).results().count();
        // elements plus characters of text: more than the start tags, and the same from SAX and StAX
        assertThat(bench.staxAlone()).isGreaterThan(startTags).isEqualTo(bench.jdkSaxAlone()).isEqualTo(bench.jdkStaxAlone())
                .isEqualTo(bench.aaltoAlone());
    }

    @Test
    void eachReadBenchmarkNamesTheParserItMustRunOn() {
        assertThat(XmlReadBenchmark.namedFactory("io.github.cosxml.tests.bench.XmlReadBenchmark.cosxml"))
                .isEqualTo(XmlReadBenchmark.WOODSTOX_FACTORY);
        assertThat(XmlReadBenchmark.namedFactory("io.github.cosxml.tests.bench.XmlReadBenchmark.jdkSaxAlone"))
                .as("SAX reads no StAX; its fork is the class's").isEqualTo(XmlReadBenchmark.WOODSTOX_FACTORY);
        assertThat(XmlReadBenchmark.namedFactory("io.github.cosxml.tests.bench.XmlReadBenchmark.cosxmlJdkStax"))
                .isEqualTo(XmlReadBenchmark.JDK_STAX_FACTORY);
        assertThat(XmlReadBenchmark.namedFactory("io.github.cosxml.tests.bench.XmlReadBenchmark.jaxbOnAalto"))
                .isEqualTo(XmlReadBenchmark.AALTO_FACTORY);
    }

    /** The read benchmark on one document, set up (its setup checks that the readers agree). */
    private static XmlReadBenchmark readBenchmark(BenchDocument document) throws Exception {
        XmlReadBenchmark bench = new XmlReadBenchmark();
        bench.document = document;
        bench.setUp();
        return bench;
    }

    @ParameterizedTest
    @EnumSource(BenchDocument.class)
    void theThreeWritersWriteTheDocumentsValues(BenchDocument document) throws Exception {
        XmlWriteBenchmark bench = new XmlWriteBenchmark();
        bench.document = document;
        bench.setUp();
        assertThat(bench.cosxml()).isPositive();
        assertThat(bench.jaxb()).isPositive();
        assertThat(bench.jackson()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(BenchDocument.class)
    void everyDocumentIsValidAgainstItsSchema(BenchDocument document) {
        ValidationBenchmark bench = new ValidationBenchmark();
        bench.document = document;
        bench.setUp();
        assertThat(bench.ciSchema().isValid()).isTrue();
    }

    @Test
    void oneChangedScoreIsADifference() throws Exception {
        AILicenseRecResponse read = (AILicenseRecResponse) BenchDocument.SYNC_RESPONSE.cosxml().read(BenchDocument.SYNC_RESPONSE.bytes());
        List<IdInfo> fields = new ArrayList<>(read.getIdInfo());
        fields.set(2, fields.get(2).toBuilder().score(97).build());
        AILicenseRecResponse changed = read.toBuilder().idInfo(fields).build();
        assertThatThrownBy(() -> SameValues.require(BenchDocument.SYNC_RESPONSE, "a changed copy", read, changed))
                .hasMessageContaining("at /IdInfo[3]/Score: expected 98, got 97");
    }

    @Test
    void megabytesPerSecondIsDocumentBytesTimesOpsPerSecond() {
        assertThat(RatioReport.megabytesPerSecond(2_000, 500_000)).isEqualTo(1_000.0);
    }

    @Test
    void targetsAreMetFromTheirThresholds() {
        Comparison signer = comparison("SignerBenchmark", "cosxmlJdk", "cosSigner");
        assertThat(signer.verdict("request=UPLOAD", 5.0)).isEqualTo("met");
        assertThat(signer.verdict("request=UPLOAD", 4.99)).isEqualTo("missed");
        Comparison floor = comparison("SignerBenchmark", "cosxmlJdk", "hashingFloor");
        assertThat(floor.verdict("request=UPLOAD", 0.67)).isEqualTo("met");
        assertThat(floor.verdict("request=UPLOAD", 0.66)).isEqualTo("missed");
        Comparison reader = comparison("XmlReadBenchmark", "cosxml", "jaxb");
        assertThat(reader.verdict("document=JOB_LIST_1000", 2.9)).isEqualTo("missed");
        assertThat(reader.verdict("document=JOB_RESPONSE", 1.0)).isEqualTo("met");
        Comparison onAalto = comparison("XmlReadBenchmark", "cosxmlAalto", "jaxb");
        assertThat(onAalto.verdict("document=JOB_LIST_1000", 3.0)).isEqualTo("met");
        assertThat(comparison("XmlReadBenchmark", "cosxml", "jaxbOnWoodstox").verdict("document=JOB_RESPONSE", 0.1))
                .isEqualTo("—");
        assertThat(comparison("SignerBenchmark", "leanBuildAndSign", "cosSigner").verdict("request=UPLOAD", 0.1))
                .isEqualTo("—");
    }

    private static Comparison comparison(String benchmarkClass, String subject, String reference) {
        return RatioReport.COMPARISONS.stream()
                .filter(c -> c.benchmarkClass().equals(benchmarkClass) && c.subject().equals(subject) && c.reference().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError("no comparison " + subject + " vs " + reference));
    }

    @Test
    void theSyntheticListIsTheSameBytesOnEveryRunAndHoldsAThousandJobs() {
        DescribeJobsResponse list = SyntheticJobList.generate(1000, SyntheticJobList.SEED);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        SyntheticJobList.generate(1000, SyntheticJobList.SEED).writeXml(again);
        assertThat(again.toByteArray()).isEqualTo(BenchDocument.JOB_LIST_1000.bytes());
        assertThat(list.getJobsDetail()).hasSize(1000);
        assertThat(list.getJobsDetail()).extracting(d -> d.getJobId()).doesNotHaveDuplicates();
        assertThat(BenchDocument.JOB_LIST_1000.bytes().length).isGreaterThan(500_000);
    }
}
