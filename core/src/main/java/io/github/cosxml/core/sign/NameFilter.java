package io.github.cosxml.core.sign;

/** Chooses, by canonical name, which parameters or headers enter a signature. */
interface NameFilter {
    /** Every name. */
    NameFilter ALL = new NameFilter() {
        @Override
        public boolean accepts(String canonicalName) {
            return true;
        }
    };

    boolean accepts(String canonicalName);
}
