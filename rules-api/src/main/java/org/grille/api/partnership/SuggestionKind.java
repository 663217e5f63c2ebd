package org.grille.api.partnership;

/** Why two applications were put side by side, as a partnership rule declares it in {@code @suggests(...)}. */
public enum SuggestionKind {
    /** One project's activities complete the other's (one trains job seekers, the other runs employer workshops). */
    COMPLEMENTARY,
    /** Both pursue the same objective. */
    SHARED_OBJECTIVE,
    /** They serve neighbouring boroughs. */
    NEIGHBOURS,
    /** They serve the same people. */
    SHARED_TARGET_GROUP,
    /** Same objective, borough, target group and activity type: a possible duplication for the committee. */
    LIKELY_OVERLAP
}
