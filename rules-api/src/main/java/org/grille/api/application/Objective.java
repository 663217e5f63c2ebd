package org.grille.api.application;

/**
 * The five priority objectives of the Montréal inclusive program (BINAM, 2018). A project claims one or
 * more of them; the catalog's objective rules score how well it serves each claimed one.
 */
public enum Objective {
    /** Réduire la discrimination. */
    REDUCE_DISCRIMINATION,
    /** Contribuer à la protection et au respect des droits des nouveaux arrivants. */
    NEWCOMER_RIGHTS,
    /** Combattre l'isolement des femmes immigrantes et favoriser leur autonomie financière. */
    IMMIGRANT_WOMEN_AUTONOMY,
    /** Réduire les obstacles qui nuisent à l'embauche des personnes immigrantes. */
    HIRING_BARRIERS,
    /** Conscientiser les employeurs montréalais aux apports positifs de la diversité. */
    EMPLOYER_AWARENESS
}
