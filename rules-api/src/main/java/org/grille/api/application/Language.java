package org.grille.api.application;

/** The language the application is written in. A protected attribute: audits only. */
public enum Language {
    /** Written in French. */
    FRENCH,
    /** Written in English. */
    ENGLISH
}
