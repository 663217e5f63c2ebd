package org.grille.api.application;

/** Self-declared gender of the person who leads the organization. Audits only. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    PREFER_NOT_TO_SAY
}
