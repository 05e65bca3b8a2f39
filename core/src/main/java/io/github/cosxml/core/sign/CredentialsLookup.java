package io.github.cosxml.core.sign;

/** Finds the credentials of a SecretId, for {@link SignatureVerifier}. */
public interface CredentialsLookup {
    /** The credentials whose SecretId is {@code secretId}, or {@code null} if unknown. */
    Credentials find(String secretId);

    /**
     * A lookup that knows exactly {@code credentials}.
     *
     * @throws IllegalArgumentException if {@code credentials} is null
     */
    static CredentialsLookup of(final Credentials credentials) {
        Require.nonNull(credentials, "credentials", "pass Credentials.of(secretId, secretKey) or Credentials.temporary(...)");
        return new CredentialsLookup() {
            @Override
            public Credentials find(String secretId) {
                return credentials.secretId().equals(secretId) ? credentials : null;
            }
        };
    }
}
