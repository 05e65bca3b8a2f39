package io.github.cosxml.core.sign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seven fields of a COS Authorization, parsed from the header form
 * ({@code q-sign-algorithm=sha1&q-ak=...&q-sign-time=a;b&...}) or the pre-signed query form (the
 * same fields URL-encoded, {@code q-sign-time=a%3Bb}). Immutable.
 */
public final class Authorization {
    /** The field names, in the documented order. */
    public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList(
            "q-sign-algorithm", "q-ak", "q-sign-time", "q-key-time", "q-header-list", "q-url-param-list", "q-signature"));

    private final String secretId;
    private final KeyTime signTime;
    private final KeyTime keyTime;
    private final List<String> headerList;
    private final List<String> urlParamList;
    private final String signature;

    private Authorization(Map<String, String> fields) {
        String algorithm = fields.get("q-sign-algorithm");
        if (!SignatureSteps.ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("q-sign-algorithm is '" + algorithm + "'; only 'sha1' is defined");
        }
        this.secretId = fields.get("q-ak");
        if (secretId.isEmpty()) {
            throw new IllegalArgumentException("q-ak is empty; it must carry the SecretId");
        }
        this.signTime = time("q-sign-time", fields.get("q-sign-time"));
        this.keyTime = time("q-key-time", fields.get("q-key-time"));
        this.headerList = list("q-header-list", fields.get("q-header-list"));
        this.urlParamList = list("q-url-param-list", fields.get("q-url-param-list"));
        this.signature = fields.get("q-signature");
        if (!isLowerHex40(signature)) {
            throw new IllegalArgumentException("q-signature '" + signature + "' is not 40 lower-case hex digits");
        }
    }

    /**
     * Parses an Authorization in header form, or in pre-signed query form (recognised by an
     * encoded {@code ;} in {@code q-sign-time}); in query form, fields other than {@code q-*} are
     * ignored, so a whole pre-signed query may be passed.
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    public static Authorization parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("authorization is empty; pass the Authorization header value (q-sign-algorithm=sha1&q-ak=...)");
        }
        String t = text.trim();
        if (t.startsWith("?")) {
            t = t.substring(1);
        }
        boolean queryForm = t.contains("q-sign-time=") && !t.matches("(?s).*q-sign-time=\\d+;.*");
        Map<String, String> fields = new LinkedHashMap<String, String>();
        for (String part : t.split("&", -1)) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            if (!FIELDS.contains(name)) {
                if (queryForm) {
                    continue;
                }
                throw new IllegalArgumentException("unknown field '" + name + "' in the authorization; expected "
                        + String.join(", ", FIELDS) + " joined by '&'");
            }
            if (eq < 0) {
                throw new IllegalArgumentException("field '" + name + "' has no '='; write " + name + "=<value>");
            }
            String value = part.substring(eq + 1);
            if (queryForm) {
                value = CosUrlEncoder.decode(value);
            }
            if (fields.put(name, value) != null) {
                throw new IllegalArgumentException("field '" + name + "' appears twice in the authorization");
            }
        }
        return fromFields(fields);
    }

    /**
     * Builds from decoded field values, e.g. the {@code q-*} parameters of a pre-signed URL.
     *
     * @throws IllegalArgumentException if a field is missing or malformed
     */
    public static Authorization fromFields(Map<String, String> fields) {
        for (String name : FIELDS) {
            if (!fields.containsKey(name) || fields.get(name) == null) {
                throw new IllegalArgumentException("field '" + name + "' is missing from the authorization; it needs all of "
                        + String.join(", ", FIELDS));
            }
        }
        return new Authorization(fields);
    }

    private static KeyTime time(String field, String value) {
        try {
            return KeyTime.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(String field, String value) {
        if (value.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> names = new ArrayList<String>();
        // a set, not names.contains: the list comes from unauthenticated requests, and may be long
        Set<String> seen = new HashSet<String>();
        for (String name : value.split(";", -1)) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException(field + " '" + value + "' has an empty name; names are joined by single ';'");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(field + " lists '" + name + "' twice. The Go SDK (cos-go-sdk-v5)"
                        + " signs a parameter or header sent more than once this way (k=v1&k=v2 is signed as k;k);"
                        + " cosxml does not support repeated names, because the documentation does not say how the"
                        + " service signs them: send each name once (one value, or distinct names) and sign again");
            }
            names.add(name);
        }
        return Collections.unmodifiableList(names);
    }

    private static boolean isLowerHex40(String s) {
        if (s.length() != 40) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code q-ak}, the SecretId. */
    public String secretId() {
        return secretId;
    }

    /** {@code q-sign-time}: the window the signature claims; used in StringToSign. */
    public KeyTime signTime() {
        return signTime;
    }

    /** {@code q-key-time}: the window SignKey was derived for. */
    public KeyTime keyTime() {
        return keyTime;
    }

    /** {@code q-header-list}, the canonical names of the signed headers. */
    public List<String> headerList() {
        return headerList;
    }

    /** {@code q-url-param-list}, the canonical names of the signed parameters. */
    public List<String> urlParamList() {
        return urlParamList;
    }

    /** {@code q-signature}, 40 lower-case hex digits. */
    public String signature() {
        return signature;
    }

    /** The header form. */
    @Override
    public String toString() {
        return "q-sign-algorithm=sha1&q-ak=" + secretId + "&q-sign-time=" + signTime + "&q-key-time=" + keyTime
                + "&q-header-list=" + String.join(";", headerList) + "&q-url-param-list=" + String.join(";", urlParamList)
                + "&q-signature=" + signature;
    }
}
