package io.github.cosxml.core.xml;

/**
 * One facet violation found by a generated {@code validate()}: the property path
 * (e.g. {@code jobsDetail.tags[2]}), the facet (e.g. {@code maxLength}) and a message.
 */
public final class Violation {

    private final String path;
    private final String facet;
    private final String message;

    /**
     * Creates a violation.
     *
     * @param path the property path; empty for the validated object itself
     * @param facet the facet name: required, minOccurs, maxOccurs, choice, enumeration, pattern,
     *     minInclusive, maxInclusive, minExclusive, maxExclusive, length, minLength, maxLength, totalDigits,
     *     fractionDigits, fixed, datatype (text that is not a value of its type: binary data that does not
     *     decode, a name with a space, a malformed duration)
     * @param message what is wrong
     */
    public Violation(String path, String facet, String message) {
        this.path = path;
        this.facet = facet;
        this.message = message;
    }

    /**
     * The property path.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The facet that is violated.
     *
     * @return the facet name
     */
    public String facet() {
        return facet;
    }

    /**
     * What is wrong.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Violation)) {
            return false;
        }
        Violation other = (Violation) o;
        return path.equals(other.path) && facet.equals(other.facet) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return (path.hashCode() * 31 + facet.hashCode()) * 31 + message.hashCode();
    }

    /**
     * Formats as {@code path: message (facet)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(object)" : path) + ": " + message + " (" + facet + ")";
    }
}
