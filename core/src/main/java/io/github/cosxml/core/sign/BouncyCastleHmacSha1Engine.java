package io.github.cosxml.core.sign;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SHA1 and SHA-1 from Bouncy Castle's lightweight API (no JCA provider registration). Only
 * loaded through {@link HmacSha1Engine#bouncyCastle()}, so Bouncy Castle stays optional.
 */
final class BouncyCastleHmacSha1Engine implements HmacSha1Engine {
    static final BouncyCastleHmacSha1Engine INSTANCE = new BouncyCastleHmacSha1Engine();

    private static final ThreadLocal<PerThread> STATE = new ThreadLocal<PerThread>() {
        @Override
        protected PerThread initialValue() {
            return new PerThread();
        }
    };

    private BouncyCastleHmacSha1Engine() {
    }

    @Override
    public String name() {
        return "bc";
    }

    @Override
    public void sha1(byte[] message, int offset, int length, byte[] out, int outOffset) {
        SHA1Digest digest = STATE.get().digest;
        digest.update(message, offset, length);
        digest.doFinal(out, outOffset);
    }

    @Override
    public void hmacSha1(byte[] key, byte[] message, int offset, int length, byte[] out, int outOffset) {
        PerThread state = STATE.get();
        if (!Arrays.equals(key, state.lastKey)) {
            state.mac.init(new KeyParameter(key));
            state.lastKey = key.clone();
        }
        state.mac.update(message, offset, length);
        state.mac.doFinal(out, outOffset);
    }

    private static final class PerThread {
        final SHA1Digest digest = new SHA1Digest();
        final HMac mac = new HMac(new SHA1Digest());
        byte[] lastKey;
    }
}
