package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad input gets an IllegalArgumentException that names the parameter and the fix. */
class InputValidationTest {
    @Test
    void blankSecretIdOrKey() {
        assertThatThrownBy(() -> Credentials.of(" ", "key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secretId is blank");
        assertThatThrownBy(() -> Credentials.of(null, "key")).hasMessageContaining("secretId is null");
        assertThatThrownBy(() -> Credentials.of("AKID1", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secretKey is blank").hasMessageContaining("AKID1");
        assertThatThrownBy(() -> Credentials.of("AK&ID", "k")).hasMessageContaining("q-ak");
        assertThatThrownBy(() -> Credentials.temporary("AKID", "k", "")).hasMessageContaining("sessionToken is empty");
    }

    @Test
    void credentialsNeverShowTheKeyOrToken() {
        Credentials c = Credentials.temporary("AKIDabc", "SuperSecretKey123", "TokenValue987");
        assertThat(c.toString()).contains("AKIDabc").doesNotContain("SuperSecretKey123").doesNotContain("TokenValue987");
    }

    @Test
    void keyTimeMustBeDigitsSemicolonDigitsAndOrdered() {
        assertThatThrownBy(() -> KeyTime.parse("10;5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end 5 is before its start 10");
        for (String bad : new String[] {"", "1", "1;", ";2", "a;b", "1;2;3", "-1;2", "1 ;2", "1,2"}) {
            assertThatThrownBy(() -> KeyTime.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("digits;digits");
        }
        assertThatThrownBy(() -> KeyTime.of(5, 4)).hasMessageContaining("before its start");
        assertThat(KeyTime.parse("1557989151;1557996351")).isEqualTo(KeyTime.of(1557989151L, 1557996351L));
        assertThat(KeyTime.parse("7;7").toString()).isEqualTo("7;7");
    }

    @Test
    void nullArgumentsOfTheSignerAndVerifierAreNamed() {
        CosSigner signer = CosSigner.builder().build();
        SignableRequest request = DocVectors.download();
        Credentials credentials = DocVectors.DOC_CREDENTIALS;
        KeyTime keyTime = DocVectors.DOWNLOAD_KEY_TIME;
        assertNamed(() -> signer.authorization(null, credentials), "request is null; pass a SignableRequest");
        assertNamed(() -> signer.authorization(request, null), "credentials is null; pass Credentials.of(");
        assertNamed(() -> signer.authorization(request, credentials, null), "keyTime is null; pass KeyTime.of(");
        assertNamed(() -> signer.presignedQuery(null, credentials, keyTime), "request is null");
        assertNamed(() -> signer.presignedQuery(request, null), "credentials is null");
        assertNamed(() -> signer.presignedUrl("https", request, null), "credentials is null");
        assertNamed(() -> signer.explain(request, credentials, null), "keyTime is null");
        assertNamed(() -> signer.explainPresigned(request, null, keyTime), "credentials is null");

        SignatureVerifier verifier = SignatureVerifier.builder().build();
        String authorization = signer.authorization(request, credentials, keyTime);
        assertNamed(() -> verifier.verify(null, authorization, credentials), "request is null; pass the SignableRequest received");
        assertNamed(() -> verifier.verify(request, authorization, (CredentialsLookup) null),
                "credentials is null; pass CredentialsLookup.of(credentials)");
        assertNamed(() -> verifier.verify(request, authorization, (Credentials) null), "credentials is null; pass Credentials.of(");
        assertNamed(() -> verifier.verifyPresigned(null, CredentialsLookup.of(credentials)), "request is null");
        assertNamed(() -> verifier.verify(request, (Authorization) null, CredentialsLookup.of(credentials)),
                "authorization is null; pass Authorization.parse(header)");
        assertNamed(() -> CredentialsLookup.of(null), "credentials is null");
        assertThat(verifier.verify(request, (String) null, credentials).reason()).as("a missing header is a verdict")
                .isEqualTo(VerificationResult.Reason.MALFORMED);
    }

    private static void assertNamed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void pathMustStartWithSlash() {
        assertThatThrownBy(() -> SignableRequest.builder().path("exampleobject")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path 'exampleobject' does not start with '/'");
        assertThatThrownBy(() -> SignableRequest.builder().path(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("path is null; pass \"/\" + objectKey");
        assertThatThrownBy(() -> SignableRequest.builder().method("GET").build()).hasMessageContaining("path is not set");
        assertThatThrownBy(() -> SignableRequest.builder().path("/").build()).hasMessageContaining("method is not set");
    }

    @Test
    void methodMustBeAnHttpToken() {
        for (String bad : new String[] {"", "GET ", "G(ET", "ПУТ", "GET\n"}) {
            assertThatThrownBy(() -> SignableRequest.builder().method(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an HTTP token");
        }
    }

    @Test
    void crOrLfInHeaderNameOrValue() {
        assertThatThrownBy(() -> SignableRequest.builder().header("x-cos-a\r\nb", "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains CR or LF")
                .hasMessageContaining("x-cos-a\\r\\nb");
        assertThatThrownBy(() -> SignableRequest.builder().header("x-cos-a", "v\r\nInjected: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value of header 'x-cos-a' contains CR or LF");
        assertThatThrownBy(() -> SignableRequest.builder().header("x-cos-a", "v\n"))
                .hasMessageContaining("CR or LF");
        assertThatThrownBy(() -> SignableRequest.builder().header("Bad Name", "v")).hasMessageContaining("not an HTTP token");
    }

    @Test
    void duplicateParametersAndHeadersAreRejected() {
        assertThatThrownBy(() -> SignableRequest.builder().method("GET").path("/")
                .parameter("prefix", "a").parameter("Prefix", "b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query parameter 'Prefix' duplicates 'prefix'")
                .hasMessageContaining("both sign as 'prefix'");
        assertThatThrownBy(() -> SignableRequest.builder().method("GET").path("/")
                .header("Host", "a").header("host", "b").build())
                .hasMessageContaining("header 'host' duplicates 'Host'").hasMessageContaining("', '");
    }

    @Test
    void headerValuesAreTrimmedAsHttpDoes() {
        SignableRequest r = SignableRequest.builder().method("GET").path("/").header("x-cos-a", " \t v w \t").build();
        assertThat(r.header("X-COS-A")).isEqualTo("v w");
    }

    @Test
    void bouncyCastleByNameAndUnknownEngine() {
        assertThat(HmacSha1Engine.named("bc").name()).isEqualTo("bc");
        assertThat(HmacSha1Engine.named("jdk").name()).isEqualTo("jdk");
        assertThatThrownBy(() -> HmacSha1Engine.named("md5")).hasMessageContaining("pass 'jdk' or 'bc'");
    }

    @Test
    void headerPolicyParsing() {
        assertThat(HeaderPolicy.parse("all")).isSameAs(HeaderPolicy.all());
        assertThat(HeaderPolicy.parse("SDK")).isSameAs(HeaderPolicy.sdkDefault());
        HeaderPolicy custom = HeaderPolicy.parse("Host, content-type");
        assertThat(custom.signs("host")).isTrue();
        assertThat(custom.signs("content-type")).isTrue();
        assertThat(custom.signs("x-cos-acl")).isFalse();
        assertThatThrownBy(() -> HeaderPolicy.parse(" ")).hasMessageContaining("'all', 'sdk'");
        assertThat(HeaderPolicy.sdkDefault().signs("date")).isFalse();
        assertThat(HeaderPolicy.sdkDefault().signs("user-agent")).isFalse();
        assertThat(HeaderPolicy.sdkDefault().signs("x-ci-anything")).isTrue();
        assertThat(HeaderPolicy.sdkDefault().signs("pic-operations")).isTrue();
    }
}
