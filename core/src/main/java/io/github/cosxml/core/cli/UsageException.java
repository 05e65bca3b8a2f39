package io.github.cosxml.core.cli;

/** A command line the CLI cannot run; the message says what to change. Exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
