package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link SignableRequest.Builder#wirePath} and {@link SignableRequest.Builder#wireQuery}: a request as a server receives it. */
class WireFormTest {
    private static SignableRequest.Builder get() {
        return SignableRequest.builder().method("GET").header("Host", DocVectors.HOST);
    }

    @Test
    void theWirePathIsDecodedAsTheServerDecodesIt() {
        assertThat(get().wirePath("/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)").build().path())
                .isEqualTo("/exampleobject(腾讯云)");
        assertThat(get().wirePath("/resume-zh+en%2B1.png").build().path()).as("'+' is a space, %2B a '+'")
                .isEqualTo("/resume-zh en+1.png");
    }

    @Test
    void eachQueryNameAndValueIsDecodedOnce() {
        SignableRequest r = get().wirePath("/a").wireQuery("acl&response-content-type=application%2Foctet-stream"
                + "&empty=&&plus=a+b&%E6%B0%B4%E5%8D%B0=%2525").build();

        assertThat(r.parameters()).extracting(SignableRequest.Parameter::name, SignableRequest.Parameter::value)
                .containsExactly(tuple("acl", null), tuple("response-content-type", "application/octet-stream"),
                        tuple("empty", ""), tuple("plus", "a+b"), tuple("水印", "%25"));
        assertThat(get().path("/a").wireQuery(null).wireQuery("").build().parameters()).isEmpty();
    }

    @Test
    void aPresignedUrlReceivedByAServerVerifies() {
        CosSigner signer = CosSigner.builder().build();
        Credentials credentials = Credentials.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
        SignableRequest sent = get().path("/photos/a b+c(腾讯云).jpg").parameter("response-content-type", "image/jpeg")
                .build();
        URI url = URI.create("https://" + DocVectors.HOST + CosUrlEncoder.encode(sent.path()).replace("%2F", "/").replace("%2f", "/")
                + "?" + signer.presignedQuery(sent, credentials, DocVectors.UPLOAD_KEY_TIME));

        SignableRequest received = get().wirePath(url.getRawPath()).wireQuery(url.getRawQuery()).build();

        SignatureVerifier verifier = SignatureVerifier.builder()
                .clock(java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1557990000L), java.time.ZoneOffset.UTC))
                .build();
        assertThat(received.path()).isEqualTo(sent.path());
        assertThat(verifier.verifyPresigned(received, CredentialsLookup.of(credentials)).isValid()).isTrue();
    }

    @Test
    void badEscapesNameWhereTheyAreAndNeverShowAValue() {
        assertThatThrownBy(() -> get().wirePath("/a%2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("path: invalid percent-escape at index 2");
        assertThatThrownBy(() -> get().wirePath(null)).hasMessageContaining("URI.getRawPath()");
        assertThatThrownBy(() -> get().path("/").wireQuery("x-cos-security-token=secret%zz"))
                .hasMessageStartingWith("value of query parameter 'x-cos-security-token' does not decode")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> get().path("/").wireQuery("=1")).hasMessageStartingWith("query parameter without a name");
        assertThatThrownBy(() -> get().path("/").wireQuery("a%zz=1")).hasMessageStartingWith("query parameter name: ");
    }
}
