package org.grille.api.application;

/** A yes/no self-declaration that may be withheld. Audits only. */
public enum Disclosure {
    /** Declared yes. */
    YES,
    /** Declared no. */
    NO,
    /** Chose not to answer. */
    PREFER_NOT_TO_SAY
}
