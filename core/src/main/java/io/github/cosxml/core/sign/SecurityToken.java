package io.github.cosxml.core.sign;

import java.util.Locale;

/**
 * Where the session token of temporary credentials goes (spec §1.4): {@code x-cos-security-token}
 * for COS hosts, {@code x-ci-security-token} for Cloud Infinite hosts ({@code *.ci.*},
 * {@code *.pic.*}).
 */
public final class SecurityToken {
    /** The header or parameter name for COS hosts. */
    public static final String COS_NAME = "x-cos-security-token";
    /** The header or parameter name for CI hosts. */
    public static final String CI_NAME = "x-ci-security-token";

    private SecurityToken() {
    }

    /** The token's name for the request's {@code Host} (COS when there is no Host header). */
    public static String nameFor(SignableRequest request) {
        String host = request.header("host");
        if (host == null) {
            return COS_NAME;
        }
        for (String label : host.toLowerCase(Locale.ROOT).split("[.:]")) {
            if (label.equals("ci") || label.equals("pic")) {
                return CI_NAME;
            }
        }
        return COS_NAME;
    }

    /** The request with the token header added (header form), unless it already carries the same token. */
    static SignableRequest withHeader(SignableRequest request, Credentials credentials) {
        String name = nameFor(request);
        String present = request.header(name);
        if (present != null) {
            requireSame(present, credentials, name, "header");
            return request;
        }
        return request.toBuilder().header(name, credentials.sessionToken()).build();
    }

    /** The request with the token parameter added (pre-signed form), unless it already carries the same token. */
    static SignableRequest withParameter(SignableRequest request, Credentials credentials) {
        String name = nameFor(request);
        for (SignableRequest.Parameter p : request.parameters()) {
            if (p.name().equalsIgnoreCase(name)) {
                requireSame(p.value(), credentials, name, "parameter");
                return request;
            }
        }
        return request.toBuilder().parameter(name, credentials.sessionToken()).build();
    }

    private static void requireSame(String present, Credentials credentials, String name, String where) {
        if (!credentials.sessionToken().equals(present)) {
            throw new IllegalArgumentException("the request's " + name + " " + where
                    + " holds another token than the credentials; remove it (the signer adds the right one)"
                    + " or sign with the credentials it belongs to");
        }
    }
}
