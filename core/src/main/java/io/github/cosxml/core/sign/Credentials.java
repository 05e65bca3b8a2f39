package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A SecretId / SecretKey pair, with the session token of temporary (STS) credentials when there
 * is one. Immutable. {@link #toString()} never shows the SecretKey or the token.
 */
public final class Credentials {
    private final String secretId;
    private final String secretKey;
    private final String sessionToken;
    private final byte[] secretKeyUtf8;
    private final byte[] secretIdUtf8;

    private Credentials(String secretId, String secretKey, String sessionToken) {
        this.secretId = requireNotBlank(secretId, "secretId", "the SecretId (AKID...) of the key pair");
        this.secretKey = requireNotBlank(secretKey, "secretKey", "the SecretKey that belongs to SecretId " + secretId);
        if (secretId.indexOf('&') >= 0 || secretId.indexOf('=') >= 0 || hasControl(secretId)) {
            throw new IllegalArgumentException("secretId must not contain '&', '=' or control characters"
                    + " (it is written unencoded into q-ak); check that you passed the SecretId");
        }
        if (sessionToken != null && sessionToken.isEmpty()) {
            throw new IllegalArgumentException("sessionToken is empty; pass null for permanent credentials");
        }
        this.sessionToken = sessionToken;
        this.secretKeyUtf8 = secretKey.getBytes(StandardCharsets.UTF_8);
        this.secretIdUtf8 = secretId.getBytes(StandardCharsets.UTF_8);
    }

    /** Permanent credentials. */
    public static Credentials of(String secretId, String secretKey) {
        return new Credentials(secretId, secretKey, null);
    }

    /** Temporary credentials: TmpSecretId, TmpSecretKey and the session (security) token. */
    public static Credentials temporary(String secretId, String secretKey, String sessionToken) {
        if (sessionToken == null) {
            throw new IllegalArgumentException("sessionToken is null; use Credentials.of(...) for permanent credentials");
        }
        return new Credentials(secretId, secretKey, sessionToken);
    }

    private static String requireNotBlank(String value, String name, String what) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " is " + (value == null ? "null" : "blank") + "; pass " + what);
        }
        return value;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20 || s.charAt(i) == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The SecretId, written as {@code q-ak}. */
    public String secretId() {
        return secretId;
    }

    /** The SecretKey. Handle with care: never log it. */
    public String secretKey() {
        return secretKey;
    }

    /** The session token of temporary credentials, or {@code null}. */
    public String sessionToken() {
        return sessionToken;
    }

    /** Whether these are temporary credentials with a session token. */
    public boolean hasSessionToken() {
        return sessionToken != null;
    }

    byte[] secretKeyUtf8() {
        return secretKeyUtf8;
    }

    byte[] secretIdUtf8() {
        return secretIdUtf8;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials other = (Credentials) o;
        return secretId.equals(other.secretId) && Arrays.equals(secretKeyUtf8, other.secretKeyUtf8)
                && (sessionToken == null ? other.sessionToken == null : sessionToken.equals(other.sessionToken));
    }

    @Override
    public int hashCode() {
        return secretId.hashCode();
    }

    /** Shows the SecretId only; the SecretKey and the token are masked. */
    @Override
    public String toString() {
        return "Credentials{secretId=" + secretId + ", secretKey=****"
                + (sessionToken != null ? ", sessionToken=****" : "") + "}";
    }
}
