package org.grille.api.application;

/** The applicant's legal form, as registered with Québec's Registraire des entreprises. */
public enum LegalForm {
    NON_PROFIT,
    NON_PROFIT_COOPERATIVE,
    COOPERATIVE,
    BUSINESS,
    PUBLIC_BODY,
    UNINCORPORATED_GROUP
}
