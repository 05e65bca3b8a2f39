package io.github.cosxml.core.sign;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA1 and SHA-1 from the JDK, one {@link Mac} and {@link MessageDigest} per thread. */
final class JdkHmacSha1Engine implements HmacSha1Engine {
    static final JdkHmacSha1Engine INSTANCE = new JdkHmacSha1Engine();

    private static final ThreadLocal<PerThread> STATE = new ThreadLocal<PerThread>() {
        @Override
        protected PerThread initialValue() {
            return new PerThread();
        }
    };

    private JdkHmacSha1Engine() {
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public void sha1(byte[] message, int offset, int length, byte[] out, int outOffset) {
        MessageDigest digest = STATE.get().digest;
        digest.update(message, offset, length);
        try {
            digest.digest(out, outOffset, DIGEST_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 output buffer too small", e);
        }
    }

    @Override
    public void hmacSha1(byte[] key, byte[] message, int offset, int length, byte[] out, int outOffset) {
        PerThread state = STATE.get();
        try {
            // The same SignKey signs many requests in a row; skip re-keying then.
            if (!Arrays.equals(key, state.lastKey)) {
                state.mac.init(new SecretKeySpec(key, "HmacSHA1"));
                state.lastKey = key.clone();
            }
            state.mac.update(message, offset, length);
            state.mac.doFinal(out, outOffset);
        } catch (GeneralSecurityException e) {
            state.lastKey = null;
            throw new IllegalStateException("HMAC-SHA1 failed", e);
        }
    }

    private static final class PerThread {
        final MessageDigest digest;
        final Mac mac;
        byte[] lastKey;

        PerThread() {
            try {
                digest = MessageDigest.getInstance("SHA-1");
                mac = Mac.getInstance("HmacSHA1");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JDK has no SHA-1 / HmacSHA1 (required by every Java platform)", e);
            }
        }
    }
}
