package org.grille.cli;

/** The command was called in a way that cannot work; the message says how to call it. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
