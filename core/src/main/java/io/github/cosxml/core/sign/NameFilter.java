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

    /**
     * A number from 1 to {@link SignableRequest#MAX_CHOICE_ID} naming this filter for good, so
     * that a request may remember which of its headers it chose; 0 (the default) if it may not.
     */
    default int choiceId() {
        return 0;
    }
}
