package io.github.cosxml.core.sign;

/** Per-thread buffers of the signing fast path, so that a signature allocates almost nothing. */
final class Scratch {
    private static final ThreadLocal<Scratch> CURRENT = new ThreadLocal<Scratch>() {
        @Override
        protected Scratch initialValue() {
            return new Scratch();
        }
    };

    final ByteSink httpString = new ByteSink(1024);
    final ByteSink stringToSign = new ByteSink(96);
    final ByteSink authorization = new ByteSink(512);
    final byte[] digest = new byte[HmacSha1Engine.DIGEST_LENGTH];
    private final CanonicalFormWriter canonicalFormWriter = new CanonicalFormWriter();

    /** The writer of canonical forms, apart from the signing buffers. */
    static CanonicalFormWriter canonicalFormWriter() {
        return CURRENT.get().canonicalFormWriter;
    }

    static Scratch get() {
        Scratch scratch = CURRENT.get();
        scratch.httpString.reset();
        scratch.stringToSign.reset();
        scratch.authorization.reset();
        return scratch;
    }
}
