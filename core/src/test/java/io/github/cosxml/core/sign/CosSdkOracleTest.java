package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSSigner;
import com.qcloud.cos.http.HttpMethodName;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK ({@code com.qcloud:cos_api} {@code COSSigner}) as an oracle: with the same
 * KeyTime our {@code sdkDefault()} Authorization is identical. Inputs respect the SDK's documented
 * differences (spec §3.1): it trims keys and values with {@code String.trim()}, so generated
 * parameters do not start or end with characters up to U+0020 (we sign parameters exactly; header
 * values we trim as HTTP does).
 */
class CosSdkOracleTest {
    private static final COSSigner SDK = new COSSigner();
    private static final BasicCOSCredentials SDK_CREDENTIALS =
            new BasicCOSCredentials(DocVectors.DOC_CREDENTIALS.secretId(), DocVectors.DOC_CREDENTIALS.secretKey());

    private final CosSigner ours = CosSigner.builder().build();

    /** A request the SDK can sign: one of its methods, a Host header, headers it signs and some it does not. */
    static final class Case {
        final HttpMethodName method;
        final String path;
        final List<Tuple.Tuple2<String, String>> parameters;
        final List<Tuple.Tuple2<String, String>> headers;

        Case(HttpMethodName method, String path, List<Tuple.Tuple2<String, String>> parameters,
                List<Tuple.Tuple2<String, String>> headers) {
            this.method = method;
            this.path = path;
            this.parameters = parameters;
            this.headers = headers;
        }

        SignableRequest request() {
            SignableRequest.Builder b = SignableRequest.builder().method(method.name()).path(path)
                    .header("Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com");
            for (Tuple.Tuple2<String, String> p : parameters) {
                b.parameter(p.get1(), p.get2());
            }
            for (Tuple.Tuple2<String, String> h : headers) {
                b.header(h.get1(), h.get2());
            }
            return b.build();
        }

        Map<String, String> sdkHeaders() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com");
            for (Tuple.Tuple2<String, String> h : headers) {
                m.put(h.get1(), h.get2());
            }
            return m;
        }

        Map<String, String> sdkParameters() {
            Map<String, String> m = new LinkedHashMap<>();
            for (Tuple.Tuple2<String, String> p : parameters) {
                m.put(p.get1(), p.get2());
            }
            return m;
        }

        @Override
        public String toString() {
            return method + " " + path + " params=" + parameters + " headers=" + headers;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> headerName = Arbitraries.oneOf(Generators.headerName(),
                Arbitraries.of("Cache-Control", "Content-Disposition", "Content-Encoding", "Content-Length",
                        "Content-MD5", "Content-Type", "Expect", "Expires", "If-Match", "If-Modified-Since",
                        "If-None-Match", "If-Unmodified-Since", "Origin", "Range", "Transfer-Encoding",
                        "Pic-Operations", "x-cos-acl", "x-cos-grant-read", "x-cos-meta-author", "X-CI-Workflow",
                        "Date", "User-Agent", "Authorization-Extra", "x-amz-date", "response-content-type"))
                .filter(n -> !n.equalsIgnoreCase("host") && HttpSyntax.isToken(n));
        Arbitrary<String> headerValue = Generators.headerValue().map(v -> v.replace('\t', ' ').replace('\u0001', 'a'));
        return Combinators.combine(
                Arbitraries.of(HttpMethodName.GET, HttpMethodName.PUT, HttpMethodName.POST, HttpMethodName.DELETE,
                        HttpMethodName.HEAD),
                Generators.path(),
                Generators.parameters(Generators.untrimmableText(1, 12), Generators.untrimmableText(0, 20)),
                Generators.headers(headerName, headerValue))
                .as(Case::new).withoutEdgeCases();
    }

    @Property(tries = 1000)
    void sdkDefaultAuthorizationIsIdenticalToCosSigner(@ForAll("cases") Case c,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long start) {
        KeyTime keyTime = KeyTime.of(start, start + 3600);
        String sdk = SDK.buildAuthorizationStr(c.method, c.path, c.sdkHeaders(), c.sdkParameters(), SDK_CREDENTIALS,
                new Date(keyTime.startSeconds() * 1000), new Date(keyTime.endSeconds() * 1000), true);
        assertThat(ours.authorization(c.request(), DocVectors.DOC_CREDENTIALS, keyTime)).isEqualTo(sdk);
    }

    @Test
    void sdkReproducesD1AndD2LikeUs() {
        CosSdkOracleTest.Case upload = new Case(HttpMethodName.PUT, DocVectors.PATH, List.of(), List.of(
                Tuple.of("Date", "Thu, 16 May 2019 06:45:51 GMT"), Tuple.of("Content-Type", "text/plain"),
                Tuple.of("Content-Length", "13"), Tuple.of("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg=="),
                Tuple.of("x-cos-acl", "private"), Tuple.of("x-cos-grant-read", "uin=\"100000000011\"")));
        String sdk = SDK.buildAuthorizationStr(upload.method, upload.path, upload.sdkHeaders(), upload.sdkParameters(),
                SDK_CREDENTIALS, new Date(1557989151000L), new Date(1557996351000L), true);
        assertThat(sdk).endsWith("q-signature=fc4e4717b501da12715d5fc84a4880a87ad2b7ab");
        assertThat(ours.authorization(upload.request(), DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME)).isEqualTo(sdk);
    }
}
