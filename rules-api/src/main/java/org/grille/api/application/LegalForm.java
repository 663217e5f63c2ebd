package org.grille.api.application;

/** The applicant's legal form, as registered with Québec's Registraire des entreprises. */
public enum LegalForm {
    /** Non-profit organization (OBNL); passes the bundled NON_PROFIT gate. */
    NON_PROFIT,
    /** Non-profit (solidarity) cooperative; passes the bundled NON_PROFIT gate. */
    NON_PROFIT_COOPERATIVE,
    /** Cooperative that may distribute surplus; fails the bundled NON_PROFIT gate. */
    COOPERATIVE,
    /** For-profit business; fails the bundled NON_PROFIT gate. */
    BUSINESS,
    /** Public or parapublic body; fails the bundled NON_PROFIT gate. */
    PUBLIC_BODY,
    /** Group without legal personality; fails the bundled NON_PROFIT gate. */
    UNINCORPORATED_GROUP
}
