package io.github.cosxml.core.cli;

import io.github.cosxml.core.sign.Authorization;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.CredentialsLookup;
import io.github.cosxml.core.sign.HmacSha1Engine;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureVerifier;
import io.github.cosxml.core.sign.VerificationResult;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * {@code verify}: checks an Authorization given with {@code --authorization} against the request
 * the other options describe, or a whole pre-signed URL given with {@code --url}. Prints
 * {@code valid}, or the reason and what the verifier signed.
 */
final class VerifyCommand {
    private VerifyCommand() {
    }

    static int run(Arguments a, Clock clock, HmacSha1Engine engine, Map<String, String> env, PrintStream out)
            throws UsageException {
        SignatureVerifier verifier = SignatureVerifier.builder()
                .clock(clock)
                .tolerance(Duration.ofSeconds(a.seconds("--tolerance", 0)))
                .engine(engine)
                .build();
        VerificationResult result;
        if (a.has("--url")) {
            result = verifier.verifyPresigned(urlRequest(a), lookup(a, env));
        } else {
            SignableRequest request = Main.request(a);
            String authorization = a.required("--authorization", "'q-sign-algorithm=sha1&q-ak=...' (or --url URL"
                    + " for a pre-signed URL)");
            String secretId = a.get("--secret-id");
            if (secretId == null) {
                try {
                    secretId = Authorization.parse(authorization).secretId();
                } catch (IllegalArgumentException e) {
                    out.println("invalid (MALFORMED): " + e.getMessage());
                    return Main.INVALID;
                }
            }
            result = verifier.verify(request, authorization, Main.credentials(a, secretId, env));
        }
        return report(result, out);
    }

    /** The request a pre-signed URL makes: GET unless --method says otherwise, Host from the URL unless given. */
    private static SignableRequest urlRequest(Arguments a) throws UsageException {
        for (String other : new String[] {"--path", "--wire-path", "--authorization"}) {
            if (a.has(other)) {
                throw new UsageException("--url and " + other + " both describe the request; --url gives the path,"
                        + " the parameters and the Authorization: drop " + other);
            }
        }
        if (!a.all("--param").isEmpty()) {
            throw new UsageException("--url and --param both give query parameters; put every parameter in the URL");
        }
        PresignedUrl url = PresignedUrl.parse(a.get("--url"));
        SignableRequest.Builder b = SignableRequest.builder().method(a.has("--method") ? a.get("--method") : "GET");
        url.addTo(b);
        if (!Main.headers(a, b)) {
            b.header("Host", url.host());
        }
        return b.build();
    }

    /** The credentials of --secret-id, or of whichever SecretId the URL names when it is not given. */
    private static CredentialsLookup lookup(Arguments a, Map<String, String> env) throws UsageException {
        final String only = a.get("--secret-id");
        final String key = Main.secretKey(a, env);
        final String token = Main.securityToken(a, env);
        return secretId -> only == null || only.equals(secretId) ? credentialsOrNull(secretId, key, token) : null;
    }

    // A q-ak that cannot be a SecretId ('=' or '&' in it, decoded from the URL) names no credentials we know.
    private static Credentials credentialsOrNull(String secretId, String key, String token) {
        try {
            return Main.credentials(secretId, key, token);
        } catch (IllegalArgumentException notASecretId) {
            return null;
        }
    }

    private static int report(VerificationResult result, PrintStream out) {
        if (result.isValid()) {
            out.println("valid");
            return Main.OK;
        }
        out.println("invalid (" + result.reason() + "): " + result.message());
        if (result.httpString() != null) {
            out.println("HttpString: " + result.httpString().replace("\n", "\\n"));
            out.println("StringToSign: " + result.stringToSign().replace("\n", "\\n"));
        }
        return Main.INVALID;
    }
}
