package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Checks a request's signature the way the service does: parses the Authorization, recomputes
 * the signature over exactly the headers and parameters it names, checks the time window against
 * a clock with a tolerance, and compares in constant time. Immutable and thread-safe.
 *
 * <pre>{@code
 * SignatureVerifier verifier = SignatureVerifier.builder().tolerance(Duration.ofSeconds(60)).build();
 * VerificationResult result = verifier.verify(request, authorizationHeader, credentialsLookup);
 * if (!result.isValid()) respond403(result.reason(), result.message());
 * }</pre>
 */
public final class SignatureVerifier {
    private final Clock clock;
    private final Duration tolerance;
    private final HmacSha1Engine engine;

    private SignatureVerifier(Builder b) {
        this.clock = b.clock;
        this.tolerance = b.tolerance;
        this.engine = b.engine;
    }

    /** A builder with the defaults: system UTC clock, no tolerance, JDK engine. */
    public static Builder builder() {
        return new Builder();
    }

    /** Verifies with the one set of credentials that may have signed. */
    public VerificationResult verify(SignableRequest request, String authorization, Credentials credentials) {
        return verify(request, authorization, CredentialsLookup.of(credentials));
    }

    /** Verifies an Authorization (header or pre-signed query form) sent with {@code request}. */
    public VerificationResult verify(SignableRequest request, String authorization, CredentialsLookup credentials) {
        requireArguments(request, credentials);
        Authorization parsed;
        try {
            parsed = Authorization.parse(authorization);
        } catch (IllegalArgumentException e) {
            return VerificationResult.failure(VerificationResult.Reason.MALFORMED, e.getMessage());
        }
        return verify(request, parsed, credentials);
    }

    /**
     * Verifies a pre-signed request, given with its parameters decoded once, as a server reads a
     * query. The Authorization is found in one of two forms (spec §1.4):
     * <ul>
     * <li>the seven {@code q-*} parameters ({@code q-sign-algorithm=sha1&q-ak=...}), with {@code ;}
     * encoded or not, as cosxml, Java, Go, Python and Node write them;
     * <li>the merged form, one parameter {@code sign} holding the whole Authorization
     * ({@code sign=q-sign-algorithm%3Dsha1%26...}), as Java's {@code signPrefixMode}, Go's
     * {@code SignMerged} and PHP's {@code createPresignedUrl} write it.
     * </ul>
     * Every other parameter, and every header, belongs to the request, of which only the names the
     * Authorization lists are checked (an unsigned {@code x-cos-security-token} is allowed).
     * A {@code sign} parameter is the Authorization only when there are no {@code q-*} parameters;
     * beside them it is an ordinary parameter and must be listed in {@code q-url-param-list}.
     *
     * @return {@link VerificationResult.Reason#MALFORMED} when there is no Authorization, when it is
     *     malformed, or when a {@code sign} parameter beside {@code q-*} parameters is not signed;
     *     otherwise as {@link #verify(SignableRequest, Authorization, CredentialsLookup)}
     */
    public VerificationResult verifyPresigned(SignableRequest request, CredentialsLookup credentials) {
        requireArguments(request, credentials);
        PresignedAuthorization found;
        try {
            found = PresignedAuthorization.find(request);
        } catch (IllegalArgumentException e) {
            return VerificationResult.failure(VerificationResult.Reason.MALFORMED, e.getMessage());
        }
        return verify(found.request(), found.authorization(), credentials);
    }

    private static void requireArguments(SignableRequest request, CredentialsLookup lookup) {
        Require.nonNull(request, "request", "pass the SignableRequest received (see SignableRequest.Builder.wirePath)");
        Require.nonNull(lookup, "credentials", "pass CredentialsLookup.of(credentials), or a lookup of your own");
    }

    /** Verifies a parsed Authorization. */
    public VerificationResult verify(SignableRequest request, Authorization authorization, CredentialsLookup lookup) {
        requireArguments(request, lookup);
        Require.nonNull(authorization, "authorization", "pass Authorization.parse(header), or the header text to"
                + " verify(request, String, lookup), which answers MALFORMED for a missing one");
        Credentials credentials = lookup.find(authorization.secretId());
        if (credentials == null) {
            return VerificationResult.failure(VerificationResult.Reason.UNKNOWN_SECRET_ID,
                    "no credentials are known for SecretId (q-ak) '" + authorization.secretId() + "'");
        }
        long now = Math.floorDiv(clock.millis(), 1000L);
        long slack = tolerance.getSeconds();
        VerificationResult window = checkWindow("q-sign-time", authorization.signTime(), now, slack);
        if (window == null) {
            window = checkWindow("q-key-time", authorization.keyTime(), now, slack);
        }
        if (window != null) {
            return window;
        }
        String missing = firstMissing(authorization.headerList(), request, SignableRequest.HEADERS);
        if (missing != null) {
            return VerificationResult.failure(VerificationResult.Reason.MISSING_HEADER, "header '" + missing
                    + "' is listed in q-header-list but the request has no such header; send it exactly as signed");
        }
        missing = firstMissing(authorization.urlParamList(), request, SignableRequest.PARAMETERS);
        if (missing != null) {
            return VerificationResult.failure(VerificationResult.Reason.MISSING_PARAMETER, "parameter '" + missing
                    + "' is listed in q-url-param-list but the request has no such query parameter; send it exactly as signed");
        }
        NameFilter headers = listed(authorization.headerList());
        NameFilter parameters = listed(authorization.urlParamList());
        SignatureExplanation expected = SignatureExplanation.compute(engine, credentials, authorization.signTime(),
                authorization.keyTime(), request, parameters, headers);
        byte[] want = expected.signature().getBytes(StandardCharsets.US_ASCII);
        byte[] got = authorization.signature().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(want, got)) {
            // The message leaves HttpString out: it may hold a session token. httpString() has it.
            return VerificationResult.mismatch("signature does not match: the verifier computed StringToSign="
                    + expected.stringToSign().replace("\n", "\\n") + " over q-header-list=" + String.join(";", authorization.headerList())
                    + " and q-url-param-list=" + String.join(";", authorization.urlParamList())
                    + "; compare your HttpString with the verifier's (VerificationResult.httpString())",
                    expected.httpString(), expected.stringToSign());
        }
        return VerificationResult.valid();
    }

    private static VerificationResult checkWindow(String field, KeyTime window, long now, long slack) {
        // compared as differences: now + slack and now - slack overflow for a tolerance near Long.MAX_VALUE s
        if (window.startSeconds() - now > slack) {
            return VerificationResult.failure(VerificationResult.Reason.NOT_YET_VALID, field + " " + window
                    + " starts at " + window.startSeconds() + ", after now (" + now + ") by "
                    + (window.startSeconds() - now) + " s; check the signer's clock or back-date the start");
        }
        if (now - window.endSeconds() > slack) {
            return VerificationResult.failure(VerificationResult.Reason.EXPIRED, field + " " + window
                    + " ended at " + window.endSeconds() + ", " + (now - window.endSeconds())
                    + " s before now (" + now + "); sign again");
        }
        return null;
    }

    private static String firstMissing(List<String> listed, SignableRequest request, int table) {
        for (String name : listed) {
            if (request.find(table, name) < 0) {
                return name;
            }
        }
        return null;
    }

    private static NameFilter listed(List<String> names) {
        return new CanonicalNameSet(names);
    }

    @Override
    public String toString() {
        return "SignatureVerifier{engine=" + engine.name() + ", tolerance=" + tolerance + ", clock=" + clock + "}";
    }

    /** Configures a {@link SignatureVerifier}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration tolerance = Duration.ZERO;
        private HmacSha1Engine engine = HmacSha1Engine.jdk();

        private Builder() {
        }

        /** The clock that gives "now" (default: system UTC). */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock is null; pass Clock.systemUTC() or a fixed clock");
            }
            this.clock = clock;
            return this;
        }

        /** How far outside the window a request is still accepted, for clock skew (default 0). */
        public Builder tolerance(Duration tolerance) {
            if (tolerance == null || tolerance.isNegative()) {
                throw new IllegalArgumentException("tolerance " + tolerance + " must be zero or positive, e.g. Duration.ofSeconds(60)");
            }
            this.tolerance = tolerance;
            return this;
        }

        /** The HMAC engine (default {@link HmacSha1Engine#jdk()}). */
        public Builder engine(HmacSha1Engine engine) {
            if (engine == null) {
                throw new IllegalArgumentException("engine is null; pass HmacSha1Engine.jdk() or HmacSha1Engine.bouncyCastle()");
            }
            this.engine = engine;
            return this;
        }

        /** The verifier. */
        public SignatureVerifier build() {
            return new SignatureVerifier(this);
        }
    }
}
