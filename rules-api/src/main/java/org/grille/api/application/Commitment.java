package org.grille.api.application;

/** How firmly a partner is committed, weakest first. */
public enum Commitment {
    /** No commitment in writing. */
    NONE,
    /** The partner wrote a letter of support. */
    LETTER_OF_SUPPORT,
    /** The partner signed a collaboration agreement. */
    SIGNED_AGREEMENT
}
