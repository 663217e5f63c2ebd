package org.grille.api;

/**
 * Told what happens to a watched catalog directory. Called on the watching thread; keep it quick.
 */
public interface CatalogListener {

    /** A new version passed every check and is now live. Assessments already under way finish on {@code previous}. */
    default void published(CatalogInfo previous, CatalogInfo current) {
    }

    /** An edit did not pass; {@code live} stays in service. The validation says why, with file and line. */
    default void rejected(CatalogInfo live, CatalogValidation validation) {
    }
}
