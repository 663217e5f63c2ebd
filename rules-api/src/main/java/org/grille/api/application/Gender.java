package org.grille.api.application;

/** Self-declared gender of the person who leads the organization. Audits only. */
public enum Gender {
    /** Woman. */
    WOMAN,
    /** Man. */
    MAN,
    /** Non-binary person. */
    NON_BINARY,
    /** Chose not to declare a gender. */
    PREFER_NOT_TO_SAY
}
