package org.grille.api.application;

/** A yes/no self-declaration that may be withheld. Audits only. */
public enum Disclosure {
    YES,
    NO,
    PREFER_NOT_TO_SAY
}
