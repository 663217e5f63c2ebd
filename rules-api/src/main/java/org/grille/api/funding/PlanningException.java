package org.grille.api.funding;

import org.grille.api.GrilleException;

/**
 * A plan could not be made at all: the max-score solver cannot run on this platform (its native library did not load).
 * Rank order needs no solver and still works. The message says so in the scorer's language.
 */
public final class PlanningException extends GrilleException {

    private static final long serialVersionUID = 1L;

    /**
     * A planning failure.
     *
     * @param message what happened and what to do, in the scorer's language
     * @param cause   the underlying failure
     */
    public PlanningException(String message, Throwable cause) {
        super(message, cause);
    }
}
