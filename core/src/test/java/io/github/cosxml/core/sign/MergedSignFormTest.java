package io.github.cosxml.core.sign;

import static io.github.cosxml.core.sign.DocVectors.DOC_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.ClientConfig;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.BasicSessionCredentials;
import com.qcloud.cos.auth.COSCredentials;
import com.qcloud.cos.http.HttpMethodName;
import com.qcloud.cos.model.GeneratePresignedUrlRequest;
import com.qcloud.cos.region.Region;
import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * The merged pre-signed form {@code ?sign=<UrlEncode(whole Authorization)>} (spec §1.4: Java
 * {@code signPrefixMode}, Go {@code SignMerged}, PHP {@code createPresignedUrl}), and the rule for a
 * parameter named {@code sign}: it is the Authorization only when the request has no {@code q-*}
 * parameters; beside them it must be listed in {@code q-url-param-list}, as a parameter of the
 * request.
 */
class MergedSignFormTest {
    private static final String TOKEN = "sessionToken_0123-abc";
    private static final Credentials TEMPORARY =
            Credentials.temporary(DOC_CREDENTIALS.secretId(), DOC_CREDENTIALS.secretKey(), TOKEN);
    private static final String D2_SIGNATURE = "cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c43";
    /** The documented download (§2.3) as the SDKs sign it (§2.6 D2), URL-encoded whole, as Go's SignMerged does. */
    private static final String D2_SIGN = "sign=q-sign-algorithm%3Dsha1%26q-ak%3DAKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
            + "%26q-sign-time%3D1557989753%3B1557996953%26q-key-time%3D1557989753%3B1557996953%26q-header-list%3Dhost"
            + "%26q-url-param-list%3Dresponse-cache-control%3Bresponse-content-type%26q-signature%3D" + D2_SIGNATURE;
    private static final String D2_PARAMETERS = "response-content-type=application%2Foctet-stream&response-cache-control=max-age%3D600";

    private final SignatureVerifier inD2Window = SignatureVerifier.builder()
            .clock(Clock.fixed(Instant.ofEpochSecond(1557990000L), ZoneOffset.UTC)).build();

    private VerificationResult verifyDownload(String query, Credentials credentials) {
        return inD2Window.verifyPresigned(QueryStrings.downloadExampleWithQuery(query), CredentialsLookup.of(credentials));
    }

    @Test
    void goSignMergedQueryVerifiesWithAndWithoutAnUnsignedToken() {
        String withoutToken = D2_PARAMETERS + "&" + D2_SIGN;
        String withToken = withoutToken + "&x-cos-security-token=" + TOKEN;
        VerificationResult plain = verifyDownload(withoutToken, DOC_CREDENTIALS);
        assertThat(plain.isValid()).as(plain.toString()).isTrue();
        VerificationResult temporary = verifyDownload(withToken, TEMPORARY);
        assertThat(temporary.isValid()).as(temporary.toString()).isTrue();
    }

    @Test
    void oneChangedByteOfTheMergedFormFails() {
        for (String query : new String[] {D2_PARAMETERS + "&" + D2_SIGN, D2_PARAMETERS + "&" + D2_SIGN + "&x-cos-security-token=" + TOKEN}) {
            String value = query.replace("max-age%3D600", "max-age%3D601");
            assertThat(verifyDownload(value, TEMPORARY).reason()).as(value).isEqualTo(Reason.SIGNATURE_MISMATCH);
            String signature = query.replace(D2_SIGNATURE, "cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c42");
            assertThat(verifyDownload(signature, TEMPORARY).reason()).as(signature).isEqualTo(Reason.SIGNATURE_MISMATCH);
            String window = query.replace("q-key-time%3D1557989753", "q-key-time%3D1557989754");
            assertThat(verifyDownload(window, TEMPORARY).reason()).as(window).isEqualTo(Reason.SIGNATURE_MISMATCH);
        }
    }

    /** The official Java SDK's {@code generatePresignedUrl} with {@code signPrefixMode}, as the oracle. */
    private static URL javaSdkPresignedUrl(COSCredentials credentials) {
        ClientConfig config = new ClientConfig(new Region("ap-beijing"));
        COSClient client = new COSClient(credentials, config);
        try {
            GeneratePresignedUrlRequest request = new GeneratePresignedUrlRequest("examplebucket-1250000000",
                    "exampleobject(腾讯云)", HttpMethodName.GET);
            request.setExpiration(new Date(System.currentTimeMillis() + 3_600_000L));
            request.addRequestParameter("response-content-type", "application/octet-stream");
            request.addRequestParameter("versionId", "v 1");
            request.setSignPrefixMode(true);
            return client.generatePresignedUrl(request);
        } finally {
            client.shutdown();
        }
    }

    private static VerificationResult verifyJavaSdkUrl(URL url, String query, Credentials credentials) {
        SignableRequest received = QueryStrings.withQuery(SignableRequest.builder().method("GET")
                .path(CosUrlEncoder.decode(url.getPath())).header("Host", url.getHost()), query);
        return SignatureVerifier.builder().build().verifyPresigned(received, CredentialsLookup.of(credentials));
    }

    @Test
    void javaSdkSignPrefixModeUrlVerifiesAndOneChangedByteFails() {
        COSCredentials[] sdkCredentials = {
                new BasicCOSCredentials(DOC_CREDENTIALS.secretId(), DOC_CREDENTIALS.secretKey()),
                new BasicSessionCredentials(DOC_CREDENTIALS.secretId(), DOC_CREDENTIALS.secretKey(), TOKEN)};
        for (COSCredentials sdk : sdkCredentials) {
            URL url = javaSdkPresignedUrl(sdk);
            String query = url.getQuery();
            assertThat(query).startsWith("sign=q-sign-algorithm%3Dsha1%26q-ak%3D" + DOC_CREDENTIALS.secretId())
                    .doesNotContain("&q-");
            Credentials credentials = sdk instanceof BasicSessionCredentials ? TEMPORARY : DOC_CREDENTIALS;
            assertThat(query.contains("x-cos-security-token=" + TOKEN)).isEqualTo(credentials == TEMPORARY);

            VerificationResult r = verifyJavaSdkUrl(url, query, credentials);
            assertThat(r.isValid()).as(query + " -> " + r).isTrue();
            String value = query.replace("versionId=v%201", "versionId=v%202");
            assertThat(value).isNotEqualTo(query);
            assertThat(verifyJavaSdkUrl(url, value, credentials).reason()).as(value).isEqualTo(Reason.SIGNATURE_MISMATCH);
            int digit = query.indexOf("q-signature%3D") + "q-signature%3D".length();
            String signature = query.substring(0, digit) + (query.charAt(digit) == '0' ? '1' : '0') + query.substring(digit + 1);
            assertThat(verifyJavaSdkUrl(url, signature, credentials).reason()).as(signature).isEqualTo(Reason.SIGNATURE_MISMATCH);
        }
    }

    @Test
    void aSignedParameterNamedSignBesideTheQFieldsIsAParameter() {
        SignableRequest request = SignableRequest.builder().method("GET").path("/a").parameter("sign", "abc")
                .header("Host", DocVectors.HOST).build();
        for (Credentials credentials : new Credentials[] {DOC_CREDENTIALS, TEMPORARY}) {
            String query = CosSigner.builder().build().presignedQuery(request, credentials, DocVectors.DOWNLOAD_KEY_TIME);
            assertThat(query).contains("sign=abc&").contains("q-url-param-list=sign");
            VerificationResult r = inD2Window.verifyPresigned(received(query), CredentialsLookup.of(credentials));
            assertThat(r.isValid()).as(r.toString()).isTrue();
            assertThat(inD2Window.verifyPresigned(received(query.replace("sign=abc", "sign=abd")),
                    CredentialsLookup.of(credentials)).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        }
    }

    private static SignableRequest received(String query) {
        return QueryStrings.withQuery(SignableRequest.builder().method("GET").path("/a").header("Host", DocVectors.HOST), query);
    }

    @Test
    void theMergedSignIsNotAParameterOfTheRequestItSigns() {
        SignableRequest withSign = SignableRequest.builder().method("GET").path("/a").parameter("sign", "abc")
                .header("Host", DocVectors.HOST).build();
        String listsSign = CosSigner.builder().build().authorization(withSign, DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);
        VerificationResult r = inD2Window.verifyPresigned(received("sign=" + CosUrlEncoder.encode(listsSign)),
                CredentialsLookup.of(DOC_CREDENTIALS));
        assertThat(r.reason()).isEqualTo(Reason.MISSING_PARAMETER);
        assertThat(r.message()).contains("'sign'");
    }

    @Test
    void anUnlistedSignBesideTheQFieldsIsMalformed() {
        String qForm = CosSigner.builder().build().presignedQuery(DocVectors.download(), DOC_CREDENTIALS,
                DocVectors.DOWNLOAD_KEY_TIME);
        assertThat(verifyDownload(qForm, DOC_CREDENTIALS).isValid()).isTrue();
        for (String sign : new String[] {"sign=abc", D2_SIGN}) {
            VerificationResult r = verifyDownload(qForm + "&" + sign, DOC_CREDENTIALS);
            assertThat(r.reason()).as(sign).isEqualTo(Reason.MALFORMED);
            assertThat(r.message()).contains("'sign'").contains("q-url-param-list").contains("one form");
        }
    }

    @Test
    void aSignThatIsNoAuthorizationIsMalformed() {
        for (String sign : new String[] {"sign=abc", "sign", "sign=", "sign=q-sign-algorithm%3Dsha1"}) {
            VerificationResult r = verifyDownload(D2_PARAMETERS + "&" + sign, DOC_CREDENTIALS);
            assertThat(r.reason()).as(sign).isEqualTo(Reason.MALFORMED);
            assertThat(r.message()).as(sign).contains("'sign'").contains("no valid Authorization");
        }
    }

    @Test
    void noAuthorizationAtAllIsMalformedAndNamesBothForms() {
        VerificationResult r = verifyDownload(D2_PARAMETERS, DOC_CREDENTIALS);
        assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(r.message()).contains("q-signature").contains("sign=");
    }
}
