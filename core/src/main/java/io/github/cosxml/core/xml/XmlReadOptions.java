package io.github.cosxml.core.xml;

/**
 * How generated readers read XML: lenient or strict, and the limits that protect against hostile
 * input. Immutable; {@link #defaults()} is lenient with safe limits, {@link #strict()} the same
 * limits in strict mode; change with {@link #toBuilder()}.
 *
 * <p>Lenient reading skips unknown elements, accepts children in any order and ignores
 * occurrence violations; it fails only on what cannot be represented (malformed XML, a value
 * that does not parse, the wrong root element, an exceeded limit). Strict reading also reports
 * every unknown element, unknown attribute ({@code xsi:*} attributes aside), order violation,
 * occurrence violation and missing required attribute, and collects all problems into one
 * {@link XmlReadException}.
 */
public final class XmlReadOptions {

    /** Default maximum element nesting depth. */
    public static final int DEFAULT_MAX_DEPTH = 100;
    /** Default maximum length, in chars, of one text value or attribute value. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 1024 * 1024;
    /** Default maximum number of elements in one document. */
    public static final long DEFAULT_MAX_ELEMENT_COUNT = 1_000_000L;

    private static final XmlReadOptions DEFAULTS = builder().build();
    private static final XmlReadOptions STRICT = builder().strict(true).build();

    private final boolean strict;
    private final int maxDepth;
    private final int maxTextLength;
    private final long maxElementCount;

    private XmlReadOptions(Builder builder) {
        this.strict = builder.strict;
        this.maxDepth = builder.maxDepth;
        this.maxTextLength = builder.maxTextLength;
        this.maxElementCount = builder.maxElementCount;
    }

    /**
     * Lenient reading with the default limits.
     *
     * @return the default options
     */
    public static XmlReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Strict reading with the default limits.
     *
     * @return the strict options
     */
    public static XmlReadOptions strict() {
        return STRICT;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().strict(strict).maxDepth(maxDepth).maxTextLength(maxTextLength)
                .maxElementCount(maxElementCount);
    }

    /**
     * Whether structural deviations are reported.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The maximum element nesting depth (the root is depth 1).
     *
     * @return the limit
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The maximum length, in chars, of one text or attribute value.
     *
     * @return the limit
     */
    public int maxTextLength() {
        return maxTextLength;
    }

    /**
     * The maximum number of elements in a document.
     *
     * @return the limit
     */
    public long maxElementCount() {
        return maxElementCount;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof XmlReadOptions)) {
            return false;
        }
        XmlReadOptions other = (XmlReadOptions) o;
        return strict == other.strict && maxDepth == other.maxDepth && maxTextLength == other.maxTextLength
                && maxElementCount == other.maxElementCount;
    }

    @Override
    public int hashCode() {
        int h = Boolean.hashCode(strict);
        h = 31 * h + maxDepth;
        h = 31 * h + maxTextLength;
        return 31 * h + Long.hashCode(maxElementCount);
    }

    @Override
    public String toString() {
        return "XmlReadOptions{strict=" + strict + ", maxDepth=" + maxDepth + ", maxTextLength=" + maxTextLength
                + ", maxElementCount=" + maxElementCount + "}";
    }

    /** Builds {@link XmlReadOptions}. */
    public static final class Builder {
        private boolean strict;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
        private long maxElementCount = DEFAULT_MAX_ELEMENT_COUNT;

        private Builder() {
        }

        /**
         * Sets strict mode.
         *
         * @param value true for strict
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * Sets the maximum nesting depth.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxDepth(int value) {
            this.maxDepth = positive("maxDepth", value);
            return this;
        }

        /**
         * Sets the maximum text or attribute length in chars.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxTextLength(int value) {
            this.maxTextLength = positive("maxTextLength", value);
            return this;
        }

        /**
         * Sets the maximum element count.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxElementCount(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxElementCount must be at least 1, was " + value);
            }
            this.maxElementCount = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return immutable options
         */
        public XmlReadOptions build() {
            return new XmlReadOptions(this);
        }

        private static int positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }
    }
}
