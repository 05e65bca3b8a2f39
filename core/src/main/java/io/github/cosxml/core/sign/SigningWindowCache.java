package io.github.cosxml.core.sign;

/**
 * Remembers what the last signing window needed, so that the many signatures of one KeyTime
 * with the same credentials skip the SignKey HMAC and write the window's fixed text with one
 * copy each. Thread-safe: the window is immutable and published through a volatile field; a race
 * only costs a recomputation.
 */
final class SigningWindowCache {
    private final HmacSha1Engine engine;
    private volatile Window last;

    SigningWindowCache(HmacSha1Engine engine) {
        this.engine = engine;
    }

    /** The window of these credentials and KeyTime (used as both sign time and key time). */
    Window window(Credentials credentials, KeyTime keyTime) {
        Window window = last;
        if (window != null && window.start == keyTime.startSeconds() && window.end == keyTime.endSeconds()
                && (window.credentials == credentials || window.credentials.equals(credentials))) {
            return window;
        }
        window = new Window(engine, credentials, keyTime);
        last = window;
        return window;
    }

    /** What every signature in one window with one set of credentials shares. Immutable. */
    static final class Window {
        final Credentials credentials;
        final long start;
        final long end;
        /** SignKey, 40 ASCII hex bytes (step 2). */
        final byte[] signKey;
        /** StringToSign up to the HttpString hash (step 6). */
        final byte[] stringToSignStart;
        /** The Authorization up to the header list (step 8). */
        final byte[] authorizationStart;

        Window(HmacSha1Engine engine, Credentials credentials, KeyTime keyTime) {
            this.credentials = credentials;
            this.start = keyTime.startSeconds();
            this.end = keyTime.endSeconds();
            this.signKey = SignatureSteps.signKey(engine, credentials, keyTime);
            this.stringToSignStart = SignatureSteps.stringToSignStart(keyTime);
            this.authorizationStart = SignatureSteps.authorizationStart(credentials, keyTime, keyTime);
        }
    }
}
