package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The request's canonical form, computed once when it is built: builders that share arrays with
 * built requests, lookups by canonical name, and tables larger than the insertion-sort limit,
 * each checked against a plain reference (sorted map of {@code CosUrlEncoder} forms).
 */
class SignableRequestTest {
    private static final CosSigner ALL_HEADERS = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();

    @Test
    void aBuilderUsedAgainAfterBuildLeavesTheBuiltRequestAsItWas() {
        SignableRequest.Builder builder = SignableRequest.builder().method("GET").path("/a").header("Host", "h");
        SignableRequest first = builder.build();
        String before = explain(first).httpString();
        SignableRequest second = builder.header("x-cos-b", "2").parameter("acl").method("PUT").build();

        assertThat(explain(first).httpString()).isEqualTo(before).isEqualTo("get\n/a\n\nhost=h\n");
        assertThat(first.headers()).hasSize(1);
        assertThat(first.parameters()).isEmpty();
        assertThat(explain(second).httpString()).isEqualTo("put\n/a\nacl=\nhost=h&x-cos-b=2\n");
    }

    @Test
    void twoBuildersFromOneRequestDoNotSeeEachOthersAdditions() {
        SignableRequest base = SignableRequest.builder().method("GET").path("/").header("Host", "h").build();
        SignableRequest.Builder a = base.toBuilder();
        SignableRequest.Builder b = base.toBuilder();
        SignableRequest withA = a.header("x-cos-a", "1").build();
        SignableRequest withB = b.header("x-cos-b", "2").build();

        assertThat(explain(withA).httpHeaders()).isEqualTo("host=h&x-cos-a=1");
        assertThat(explain(withB).httpHeaders()).isEqualTo("host=h&x-cos-b=2");
        assertThat(explain(base).httpHeaders()).isEqualTo("host=h");
    }

    @Test
    void lookupsUseTheCanonicalName() {
        SignableRequest request = SignableRequest.builder().method("GET").path("/")
                .header("Content-Type", "text/plain").header("X-Cos-Meta-A!b", "v")
                .parameter("Prefix", "a").parameter("a中").build();

        assertThat(request.header("content-type")).isEqualTo("text/plain");
        assertThat(request.header("CONTENT-TYPE")).isEqualTo("text/plain");
        assertThat(request.header("x-cos-meta-a!B")).isEqualTo("v");
        assertThat(request.header("content-length")).isNull();
        assertThat(request.hasParameter("prefix")).isTrue();
        assertThat(request.hasParameter("A中")).isTrue();
        assertThat(request.hasParameter("a")).isFalse();
        assertThat(request.headers()).extracting(SignableRequest.Header::name).containsExactly("Content-Type", "X-Cos-Meta-A!b");
    }

    @Test
    void largeTablesAreSortedLikeASortedMap() {
        Random random = new Random(20261121L);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Shared prefixes longer than eight bytes, case and encoded characters: every branch of the key comparison.
            names.add((i % 3 == 0 ? "x-cos-meta-" : i % 3 == 1 ? "X-Cos-Meta-" : "x-cos-meta-!") + Integer.toString(i, 36));
        }
        Collections.shuffle(names, random);
        SignableRequest.Builder builder = SignableRequest.builder().method("POST").path("/");
        Map<String, String> reference = new TreeMap<>();
        Map<String, String> parameterReference = new TreeMap<>();
        for (String name : names) {
            String value = "v " + random.nextInt(1000) + "/é";
            builder.header(name, value);
            reference.put(CosUrlEncoder.encodeKey(name), CosUrlEncoder.encode(value));
            String parameter = name.replace('!', '中');
            builder.parameter(parameter, value);
            parameterReference.put(CosUrlEncoder.encodeKey(parameter), CosUrlEncoder.encode(value));
        }
        SignatureExplanation explanation = explain(builder.build());

        assertThat(explanation.httpHeaders()).isEqualTo(pairs(reference));
        assertThat(explanation.headerList()).isEqualTo(String.join(";", reference.keySet()));
        assertThat(explanation.httpParameters()).isEqualTo(pairs(parameterReference));
        assertThat(explanation.urlParamList()).isEqualTo(String.join(";", parameterReference.keySet()));
    }

    private static String pairs(Map<String, String> sorted) {
        StringJoiner pairs = new StringJoiner("&");
        sorted.forEach((key, value) -> pairs.add(key + "=" + value));
        return pairs.toString();
    }

    @Test
    void aDuplicateIsFoundInALargeTableToo() {
        SignableRequest.Builder builder = SignableRequest.builder().method("GET").path("/");
        for (int i = 0; i < 100; i++) {
            builder.header("x-cos-meta-" + i, "v");
        }
        builder.header("X-COS-META-57", "w");

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header 'X-COS-META-57' duplicates 'x-cos-meta-57' (both sign as 'x-cos-meta-57')");
    }

    @Test
    void aRequestSignedWithOnePolicyThenAnotherSignsEachAsAFreshRequestWould() {
        List<HeaderPolicy> policies = List.of(HeaderPolicy.sdkDefault(), HeaderPolicy.only("host", "x-cos-acl"),
                HeaderPolicy.sdkDefault(), HeaderPolicy.all(), HeaderPolicy.only("date"), HeaderPolicy.sdkDefault());
        SignableRequest reused = DocVectors.upload();
        for (HeaderPolicy policy : policies) {
            CosSigner signer = CosSigner.builder().headerPolicy(policy).build();
            for (int i = 0; i < 3; i++) {
                assertThat(signer.authorization(reused, DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME))
                        .as("signature %d with %s", i, policy)
                        .isEqualTo(signer.authorization(DocVectors.upload(), DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME));
            }
        }
        assertThat(CosSigner.builder().build().authorization(reused, DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME))
                .contains("q-header-list=content-length;content-md5;content-type;host;x-cos-acl;x-cos-grant-read&");
    }

    @Test
    void aRequestWithMoreHeadersThanItRemembersSignsTheSameEveryTime() {
        SignableRequest.Builder builder = SignableRequest.builder().method("PUT").path("/o").header("Host", "h");
        for (int i = 0; i < SignableRequest.MAX_REMEMBERED_HEADERS + 20; i++) {
            builder.header((i % 2 == 0 ? "x-cos-meta-" : "x-other-") + i, "v" + i);
        }
        SignableRequest request = builder.build();
        CosSigner signer = CosSigner.builder().build();
        String first = signer.authorization(request, DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(signer.authorization(request, DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME)).isEqualTo(first);
        assertThat(first).contains("x-cos-meta-66").doesNotContain("x-other-");
    }

    @Test
    void buildingAndSigningTheUploadExampleAllocatesUnderOneKilobyte() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CosSigner signer = CosSigner.builder().build();
        int sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += signer.authorization(DocVectors.upload(), DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME).length();
        }
        int n = 20_000;
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < n; i++) {
            sink += signer.authorization(DocVectors.upload(), DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME).length();
        }
        long perRequest = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / n;
        assertThat(sink).isPositive();
        assertThat(perRequest).as("bytes allocated to build and sign one request").isLessThan(1024);
    }

    private static SignatureExplanation explain(SignableRequest request) {
        return ALL_HEADERS.explain(request, DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
    }
}
