package io.github.cosxml.tests.e2e;

import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.CredentialsLookup;
import io.github.cosxml.core.sign.KeyTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Credentials and key times shared by the loopback tests (made up for these tests, never real). */
final class LoopbackTestSupport {
    static final Credentials PERMANENT = Credentials.of("AKIDcosxmlLoopbackPermanent0000000000", "cosxmlLoopbackSecretKeyPermanent0");
    static final Credentials TEMPORARY = Credentials.temporary("AKIDcosxmlLoopbackTemporary0000000000",
            "cosxmlLoopbackSecretKeyTemporary0", "cosxml-session-token-0123456789abcdef");
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

    static Credentials credentials(String kind) {
        return switch (kind) {
            case "permanent" -> PERMANENT;
            case "temporary" -> TEMPORARY;
            default -> throw new IllegalArgumentException("credentials kind " + kind);
        };
    }
}
