package io.github.cosxml.core.sign;

/**
 * Chooses, by canonical name, which parameters or headers enter a signature. The name is read
 * from the request's canonical bytes, so that choosing allocates nothing.
 */
interface NameFilter {
    /** Every name. */
    NameFilter ALL = new NameFilter() {
        @Override
        public boolean accepts(byte[] text, int from, int to) {
            return true;
        }
    };

    /** Whether the canonical name {@code text[from, to)} (ASCII) is chosen. */
    boolean accepts(byte[] text, int from, int to);
}
