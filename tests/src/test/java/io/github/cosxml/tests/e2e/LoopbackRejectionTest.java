package io.github.cosxml.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.SecurityToken;
import io.github.cosxml.core.sign.SignatureExplanation;
import io.github.cosxml.core.sign.VerificationResult;
import io.github.cosxml.core.xml.Violation;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.demo.DocumentedRequests;
import io.github.cosxml.tests.e2e.CiClient.Call;
import io.github.cosxml.tests.e2e.CiClient.Form;
import io.github.cosxml.tests.e2e.CiClient.Reply;
import io.github.cosxml.tests.e2e.HttpStringComparison.Difference;
import io.github.cosxml.tests.http.LoopbackCiServer.Handled;
import io.github.cosxml.tests.http.LoopbackServerExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deliberately broken requests, each rejected by the loopback server for the documented reason:
 * a signed header changed after signing ({@code SignatureDoesNotMatch} with StringToSign and
 * FormatString), an expired key time ({@code AccessDenied} "Request has expired"), and a body
 * that breaks the schema ({@code InvalidArgument}). The client parses each into the generated
 * {@link ServiceError}.
 */
class LoopbackRejectionTest {
    @RegisterExtension
    static final LoopbackServerExtension loopback = new LoopbackServerExtension(LoopbackTestSupport.KNOWN);

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void headerChangedAfterSigningIsSignatureDoesNotMatch(Form form, String kind) throws Exception {
        CiClient client = LoopbackTestSupport.client(loopback, LoopbackTestSupport.credentials(kind));
        Call signed = client.submit(DocumentedRequests.submitImageLicenseRec("input/test.jpg"), form,
                LoopbackTestSupport.validNow());

        Reply reply = client.send(signed.withHeader("Content-Type", "text/xml"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(loopback.server().last().verification().reason()).isEqualTo(VerificationResult.Reason.SIGNATURE_MISMATCH);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(error.getMessage()).isEqualTo("The Signature you specified is invalid.");
        assertThat(error.getRequestId()).isEqualTo(reply.headers().firstValue("x-ci-request-id").orElseThrow());

        SignatureExplanation mine = client.explain(signed);
        String sentSignature = form.isPresigned() ? signed.uri().getQuery() : signed.headers().get("Authorization");
        assertThat(sentSignature).as("explain() explains what was sent").contains("q-signature=" + mine.signature());
        System.out.println("Tampered Content-Type (" + form + ", " + kind + "):\n"
                + HttpStringComparison.sideBySide(error.getFormatString(), mine.httpString(),
                        LoopbackTestSupport.credentials(kind).sessionToken()));
        assertThat(HttpStringComparison.differences(error.getFormatString(), mine.httpString()))
                .containsExactly(new Difference(4, "content-type=text%2Fxml", "content-type=application%2Fxml"));
        String[] serverStringToSign = error.getStringToSign().split("\n", -1);
        String[] clientStringToSign = mine.stringToSign().split("\n", -1);
        assertThat(serverStringToSign[0]).isEqualTo("sha1").isEqualTo(clientStringToSign[0]);
        assertThat(serverStringToSign[1]).isEqualTo(signed.keyTime().toString()).isEqualTo(clientStringToSign[1]);
        assertThat(serverStringToSign[2]).isNotEqualTo(clientStringToSign[2]);
    }

    /** Pitfall 1 of spec §4.2: a key's {@code +} sent raw reaches the server as a space. */
    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void aPlusSentRawInThePathIsASpaceToTheServer(Form form, String kind) throws Exception {
        CiClient client = LoopbackTestSupport.client(loopback, LoopbackTestSupport.credentials(kind));
        Call signed = client.recogniseObject(LoopbackTestSupport.OBJECT_KEY, "IDCard", form, LoopbackTestSupport.validNow());
        URI encoded = signed.uri();
        assertThat(encoded.getRawPath()).contains("front%2Bback.jpg");
        URI raw = URI.create(encoded.getScheme() + "://" + encoded.getRawAuthority() + encoded.getRawPath().replace("%2B", "+")
                + (encoded.getRawQuery() == null ? "" : "?" + encoded.getRawQuery()));

        Reply reply = client.send(new Call(signed.form(), signed.request(), signed.keyTime(), raw, signed.headers(), signed.body()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(loopback.server().last().request().path()).isEqualTo("/idcard/正面 front back.jpg");
        assertThat(loopback.server().last().verification().reason()).isEqualTo(VerificationResult.Reason.SIGNATURE_MISMATCH);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(HttpStringComparison.differences(error.getFormatString(), client.explain(signed).httpString()))
                .containsExactly(new Difference(2, "/idcard/正面 front back.jpg", "/idcard/正面 front+back.jpg"));
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void expiredKeyTimeIsAccessDenied(Form form, String kind) throws Exception {
        CiClient client = LoopbackTestSupport.client(loopback, LoopbackTestSupport.credentials(kind));

        Reply reply = client.send(client.recogniseObject(LoopbackTestSupport.OBJECT_KEY, "IDCard", form,
                LoopbackTestSupport.expired()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(loopback.server().last().verification().reason()).isEqualTo(VerificationResult.Reason.EXPIRED);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("AccessDenied");
        assertThat(error.getMessage()).isEqualTo("Request has expired");
        assertThat(error.getResource()).isEqualTo(loopback.server().host() + "/" + LoopbackTestSupport.OBJECT_KEY);
        assertThat(error.getStringToSign()).isNull();
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void bodyBreakingTheSchemaIsInvalidArgument(Form form, String kind) throws Exception {
        CiClient client = LoopbackTestSupport.client(loopback, LoopbackTestSupport.credentials(kind));
        ImageLicenseRecJobRequest documented = DocumentedRequests.submitImageLicenseRec("input/test.jpg");
        ImageLicenseRecJobRequest urgent = documented.toBuilder()
                .operation(documented.getOperation().toBuilder().jobLevel(3).build()).build();
        // The generated validate() sees it before sending; the server's XSD sees it too.
        assertThat(urgent.validate().violations()).extracting(Violation::toString)
                .singleElement().asString().contains("jobLevel");

        Reply reply = client.send(client.submit(urgent, form, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).isEqualTo(400);
        Handled handled = loopback.server().last();
        assertThat(handled.verification().reason()).as("the signature was fine").isEqualTo(VerificationResult.Reason.VALID);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("InvalidArgument");
        assertThat(error.getMessage()).contains("/Request/Operation/JobLevel", "cvc-maxInclusive-valid", "'3'");
        assertThat(error.getResource()).as("ci domain errors have no Resource").isNull();
    }

    @Test
    void temporaryCredentialsWithoutTheirTokenHeaderAreRejected() throws Exception {
        Credentials temporary = LoopbackTestSupport.TEMPORARY;
        CiClient client = LoopbackTestSupport.client(loopback, temporary);
        Call signed = client.query("a0123456789abcdef0123456789abcdef", Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow());
        java.util.Map<String, String> withoutToken = new java.util.LinkedHashMap<>(signed.headers());
        assertThat(withoutToken.remove(SecurityToken.COS_NAME)).isEqualTo(temporary.sessionToken());

        Reply reply = client.send(new Call(signed.form(), signed.request(), signed.keyTime(), signed.uri(), withoutToken, null));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(loopback.server().last().verification().reason()).isEqualTo(VerificationResult.Reason.MISSING_HEADER);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("AccessDenied");
        assertThat(error.getMessage()).contains("x-cos-security-token");
    }

    @Test
    void unsignedRequestIsAccessDenied() throws Exception {
        CiClient client = LoopbackTestSupport.client(loopback, LoopbackTestSupport.PERMANENT);
        Call signed = client.query("a0123456789abcdef0123456789abcdef", Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow());
        java.util.Map<String, String> unsigned = new java.util.LinkedHashMap<>(signed.headers());
        assertThat(unsigned.remove("Authorization")).startsWith("q-sign-algorithm=sha1&");

        Reply reply = client.send(new Call(signed.form(), signed.request(), signed.keyTime(), signed.uri(), unsigned, null));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(loopback.server().last().verification()).as("nothing to verify").isNull();
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("AccessDenied");
        assertThat(error.getMessage()).contains("neither an Authorization header nor a pre-signed query");
    }
}
