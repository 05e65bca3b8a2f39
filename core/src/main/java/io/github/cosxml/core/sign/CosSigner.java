package io.github.cosxml.core.sign;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

/**
 * Signs COS / CI requests with {@code q-sign-algorithm=sha1}: the {@code Authorization} header
 * value, the pre-signed URL query, and {@link #explain explain}, which returns every intermediate
 * value. Immutable and thread-safe; build once with {@link #builder()} and share.
 *
 * <pre>{@code
 * CosSigner signer = CosSigner.builder().build();            // system clock, 1 h validity, sdkDefault()
 * String authorization = signer.authorization(request, Credentials.of(secretId, secretKey));
 * }</pre>
 *
 * <p>With temporary credentials the session token is <em>signed</em>: the header form signs
 * {@code x-cos-security-token} (or {@code x-ci-security-token} for CI hosts) as a header and the
 * pre-signed form as a parameter, whatever the header policy. Send that header with the token
 * (the pre-signed query already contains it).
 */
public final class CosSigner {
    private final Clock clock;
    private final Duration validity;
    private final Duration backdate;
    private final HmacSha1Engine engine;
    private final HeaderPolicy headerPolicy;
    private final NameFilter headerFilter;
    private final SigningWindowCache windows;
    // The window of the last "now"; its end identifies the second it was made in.
    private volatile KeyTime lastKeyTime;

    private CosSigner(Builder b) {
        this.clock = b.clock;
        this.validity = b.validity;
        this.backdate = b.backdate;
        this.engine = b.engine;
        this.headerPolicy = b.headerPolicy;
        this.headerFilter = b.headerPolicy.filter();
        this.windows = new SigningWindowCache(engine);
    }

    /** A builder with the defaults: system UTC clock, 3600 s validity, no back-dating, JDK engine, {@code sdkDefault()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The KeyTime a signature made now would carry: {@code now - backdate; now + validity}. */
    public KeyTime keyTimeNow() {
        long now = Math.floorDiv(clock.millis(), 1000L);
        KeyTime last = lastKeyTime;
        // Within one second every signature has the same window: reuse it (and its cached SignKey).
        if (last != null && last.endSeconds() == now + validity.getSeconds()) {
            return last;
        }
        KeyTime fresh = KeyTime.startingAt(now, validity, backdate);
        lastKeyTime = fresh;
        return fresh;
    }

    /** The {@code Authorization} header value, valid from now for the default validity. */
    public String authorization(SignableRequest request, Credentials credentials) {
        return authorization(request, credentials, keyTimeNow());
    }

    /** The {@code Authorization} header value for an explicit KeyTime. */
    public String authorization(SignableRequest request, Credentials credentials, KeyTime keyTime) {
        requireArguments(request, credentials, keyTime);
        SignableRequest signed = request;
        NameFilter headers = headerFilter;
        if (credentials.hasSessionToken()) {
            signed = SecurityToken.withHeader(request, credentials);
            headers = alsoSigning(SecurityToken.nameFor(request));
        }
        Scratch scratch = Scratch.get();
        SigningWindowCache.Window window = windows.window(credentials, keyTime);
        ByteSink authorization = scratch.authorization.bytes(window.authorizationStart);
        SignatureSteps.writeHttpString(scratch.httpString, signed, headers, authorization);
        hash(window, scratch);
        SignatureSteps.writeAuthorizationEnd(authorization, signed, NameFilter.ALL, scratch.digest);
        return authorization.toAsciiString();
    }

    /** Writes the signature into {@code scratch.digest}; the buffers hold HttpString and StringToSign. */
    private void sign(SignableRequest request, Credentials credentials, KeyTime keyTime,
            NameFilter parameters, NameFilter headers, Scratch scratch) {
        SignatureSteps.writeHttpString(scratch.httpString, request, parameters, headers);
        hash(windows.window(credentials, keyTime), scratch);
    }

    /** Steps 6 and 7 on the HttpString in {@code scratch}: the signature into {@code scratch.digest}. */
    private void hash(SigningWindowCache.Window window, Scratch scratch) {
        engine.sha1(scratch.httpString.array(), 0, scratch.httpString.length(), scratch.digest, 0);
        SignatureSteps.writeStringToSign(scratch.stringToSign, window.stringToSignStart, scratch.digest);
        engine.hmacSha1(window.signKey, scratch.stringToSign.array(), 0, scratch.stringToSign.length(), scratch.digest, 0);
    }

    /**
     * The query string of a pre-signed URL, valid from now: the request's parameters (encoded, in
     * their order), the security token of temporary credentials, then the seven {@code q-*}
     * fields, encoded (spec §1.4). Append it to the URL after {@code ?}.
     */
    public String presignedQuery(SignableRequest request, Credentials credentials) {
        return presignedQuery(request, credentials, keyTimeNow());
    }

    /** The query string of a pre-signed URL for an explicit KeyTime. */
    public String presignedQuery(SignableRequest request, Credentials credentials, KeyTime keyTime) {
        requireArguments(request, credentials, keyTime);
        SignableRequest signed = credentials.hasSessionToken() ? SecurityToken.withParameter(request, credentials) : request;
        Scratch scratch = Scratch.get();
        sign(signed, credentials, keyTime, NameFilter.ALL, headerFilter, scratch);
        ByteSink out = scratch.authorization;
        for (SignableRequest.Parameter p : signed.parameters()) {
            out.encoded(p.name(), false);
            if (p.value() != null) {
                out.put('=').encoded(p.value(), false);
            }
            out.put('&');
        }
        ByteSink lists = new ByteSink(128);
        out.ascii("q-sign-algorithm=sha1&q-ak=").encoded(credentials.secretId(), false);
        out.ascii("&q-sign-time=").encoded(keyTime.toString(), false);
        out.ascii("&q-key-time=").encoded(keyTime.toString(), false);
        SignatureSteps.writeList(lists, signed, SignableRequest.HEADERS, headerFilter);
        out.ascii("&q-header-list=").encoded(lists.toAsciiString(), false);
        lists.reset();
        SignatureSteps.writeList(lists, signed, SignableRequest.PARAMETERS, NameFilter.ALL);
        out.ascii("&q-url-param-list=").encoded(lists.toAsciiString(), false);
        out.ascii("&q-signature=").hex(scratch.digest, 0, HmacSha1Engine.DIGEST_LENGTH);
        return out.toAsciiString();
    }

    /**
     * A pre-signed URL valid from now: {@code scheme://<Host header><path><?presignedQuery>}, the
     * path percent-encoded segment by segment ({@link CosUrlEncoder#encodePath}), so that the
     * server decodes it back to the path that was signed.
     *
     * @param scheme {@code https} or {@code http}
     * @throws IllegalArgumentException for another scheme, or a request without a {@code Host} header
     */
    public String presignedUrl(String scheme, SignableRequest request, Credentials credentials) {
        return presignedUrl(scheme, request, credentials, keyTimeNow());
    }

    /** A pre-signed URL for an explicit KeyTime; see {@link #presignedUrl(String, SignableRequest, Credentials)}. */
    public String presignedUrl(String scheme, SignableRequest request, Credentials credentials, KeyTime keyTime) {
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("scheme '" + scheme + "' is not https or http; pass \"https\"");
        }
        String host = request == null ? null : request.header("host");
        if (request != null && (host == null || host.isEmpty())) {
            throw new IllegalArgumentException("the request has no Host header (or an empty one), so a URL has no host; add"
                    + " .header(\"Host\", \"<bucket>-<appid>.cos.<region>.myqcloud.com\") (it is signed too)");
        }
        requireArguments(request, credentials, keyTime);
        return scheme.toLowerCase(Locale.ROOT) + "://" + host + CosUrlEncoder.encodePath(request.path()) + "?"
                + presignedQuery(request, credentials, keyTime);
    }

    /** Every intermediate value of the header-form signature made now. */
    public SignatureExplanation explain(SignableRequest request, Credentials credentials) {
        return explain(request, credentials, keyTimeNow());
    }

    /**
     * Every intermediate value of the header-form signature ({@link #authorization}), in the
     * documentation's names, to compare with the {@code FormatString} and {@code StringToSign} of a
     * {@code SignatureDoesNotMatch} answer. For a pre-signed URL use {@link #explainPresigned}.
     */
    public SignatureExplanation explain(SignableRequest request, Credentials credentials, KeyTime keyTime) {
        requireArguments(request, credentials, keyTime);
        SignableRequest signed = request;
        NameFilter headers = headerFilter;
        if (credentials.hasSessionToken()) {
            signed = SecurityToken.withHeader(request, credentials);
            headers = alsoSigning(SecurityToken.nameFor(request));
        }
        return SignatureExplanation.compute(engine, credentials, keyTime, keyTime, signed, NameFilter.ALL, headers);
    }

    /** Every intermediate value of the pre-signed form made now; see {@link #explainPresigned(SignableRequest, Credentials, KeyTime)}. */
    public SignatureExplanation explainPresigned(SignableRequest request, Credentials credentials) {
        return explainPresigned(request, credentials, keyTimeNow());
    }

    /**
     * Every intermediate value of the signature in {@link #presignedQuery}: with temporary
     * credentials the session token is signed as a query parameter there, not as a header, so
     * this explanation (not {@link #explain}) is the one to compare with what the server says
     * about a pre-signed URL.
     */
    public SignatureExplanation explainPresigned(SignableRequest request, Credentials credentials, KeyTime keyTime) {
        requireArguments(request, credentials, keyTime);
        SignableRequest signed = credentials.hasSessionToken() ? SecurityToken.withParameter(request, credentials) : request;
        return SignatureExplanation.compute(engine, credentials, keyTime, keyTime, signed, NameFilter.ALL, headerFilter);
    }

    private void requireArguments(SignableRequest request, Credentials credentials, KeyTime keyTime) {
        Require.nonNull(request, "request", "pass a SignableRequest built with SignableRequest.builder()");
        Require.nonNull(credentials, "credentials", "pass Credentials.of(secretId, secretKey) or Credentials.temporary(...)");
        Require.nonNull(keyTime, "keyTime", "pass KeyTime.of(start, end), or call the overload without a KeyTime"
                + " for a window starting now");
        if (!request.hasHost() && headerPolicy.requiresHost()) {
            throw new IllegalArgumentException("the request has no Host header, which HeaderPolicy.sdkDefault() signs"
                    + ", as the official SDKs do (a signature without it can be replayed against another bucket"
                    + " of the account); add .header(\"Host\", \"<bucket>-<appid>.cos.<region>.myqcloud.com\"), or sign"
                    + " with CosSigner.builder().headerPolicy(HeaderPolicy.all()) to sign exactly the headers given");
        }
    }

    private NameFilter alsoSigning(String tokenName) {
        final NameFilter policy = headerFilter;
        final CanonicalNameSet token = new CanonicalNameSet(Collections.singleton(tokenName));
        return new NameFilter() {
            @Override
            public boolean accepts(byte[] text, int from, int to) {
                return policy.accepts(text, from, to) || token.accepts(text, from, to);
            }
        };
    }

    @Override
    public String toString() {
        return "CosSigner{engine=" + engine.name() + ", headers=" + headerPolicy + ", validity=" + validity
                + ", backdate=" + backdate + ", clock=" + clock + "}";
    }

    /** Configures a {@link CosSigner}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration validity = Duration.ofHours(1);
        private Duration backdate = Duration.ZERO;
        private HmacSha1Engine engine = HmacSha1Engine.jdk();
        private HeaderPolicy headerPolicy = HeaderPolicy.sdkDefault();

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

        /** How long a signature made now stays valid (default 1 hour, as the Java SDK). */
        public Builder validity(Duration validity) {
            if (validity == null || validity.isNegative() || validity.isZero()) {
                throw new IllegalArgumentException("validity " + validity + " must be positive, e.g. Duration.ofMinutes(15)");
            }
            this.validity = validity;
            return this;
        }

        /**
         * How far before now the window starts, to absorb a server clock behind ours (default 0;
         * the Python and PHP SDKs use 60 s).
         */
        public Builder backdate(Duration backdate) {
            if (backdate == null || backdate.isNegative()) {
                throw new IllegalArgumentException("backdate " + backdate + " must be zero or positive, e.g. Duration.ofSeconds(60)");
            }
            this.backdate = backdate;
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

        /** Which headers are signed (default {@link HeaderPolicy#sdkDefault()}). */
        public Builder headerPolicy(HeaderPolicy headerPolicy) {
            if (headerPolicy == null) {
                throw new IllegalArgumentException("headerPolicy is null; pass HeaderPolicy.sdkDefault() or HeaderPolicy.all()");
            }
            this.headerPolicy = headerPolicy;
            return this;
        }

        /** The signer. */
        public CosSigner build() {
            return new CosSigner(this);
        }
    }
}
