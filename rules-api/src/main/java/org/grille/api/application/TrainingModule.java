package org.grille.api.application;

/** The three modules of the BINAM training path (September 2018). */
public enum TrainingModule {
    /** Concevoir son impact social. */
    SOCIAL_IMPACT_DESIGN,
    /** Évaluer les effets et l'impact de notre action. */
    IMPACT_EVALUATION,
    /** Raconter sa mission (storytelling). */
    STORYTELLING
}
