package org.grille.api;

/**
 * No scoring engine, or more than one, was found on the class path. The message names the artifact to
 * add or the duplicates to remove.
 */
public final class EngineLookupException extends GrilleException {

    private static final long serialVersionUID = 1L;

    /**
     * No engine, or too many.
     *
     * @param message which artifact to add, or which duplicates to remove
     */
    public EngineLookupException(String message) {
        super(message);
    }
}
