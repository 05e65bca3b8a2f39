package io.github.cosxml.core.sign;

/**
 * Remembers the last SignKey computed, so that the many signatures of one KeyTime window with the
 * same credentials skip that HMAC. Thread-safe: the entry is immutable and published through a
 * volatile field; a race only costs a recomputation.
 */
final class SignKeyCache {
    private final HmacSha1Engine engine;
    private volatile Entry last;

    SignKeyCache(HmacSha1Engine engine) {
        this.engine = engine;
    }

    /** SignKey (40 ASCII hex bytes; callers must not modify it). */
    byte[] signKey(Credentials credentials, KeyTime keyTime) {
        Entry entry = last;
        if (entry != null && entry.start == keyTime.startSeconds() && entry.end == keyTime.endSeconds()
                && (entry.credentials == credentials || entry.credentials.equals(credentials))) {
            return entry.signKey;
        }
        byte[] signKey = SignatureSteps.signKey(engine, credentials, keyTime);
        last = new Entry(credentials, keyTime.startSeconds(), keyTime.endSeconds(), signKey);
        return signKey;
    }

    private static final class Entry {
        final Credentials credentials;
        final long start;
        final long end;
        final byte[] signKey;

        Entry(Credentials credentials, long start, long end, byte[] signKey) {
            this.credentials = credentials;
            this.start = start;
            this.end = end;
            this.signKey = signKey;
        }
    }
}
