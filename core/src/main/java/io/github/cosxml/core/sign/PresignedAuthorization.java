package io.github.cosxml.core.sign;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a pre-signed request into its Authorization and the request it signs. Two forms exist
 * (spec §1.4): the seven {@code q-*} fields as parameters, or the merged form, one parameter
 * {@code sign} holding the whole Authorization. A {@code sign} parameter is the Authorization only
 * when there are no {@code q-*} parameters; beside them it is a parameter of the request and must be
 * listed in {@code q-url-param-list}, since an unsigned {@code sign} there is either a second
 * Authorization or a parameter added after signing.
 */
final class PresignedAuthorization {
    /** The parameter of the merged form. */
    static final String SIGN = "sign";

    private final Authorization authorization;
    private final SignableRequest request;

    private PresignedAuthorization(Authorization authorization, SignableRequest request) {
        this.authorization = authorization;
        this.request = request;
    }

    /**
     * Finds the Authorization among {@code received}'s (decoded) parameters.
     *
     * @throws IllegalArgumentException if there is none, it is malformed, or both forms are present
     */
    static PresignedAuthorization find(SignableRequest received) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        SignableRequest.Parameter sign = null;
        for (SignableRequest.Parameter p : received.parameters()) {
            if (Authorization.FIELDS.contains(p.name())) {
                fields.put(p.name(), p.value() == null ? "" : p.value());
            } else if (p.name().equals(SIGN)) {
                sign = p;
            }
        }
        if (fields.isEmpty()) {
            if (sign == null) {
                throw new IllegalArgumentException("the request carries no pre-signed Authorization: neither the "
                        + String.join(", ", Authorization.FIELDS) + " parameters nor a 'sign' parameter"
                        + " (sign=<the URL-encoded Authorization>); pre-sign the URL, or send an Authorization header");
            }
            return new PresignedAuthorization(merged(sign.value()), without(received, true));
        }
        Authorization authorization = Authorization.fromFields(fields);
        if (sign != null && !authorization.urlParamList().contains(SIGN)) {
            throw new IllegalArgumentException("the request has q-* parameters and also a 'sign' parameter that"
                    + " q-url-param-list does not list: send one form only, the q-* fields or sign=<Authorization>;"
                    + " a parameter of your own named 'sign' must be signed");
        }
        return new PresignedAuthorization(authorization, without(received, false));
    }

    private static Authorization merged(String value) {
        try {
            return Authorization.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the 'sign' parameter, with no q-* parameters beside it, must hold"
                    + " the whole Authorization (merged pre-signed form), but holds no valid Authorization: "
                    + e.getMessage(), e);
        }
    }

    /** {@code received} without the {@code q-*} parameters, and without {@code sign} if it is the Authorization. */
    private static SignableRequest without(SignableRequest received, boolean dropSign) {
        SignableRequest.Builder rest = SignableRequest.builder().method(received.method()).path(received.path());
        for (SignableRequest.Parameter p : received.parameters()) {
            if (!Authorization.FIELDS.contains(p.name()) && !(dropSign && p.name().equals(SIGN))) {
                rest.parameter(p.name(), p.value());
            }
        }
        for (SignableRequest.Header h : received.headers()) {
            rest.header(h.name(), h.value());
        }
        return rest.build();
    }

    /** The Authorization the request carries. */
    Authorization authorization() {
        return authorization;
    }

    /** The request it signs: every parameter but the Authorization's, and the headers. */
    SignableRequest request() {
        return request;
    }
}
