package org.grille.api.application;

/** How firmly a partner is committed, weakest first. */
public enum Commitment {
    NONE,
    LETTER_OF_SUPPORT,
    SIGNED_AGREEMENT
}
