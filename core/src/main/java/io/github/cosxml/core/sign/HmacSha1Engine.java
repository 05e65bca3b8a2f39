package io.github.cosxml.core.sign;

/**
 * The two primitives of the signature, SHA-1 and HMAC-SHA1, over byte ranges. Implementations are
 * thread-safe: {@link #jdk()} and {@link #bouncyCastle()}.
 */
public interface HmacSha1Engine {
    /** Length of a SHA-1 digest in bytes. */
    int DIGEST_LENGTH = 20;

    /** A short name for messages and the CLI, e.g. {@code jdk}. */
    String name();

    /** Writes SHA-1 of {@code message[offset, offset+length)} to {@code out[outOffset, outOffset+20)}. */
    void sha1(byte[] message, int offset, int length, byte[] out, int outOffset);

    /** Writes HMAC-SHA1 under {@code key} of {@code message[offset, offset+length)} to {@code out[outOffset, outOffset+20)}. */
    void hmacSha1(byte[] key, byte[] message, int offset, int length, byte[] out, int outOffset);

    /** The JDK's {@code javax.crypto.Mac} and {@code java.security.MessageDigest}: the default. */
    static HmacSha1Engine jdk() {
        return JdkHmacSha1Engine.INSTANCE;
    }

    /**
     * Bouncy Castle's lightweight {@code HMac}/{@code SHA1Digest}, loaded only when this is called.
     *
     * @throws IllegalStateException if {@code org.bouncycastle:bcprov-jdk18on} is not on the classpath
     */
    static HmacSha1Engine bouncyCastle() {
        try {
            Class.forName("org.bouncycastle.crypto.macs.HMac", false, HmacSha1Engine.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("the Bouncy Castle HMAC engine was chosen but Bouncy Castle is not on the"
                    + " classpath; add org.bouncycastle:bcprov-jdk18on or use HmacSha1Engine.jdk()", e);
        }
        return BouncyCastleHmacSha1Engine.INSTANCE;
    }

    /**
     * The engine named {@code jdk} or {@code bc} (for configuration and the CLI).
     *
     * @throws IllegalArgumentException on another name
     */
    static HmacSha1Engine named(String name) {
        if ("jdk".equals(name)) {
            return jdk();
        }
        if ("bc".equals(name) || "bouncycastle".equals(name)) {
            return bouncyCastle();
        }
        throw new IllegalArgumentException("unknown HMAC engine '" + name + "'; pass 'jdk' or 'bc'");
    }
}
