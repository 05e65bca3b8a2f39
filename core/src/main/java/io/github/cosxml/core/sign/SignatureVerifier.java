package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Authorization parsed;
        try {
            parsed = Authorization.parse(authorization);
        } catch (IllegalArgumentException e) {
            return VerificationResult.failure(VerificationResult.Reason.MALFORMED, e.getMessage());
        }
        return verify(request, parsed, credentials);
    }

    /**
     * Verifies a pre-signed request: its {@code q-*} parameters are the Authorization, the other
     * parameters are the request.
     */
    public VerificationResult verifyPresigned(SignableRequest request, CredentialsLookup credentials) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        SignableRequest.Builder rest = SignableRequest.builder().method(request.method()).path(request.path());
        for (SignableRequest.Parameter p : request.parameters()) {
            if (Authorization.FIELDS.contains(p.name())) {
                fields.put(p.name(), p.value() == null ? "" : p.value());
            } else {
                rest.parameter(p.name(), p.value());
            }
        }
        for (SignableRequest.Header h : request.headers()) {
            rest.header(h.name(), h.value());
        }
        Authorization parsed;
        try {
            parsed = Authorization.fromFields(fields);
        } catch (IllegalArgumentException e) {
            return VerificationResult.failure(VerificationResult.Reason.MALFORMED, e.getMessage());
        }
        return verify(rest.build(), parsed, credentials);
    }

    /** Verifies a parsed Authorization. */
    public VerificationResult verify(SignableRequest request, Authorization authorization, CredentialsLookup lookup) {
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
