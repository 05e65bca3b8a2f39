package io.github.cosxml.core.cli;

import static io.github.cosxml.core.cli.MainTest.args;
import static io.github.cosxml.core.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.cli.MainTest.Run;
import io.github.cosxml.core.sign.CosUrlEncoder;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code verify --url}: a whole pre-signed URL, as presign (or another SDK) makes it, checked in one command. */
class VerifyUrlTest {
    private static final String SECRET_ID = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q";
    private static final Map<String, String> ENV = Collections.singletonMap("COSXML_SECRET_KEY",
            "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    private static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
    private static final String[] DOWNLOAD = {"--secret-id", SECRET_ID, "--method", "GET", "--path", "/exampleobject(腾讯云)",
        "--param", "response-content-type=application/octet-stream", "--param", "response-cache-control=max-age=600",
        "--header", "Host: " + HOST, "--key-time", "1557989753;1557996953"};
    private static final String DURING = "1557990000";

    private static String presignedUrl(String... extra) {
        Run presign = run(ENV, args(args(new String[] {"presign", "--scheme", "https"}, DOWNLOAD), extra));
        assertThat(presign.exit).as(presign.err).isZero();
        return presign.out.trim();
    }

    /** presign --scheme prints the whole URL: the Host, the path encoded as a URL carries it, the query. */
    @Test
    void presignWithASchemePrintsTheWholeUrl() {
        Run query = run(ENV, args(new String[] {"presign"}, DOWNLOAD));

        assertThat(presignedUrl()).isEqualTo("https://" + HOST + "/exampleobject%28%E8%85%BE%E8%AE%AF%E4%BA%91%29?"
                + query.out.trim());
        assertThat(run(ENV, args(new String[] {"presign", "--scheme", "HTTP"}, DOWNLOAD)).out).startsWith("http://" + HOST + "/");
        Run ftp = run(ENV, args(new String[] {"presign", "--scheme", "ftp"}, DOWNLOAD));
        assertThat(ftp.exit).isEqualTo(2);
        assertThat(ftp.err).contains("scheme 'ftp' is not https or http");
        for (String command : new String[] {"sign", "explain", "verify"}) {
            Run other = run(ENV, args(new String[] {command, "--scheme", "https", "--authorization", "x"}, DOWNLOAD));
            assertThat(other.exit).as(command).isEqualTo(2);
            assertThat(other.err).as(command).contains("--scheme applies to presign only");
        }
        Run noHost = run(ENV, "presign", "--secret-id", SECRET_ID, "--method", "GET", "--path", "/a", "--sign-headers", "all",
                "--scheme", "https");
        assertThat(noHost.exit).isEqualTo(2);
        assertThat(noHost.err).contains("--scheme needs --header 'Host: ...'");
    }

    @Test
    void aPresignedUrlVerifiesWithoutRestatingTheRequest() {
        String url = presignedUrl();

        Run r = run(ENV, "verify", "--url", url, "--now", DURING);

        assertThat(r.err).isEmpty();
        assertThat(r.exit).isZero();
        assertThat(r.out.trim()).isEqualTo("valid");
    }

    @Test
    void theSessionTokenInTheUrlIsSignedAndChecked() {
        String url = presignedUrl("--security-token", "token-1");
        assertThat(url).contains("x-cos-security-token=token-1");

        assertThat(run(ENV, "verify", "--url", url, "--now", DURING).exit).isZero();
        Run changed = run(ENV, "verify", "--url", url.replace("token-1", "token-2"), "--now", DURING);
        assertThat(changed.exit).isEqualTo(1);
        assertThat(changed.out).startsWith("invalid (SIGNATURE_MISMATCH)");
    }

    @Test
    void theMergedSignFormVerifies() {
        String query = presignedUrl().substring(presignedUrl().indexOf('?') + 1);
        String authorization = CosUrlEncoder.decode(query.substring(query.indexOf("q-sign-algorithm")));
        String parameters = query.substring(0, query.indexOf("q-sign-algorithm"));
        String merged = "https://" + HOST + "/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)?" + parameters + "sign="
                + CosUrlEncoder.encode(authorization);

        assertThat(run(ENV, "verify", "--url", merged, "--now", DURING).exit).isZero();
    }

    @Test
    void aChangedUrlFailsWithTheReasonAndWhatTheVerifierSigned() {
        String url = presignedUrl();

        Run otherValue = run(ENV, "verify", "--url", url.replace("max-age%3D600", "max-age%3D601"), "--now", DURING);
        assertThat(otherValue.exit).isEqualTo(1);
        assertThat(otherValue.out).startsWith("invalid (SIGNATURE_MISMATCH)")
                .contains("HttpString: get\\n/exampleobject(腾讯云)\\nresponse-cache-control=max-age%3D601");

        Run otherHost = run(ENV, "verify", "--url", url.replace(HOST, "other-1250000000.cos.ap-beijing.myqcloud.com"),
                "--now", DURING);
        assertThat(otherHost.out).startsWith("invalid (SIGNATURE_MISMATCH)");

        Run late = run(ENV, "verify", "--url", url, "--now", "1557996954");
        assertThat(late.exit).isEqualTo(1);
        assertThat(late.out).startsWith("invalid (EXPIRED)");

        Run unsigned = run(ENV, "verify", "--url", url.substring(0, url.indexOf('?')), "--now", DURING);
        assertThat(unsigned.out).startsWith("invalid (MALFORMED)");
    }

    @Test
    void aGivenHostHeaderReplacesTheUrlsHost() {
        String url = presignedUrl().replace(HOST, "127.0.0.1:8080");

        assertThat(run(ENV, "verify", "--url", url, "--now", DURING).exit).isEqualTo(1);
        assertThat(run(ENV, "verify", "--url", url, "--header", "Host: " + HOST, "--now", DURING).exit).isZero();
    }

    @Test
    void theSchemesOwnPortIsNotPartOfTheHost() {
        String url = presignedUrl().replace(HOST, HOST + ":443");

        assertThat(run(ENV, "verify", "--url", url, "--now", DURING).exit).isZero();
    }

    @Test
    void errorsDoNotShowTheQueryWhichMayHoldAToken() {
        Run notHttp = run(ENV, "verify", "--url", "ftp://h/k?x-cos-security-token=secret-token-1");
        Run badValue = run(ENV, "verify", "--url", "https://h/k?x-cos-security-token=secret%ZZtoken");

        assertThat(notHttp.err).contains("is not an http(s) URL").doesNotContain("secret-token-1");
        assertThat(badValue.err).contains("value of query parameter 'x-cos-security-token' does not decode")
                .doesNotContain("secret%ZZtoken");
    }

    @Test
    void aQakThatCannotBeASecretIdIsAnInvalidSignatureNotAUsageError() {
        String url = presignedUrl().replace("q-ak=" + SECRET_ID, "q-ak=AK%3DID");

        Run r = run(ENV, "verify", "--url", url, "--now", DURING);

        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.out).startsWith("invalid (");
    }

    @Test
    void anotherSecretIdIsUnknown() {
        Run r = run(ENV, "verify", "--url", presignedUrl(), "--secret-id", "AKIDother", "--now", DURING);

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).startsWith("invalid (UNKNOWN_SECRET_ID)");
    }

    @Test
    void aUrlThatCannotBeReadIsAUsageError() {
        String url = presignedUrl();
        Object[][] cases = {
            {new String[] {"verify", "--url", "examplebucket/key?q-ak=x"}, "is not an http(s) URL"},
            {new String[] {"verify", "--url", "https:///key?q-ak=x"}, "has no host"},
            {new String[] {"verify", "--url", url, "--path", "/"}, "--url and --path both describe the request"},
            {new String[] {"verify", "--url", url, "--authorization", "q-sign-algorithm=sha1"}, "drop --authorization"},
            {new String[] {"verify", "--url", url, "--param", "a=1"}, "put every parameter in the URL"},
            {new String[] {"verify", "--url", "https://h/%E8%85?q-ak=x"}, "--url path"},
            {new String[] {"verify", "--url", "https://h/k?=1"}, "query parameter without a name"},
            {new String[] {"sign", "--url", url}, "--url applies to verify only"},
        };
        for (Object[] c : cases) {
            String[] arguments = (String[]) c[0];
            Run r = run(ENV, arguments);
            assertThat(r.exit).as(String.join(" ", arguments)).isEqualTo(2);
            assertThat(r.err).as(String.join(" ", arguments)).startsWith("cosxml: ").contains((String) c[1]);
        }
    }
}
