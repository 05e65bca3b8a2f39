package io.github.cosxml.core.sign;

import static io.github.cosxml.core.sign.DocVectors.DOC_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.ClientConfig;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.http.HttpMethodName;
import com.qcloud.cos.model.GeneratePresignedUrlRequest;
import com.qcloud.cos.region.Region;
import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link CosSigner#presignedUrl}: the whole URL, its path encoded segment by segment as the official
 * Java SDK encodes it, which a server rebuilds with {@code wirePath}/{@code wireQuery} and verifies.
 */
class PresignedUrlTest {
    private static final String HOST = DocVectors.HOST;
    private static final SignatureVerifier IN_WINDOW = SignatureVerifier.builder()
            .clock(Clock.fixed(Instant.ofEpochSecond(1557990000L), ZoneOffset.UTC)).build();
    private static final CosSigner SIGNER = CosSigner.builder().build();

    /** Paths with what a URL must encode: CJK, space, {@code +}, {@code %}, {@code ?}, {@code #}, adjacent slashes. */
    @ParameterizedTest
    @ValueSource(strings = {"/exampleobject(腾讯云)", "/photos/a b+c.jpg", "/100%/done?#.txt", "/a//b/", "//x///", "/", "/~user/-_.txt",
        "/a/../b", "/./x", "/a/..", "/..", "/.", "/v1./x", "/.../x"})
    void theUrlOfAnyKeyVerifiesWhereAServerRebuildsItFromTheRequestLine(String path) {
        SignableRequest request = DocVectors.downloadWithPath(path);

        String url = SIGNER.presignedUrl("https", request, DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);

        URI uri = URI.create(url);
        assertThat(uri.getScheme()).isEqualTo("https");
        assertThat(uri.getRawAuthority()).isEqualTo(HOST);
        assertThat(uri.getRawPath()).isEqualTo(CosUrlEncoder.encodePath(path));
        assertThat(uri.getRawQuery()).isEqualTo(SIGNER.presignedQuery(request, DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME));
        SignableRequest received = SignableRequest.builder().method("GET").wirePath(uri.getRawPath())
                .wireQuery(uri.getRawQuery()).header("Host", uri.getRawAuthority()).build();
        VerificationResult result = IN_WINDOW.verifyPresigned(received, CredentialsLookup.of(DOC_CREDENTIALS));
        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(received.path()).isEqualTo(path);
    }

    @Test
    void theDocumentedKeysPathIsEncodedOnceWithTheSlashesKept() {
        assertThat(CosUrlEncoder.encodePath("/exampleobject(腾讯云)"))
                .isEqualTo("/exampleobject%28%E8%85%BE%E8%AE%AF%E4%BA%91%29");
        assertThat(CosUrlEncoder.encodePath("/photos/a b+c.jpg")).isEqualTo("/photos/a%20b%2Bc.jpg");
        assertThat(CosUrlEncoder.encodePath("/a//b/")).as("adjacent slashes, as the Java SDK writes them").isEqualTo("/a/%2Fb/");
        assertThat(CosUrlEncoder.encodePath("//x///")).isEqualTo("/%2Fx/%2F%2F");
        assertThat(CosUrlEncoder.encodePath("")).isEmpty();
        assertThat(CosUrlEncoder.encodePath("/a/../b")).as("a slash after a dot, as the Java SDK writes it").isEqualTo("/a/..%2Fb");
        assertThat(CosUrlEncoder.encodePath("/a/..")).as("a last dot-segment, as the Java SDK leaves it").isEqualTo("/a/..");
        assertThat(CosUrlEncoder.encodePath("/a/...")).as("not a dot-segment").isEqualTo("/a/...");
    }

    /**
     * A client that removes dot-segments before sending (RFC 3986, 5.2.4, as {@link URI#normalize()} and curl do)
     * leaves the encoded path as it is, so the server receives the path that was signed; but for a last segment
     * that is {@code .} or {@code ..}, which no encoding protects.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/a/../b", "/./x", "/a/./b", "/../../etc/passwd", "/a/.../b", "/a/b./c"})
    void dotSegmentsSurviveAClientThatNormalisesThePath(String path) {
        String url = SIGNER.presignedUrl("https", DocVectors.downloadWithPath(path), DOC_CREDENTIALS);

        URI normalised = URI.create(url).normalize();
        assertThat(normalised.getRawPath()).isEqualTo(CosUrlEncoder.encodePath(path));
        assertThat(CosUrlEncoder.decode(normalised.getRawPath())).isEqualTo(path);
    }

    /** The official Java SDK's {@code generatePresignedUrl} encodes the key's path the same way (it drops a key's leading {@code /}, so these have none). */
    @ParameterizedTest
    @ValueSource(strings = {"exampleobject(腾讯云)", "photos/a b+c.jpg", "100%/done?#.txt", "a//b/", "x///", "~user/-_.txt*!'",
        "a/../b", "./x", "a/./b", "../../etc/passwd", "v1./x"})
    void thePathIsTheOneTheJavaSdkPutsInItsUrl(String key) {
        ClientConfig config = new ClientConfig(new Region("ap-beijing"));
        COSClient client = new COSClient(new BasicCOSCredentials(DOC_CREDENTIALS.secretId(), DOC_CREDENTIALS.secretKey()), config);
        String sdkPath;
        try {
            GeneratePresignedUrlRequest sdk = new GeneratePresignedUrlRequest("examplebucket-1250000000", key, HttpMethodName.GET);
            sdk.setExpiration(new Date(System.currentTimeMillis() + 3_600_000L));
            sdkPath = URI.create(client.generatePresignedUrl(sdk).toString()).getRawPath();
        } finally {
            client.shutdown();
        }
        String url = SIGNER.presignedUrl("https", DocVectors.downloadWithPath("/" + key), DOC_CREDENTIALS);

        assertThat(URI.create(url).getRawPath()).isEqualTo(sdkPath);
    }

    @Test
    void aTemporaryCredentialsUrlCarriesTheToken() {
        Credentials temporary = Credentials.temporary(DOC_CREDENTIALS.secretId(), DOC_CREDENTIALS.secretKey(), "token+/=");

        String url = SIGNER.presignedUrl("http", DocVectors.download(), temporary, DocVectors.DOWNLOAD_KEY_TIME);

        assertThat(url).startsWith("http://" + HOST + "/exampleobject%28").contains("x-cos-security-token=token%2B%2F%3D");
    }

    @Test
    void anotherSchemeOrNoHostIsRefusedWithWhatToDo() {
        SignableRequest request = DocVectors.download();
        assertThat(SIGNER.presignedUrl("HTTPS", request, DOC_CREDENTIALS)).as("schemes are case-insensitive")
                .startsWith("https://" + HOST + "/");
        assertThatThrownBy(() -> CosUrlEncoder.encodePath(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("path is null");
        for (String scheme : new String[] {"ftp", "ftps", "", null}) {
            assertThatThrownBy(() -> SIGNER.presignedUrl(scheme, request, DOC_CREDENTIALS)).as(scheme)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("scheme '" + scheme + "' is not https or http; pass \"https\"");
        }
        SignableRequest noHost = SignableRequest.builder().method("GET").path("/a.txt").build();
        assertThatThrownBy(() -> SIGNER.presignedUrl("https", noHost, DOC_CREDENTIALS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the request has no Host header (or an empty one), so a URL has no host; add .header(\"Host\"");
    }

    @Test
    void aRawPathThatIsNoPathSaysWhatToPassAndTheEmptyOneIsTheRoot() {
        assertThatThrownBy(() -> SignableRequest.builder().wirePath("exampleobject%28"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("raw path 'exampleobject%28' does not start with '/'; pass the path of the request line");
        assertThat(SignableRequest.builder().method("GET").wirePath("").build().path()).isEqualTo("/");
    }

    @Test
    void aChangedPathFailsVerification() {
        String url = SIGNER.presignedUrl("https", DocVectors.download(), DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);
        URI uri = URI.create(url.replace("%28", "%29"));
        SignableRequest received = SignableRequest.builder().method("GET").wirePath(uri.getRawPath())
                .wireQuery(uri.getRawQuery()).header("Host", HOST).build();

        assertThat(IN_WINDOW.verifyPresigned(received, CredentialsLookup.of(DOC_CREDENTIALS)).reason())
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }
}
