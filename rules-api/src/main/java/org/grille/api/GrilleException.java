package org.grille.api;

/**
 * Root of every exception Grille throws. Each subclass carries structured detail (violations with their
 * JSON path, catalog problems with file and line) so a caller can show it or act on it without parsing
 * the message.
 */
public abstract class GrilleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what went wrong, for the developer or the user as the subclass says
     */
    protected GrilleException(String message) {
        super(message);
    }

    /**
     * An exception with a message and its cause.
     *
     * @param message what went wrong
     * @param cause   the failure underneath, or null
     */
    protected GrilleException(String message, Throwable cause) {
        super(message, cause);
    }
}
