package io.github.cosxml.core.sign;

/**
 * The outcome of {@link SignatureVerifier#verify}: valid, or why not. Never contains a SecretKey
 * or SignKey; on a mismatch it carries the recomputed HttpString and StringToSign (what the
 * service returns as {@code FormatString} and {@code StringToSign}).
 */
public final class VerificationResult {
    /** Why a verification failed ({@link #VALID} when it did not). */
    public enum Reason {
        /** The signature is valid. */
        VALID,
        /** The authorization cannot be parsed (missing field, bad time, not sha1, ...). */
        MALFORMED,
        /** No credentials are known for {@code q-ak}. */
        UNKNOWN_SECRET_ID,
        /** The window starts after now (beyond the tolerance). */
        NOT_YET_VALID,
        /** The window ended before now (beyond the tolerance). */
        EXPIRED,
        /** A header named in {@code q-header-list} is not in the request. */
        MISSING_HEADER,
        /** A parameter named in {@code q-url-param-list} is not in the request. */
        MISSING_PARAMETER,
        /** The recomputed signature differs. */
        SIGNATURE_MISMATCH
    }

    private final Reason reason;
    private final String message;
    private final String httpString;
    private final String stringToSign;

    private VerificationResult(Reason reason, String message, String httpString, String stringToSign) {
        this.reason = reason;
        this.message = message;
        this.httpString = httpString;
        this.stringToSign = stringToSign;
    }

    static VerificationResult valid() {
        return new VerificationResult(Reason.VALID, "signature is valid", null, null);
    }

    static VerificationResult failure(Reason reason, String message) {
        return new VerificationResult(reason, message, null, null);
    }

    static VerificationResult mismatch(String message, String httpString, String stringToSign) {
        return new VerificationResult(Reason.SIGNATURE_MISMATCH, message, httpString, stringToSign);
    }

    /** Whether the signature is valid. */
    public boolean isValid() {
        return reason == Reason.VALID;
    }

    /** Why it failed, or {@link Reason#VALID}. */
    public Reason reason() {
        return reason;
    }

    /** A readable explanation that says what to check. */
    public String message() {
        return message;
    }

    /** On {@link Reason#SIGNATURE_MISMATCH}: the HttpString the verifier computed; otherwise {@code null}. */
    public String httpString() {
        return httpString;
    }

    /** On {@link Reason#SIGNATURE_MISMATCH}: the StringToSign the verifier computed; otherwise {@code null}. */
    public String stringToSign() {
        return stringToSign;
    }

    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
