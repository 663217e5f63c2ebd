package org.grille.api;

/**
 * Root of every exception Grille throws. Each subclass carries structured detail (violations with their
 * JSON path, catalog problems with file and line) so a caller can show it or act on it without parsing
 * the message.
 */
public abstract class GrilleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected GrilleException(String message) {
        super(message);
    }

    protected GrilleException(String message, Throwable cause) {
        super(message, cause);
    }
}
