package io.github.cosxml.core.sign;

/** Argument checks whose messages name the parameter and say what to pass. */
final class Require {
    private Require() {
    }

    /**
     * {@code value}, when it is not null.
     *
     * @throws IllegalArgumentException "{@code name} is null; {@code whatToPass}"
     */
    static <T> T nonNull(T value, String name, String whatToPass) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null; " + whatToPass);
        }
        return value;
    }
}
