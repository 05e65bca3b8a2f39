package io.github.cosxml.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.sign.Authorization;
import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.CredentialsLookup;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.ci.job.response.SubmitJobResponse;
import io.github.cosxml.tests.e2e.CiClient.Reply;
import io.github.cosxml.tests.http.IncomingRequest;
import io.github.cosxml.tests.http.LoopbackCiServer.Handled;
import io.github.cosxml.tests.http.LoopbackServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the loopback tests share: credentials (made up for these tests, never real), key times, the
 * six signing cases, and the steps every class takes (a client, a submission, reading an error,
 * reading the signature the server received).
 */
final class LoopbackTestSupport {
    static final Credentials PERMANENT = Credentials.of("AKIDcosxmlLoopbackPermanent0000000000", "cosxmlLoopbackSecretKeyPermanent0");
    static final Credentials TEMPORARY = Credentials.temporary("AKIDcosxmlLoopbackTemporary0000000000",
            "cosxmlLoopbackSecretKeyTemporary0", "cosxml-session-token-0123456789abcdef");
    static final CosSigner SIGNER = CosSigner.builder().build();
    static final CredentialsLookup KNOWN = secretId -> Map.of(PERMANENT.secretId(), PERMANENT,
            TEMPORARY.secretId(), TEMPORARY).get(secretId);

    /** The {@code @MethodSource} of {@link #formsAndCredentials()}. */
    static final String FORMS_AND_CREDENTIALS = "io.github.cosxml.tests.e2e.LoopbackTestSupport#formsAndCredentials";

    /** A detect-url with characters that must be encoded exactly once: ':', '/', '?', '&', '=', a space, CJK. */
    static final String DETECT_URL = "https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/id card/正面.jpg?size=large&v=2";
    /** An object key with a space, CJK characters and a {@code +} (sent as {@code %2B}: COS reads {@code +} in a path as a space). */
    static final String OBJECT_KEY = "idcard/正面 front+back.jpg";

    private LoopbackTestSupport() {
    }

    /** A window that started a minute ago and lasts 15 minutes. */
    static KeyTime validNow() {
        long now = Clock.systemUTC().millis() / 1000;
        return KeyTime.of(now - 60, now + Duration.ofMinutes(15).toSeconds());
    }

    /** A window that ended an hour ago. */
    static KeyTime expired() {
        long now = Clock.systemUTC().millis() / 1000;
        return KeyTime.of(now - 7200, now - 3600);
    }

    /** Every signing form with each kind of credentials ("permanent", "temporary"): six cases. */
    static Stream<Arguments> formsAndCredentials() {
        return Stream.of(CiClient.Form.values()).flatMap(form -> Stream.of("permanent", "temporary")
                .map(kind -> Arguments.of(form, kind)));
    }

    /** A client of the running server with {@code credentials}, signing with the default {@link CosSigner}. */
    static CiClient client(LoopbackServerExtension loopback, Credentials credentials) {
        return new CiClient(loopback.server().baseUri(), SIGNER, credentials);
    }

    /** Submits {@code job} in the header form; it must be accepted. Its JobId. */
    static String submitted(CiClient client, ImageLicenseRecJobRequest job) throws Exception {
        Reply reply = client.send(client.submit(job, CiClient.Form.AUTHORIZATION_HEADER, validNow()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return SubmitJobResponse.fromXml(reply.body(), XmlReadOptions.strict()).getJobsDetail().getJobId();
    }

    /** The {@code <Error>} of a refusal: XML, valid against the error XSD, read strictly. */
    static ServiceError parseError(Reply reply) {
        assertThat(reply.headers().firstValue("Content-Type")).contains("application/xml");
        assertThat(CiSchema.ERROR.validate(reply.body()).isValid()).as(reply.body()).isTrue();
        return ServiceError.fromXml(reply.body(), XmlReadOptions.strict());
    }

    /** The signature the server received, whichever form it came in. */
    static Authorization authorization(Handled handled) {
        IncomingRequest request = handled.request();
        if (!request.isPresigned()) {
            return Authorization.parse(request.header("Authorization"));
        }
        if (request.parameters().containsKey("sign")) {
            return Authorization.parse(request.parameters().get("sign"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Authorization.FIELDS.forEach(name -> fields.put(name, request.parameters().get(name)));
        return Authorization.fromFields(fields);
    }

    /** The names in the received signature's {@code q-url-param-list}. */
    static List<String> signedParameters(Handled handled) {
        return authorization(handled).urlParamList();
    }

    static Credentials credentials(String kind) {
        return switch (kind) {
            case "permanent" -> PERMANENT;
            case "temporary" -> TEMPORARY;
            default -> throw new IllegalArgumentException("credentials kind " + kind);
        };
    }
}
