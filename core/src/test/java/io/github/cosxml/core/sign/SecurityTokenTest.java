package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Temporary credentials: the token is signed, as a header (header form) or a parameter (pre-signed form). */
class SecurityTokenTest {
    private static final Credentials TEMPORARY = Credentials.temporary("AKIDtmp", "tmpSecretKey", "token+/=value");
    private static final KeyTime KEY_TIME = KeyTime.of(1700000000L, 1700003600L);
    private final CosSigner signer = CosSigner.builder().build();
    private final SignatureVerifier verifier = SignatureVerifier.builder()
            .clock(Clock.fixed(Instant.ofEpochSecond(1700000100L), ZoneOffset.UTC)).build();

    private static SignableRequest get(String host) {
        return SignableRequest.builder().method("GET").path("/a.jpg").header("Host", host).build();
    }

    @Test
    void cosHostsSignTheCosTokenHeader() {
        SignableRequest request = get("bucket-1250000000.cos.ap-beijing.myqcloud.com");
        SignatureExplanation e = signer.explain(request, TEMPORARY, KEY_TIME);
        assertThat(e.headerList()).isEqualTo("host;x-cos-security-token");
        assertThat(e.httpHeaders()).endsWith("&x-cos-security-token=token%2B%2F%3Dvalue");
        String authorization = signer.authorization(request, TEMPORARY, KEY_TIME);
        assertThat(authorization).isEqualTo(e.authorization());

        SignableRequest sent = request.toBuilder().header("x-cos-security-token", TEMPORARY.sessionToken()).build();
        assertThat(verifier.verify(sent, authorization, TEMPORARY).isValid()).isTrue();
        assertThat(verifier.verify(request, authorization, TEMPORARY).reason())
                .as("the token header must be sent").isEqualTo(VerificationResult.Reason.MISSING_HEADER);
    }

    @Test
    void ciHostsSignTheCiTokenHeader() {
        assertThat(signer.explain(get("bucket-1250000000.ci.ap-beijing.myqcloud.com"), TEMPORARY, KEY_TIME).headerList())
                .isEqualTo("host;x-ci-security-token");
        assertThat(signer.explain(get("bucket-1250000000.pic.ap-beijing.myqcloud.com"), TEMPORARY, KEY_TIME).headerList())
                .isEqualTo("host;x-ci-security-token");
        assertThat(SecurityToken.nameFor(get("cicada-1250000000.cos.ap-beijing.myqcloud.com"))).isEqualTo(SecurityToken.COS_NAME);
    }

    @Test
    void tokenIsSignedEvenWhenThePolicyWouldNotSignIt() {
        CosSigner hostOnly = CosSigner.builder().headerPolicy(HeaderPolicy.only("host")).build();
        assertThat(hostOnly.explain(get("b.cos.ap-beijing.myqcloud.com"), TEMPORARY, KEY_TIME).headerList())
                .isEqualTo("host;x-cos-security-token");
    }

    @Test
    void presignedQueryCarriesAndSignsTheToken() {
        SignableRequest request = get("bucket-1250000000.cos.ap-beijing.myqcloud.com");
        String query = signer.presignedQuery(request, TEMPORARY, KEY_TIME);
        assertThat(query).startsWith("x-cos-security-token=token%2B%2F%3Dvalue&q-sign-algorithm=sha1&q-ak=AKIDtmp&")
                .contains("&q-url-param-list=x-cos-security-token&");
        SignableRequest received = QueryStrings.withQuery(SignableRequest.builder().method("GET").path("/a.jpg")
                .header("Host", "bucket-1250000000.cos.ap-beijing.myqcloud.com"), query);
        assertThat(verifier.verifyPresigned(received, CredentialsLookup.of(TEMPORARY)).isValid()).isTrue();
    }

    @Test
    void explainPresignedExplainsWhatThePresignedQuerySigns() {
        SignableRequest request = get("bucket-1250000000.ci.ap-beijing.myqcloud.com").toBuilder().parameter("ci-process", "x").build();
        String query = signer.presignedQuery(request, TEMPORARY, KEY_TIME);
        SignatureExplanation presigned = signer.explainPresigned(request, TEMPORARY, KEY_TIME);
        assertThat(query).endsWith("&q-signature=" + presigned.signature());
        assertThat(presigned.urlParamList()).isEqualTo("ci-process;x-ci-security-token");
        assertThat(presigned.httpParameters()).isEqualTo("ci-process=x&x-ci-security-token=token%2B%2F%3Dvalue");
        assertThat(presigned.headerList()).isEqualTo("host");
        assertThat(signer.explain(request, TEMPORARY, KEY_TIME).signature())
                .as("the header form signs the token as a header: another signature").isNotEqualTo(presigned.signature());

        Credentials permanent = Credentials.of("AKIDtmp", "tmpSecretKey");
        assertThat(signer.explainPresigned(request, permanent, KEY_TIME).signature())
                .isEqualTo(signer.explain(request, permanent, KEY_TIME).signature())
                .isEqualTo(signer.presignedQuery(request, permanent, KEY_TIME).replaceAll(".*q-signature=", ""));
    }

    @Test
    void aDifferentTokenAlreadyInTheRequestIsRejected() {
        SignableRequest request = get("b.cos.ap-beijing.myqcloud.com").toBuilder().header("x-cos-security-token", "other").build();
        assertThatThrownBy(() -> signer.authorization(request, TEMPORARY, KEY_TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-cos-security-token header")
                .hasMessageNotContaining("token+/=value").hasMessageNotContaining("tmpSecretKey");
        SignableRequest same = get("b.cos.ap-beijing.myqcloud.com").toBuilder()
                .header("x-cos-security-token", TEMPORARY.sessionToken()).build();
        assertThat(signer.authorization(same, TEMPORARY, KEY_TIME))
                .isEqualTo(signer.authorization(get("b.cos.ap-beijing.myqcloud.com"), TEMPORARY, KEY_TIME));
    }

    @Test
    void toStringNeverShowsTheToken() {
        SignableRequest request = get("b.cos.ap-beijing.myqcloud.com").toBuilder()
                .header("x-cos-security-token", TEMPORARY.sessionToken()).header("Authorization", "q-sign-algorithm=sha1&q-ak=x")
                .parameter("x-ci-security-token", "token+/=value").build();
        assertThat(request.toString()).doesNotContain("token+/=value").doesNotContain("q-ak=x").contains("x-cos-security-token: ****");
        SignatureExplanation e = signer.explain(get("b.cos.ap-beijing.myqcloud.com"), TEMPORARY, KEY_TIME);
        assertThat(e.httpHeaders()).contains("token%2B%2F%3Dvalue");
        assertThat(e.toString()).doesNotContain("token%2B%2F%3Dvalue").doesNotContain(e.signKey())
                .contains("HeaderList=host;x-cos-security-token").contains("Signature=" + e.signature());
    }

    @Test
    void mismatchMessageDoesNotShowTheToken() {
        SignableRequest sent = get("b.cos.ap-beijing.myqcloud.com").toBuilder()
                .header("x-cos-security-token", TEMPORARY.sessionToken()).build();
        String authorization = signer.authorization(get("b.cos.ap-beijing.myqcloud.com"), TEMPORARY, KEY_TIME);
        SignableRequest tampered = SignableRequest.builder().method("GET").path("/b.jpg")
                .header("Host", "b.cos.ap-beijing.myqcloud.com").header("x-cos-security-token", TEMPORARY.sessionToken()).build();
        assertThat(verifier.verify(sent, authorization, TEMPORARY).isValid()).isTrue();
        VerificationResult r = verifier.verify(tampered, authorization, TEMPORARY);
        assertThat(r.reason()).isEqualTo(VerificationResult.Reason.SIGNATURE_MISMATCH);
        assertThat(r.message()).doesNotContain("token%2B%2F%3Dvalue").doesNotContain("token+/=value");
        assertThat(r.httpString()).startsWith("get\n/b.jpg\n\n").contains("x-cos-security-token=token%2B%2F%3Dvalue");
    }
}
