package org.grille.api;

/**
 * Told what happens to a watched catalog directory. Called on the watching thread; keep it quick.
 *
 * <p>Each call reports a change of state, never the same state twice: an alarm raised on {@link #rejected} or
 * {@link #unavailable} clears on the next {@link #published} or {@link #recovered}.
 */
public interface CatalogListener {

    /**
     * A new version passed every check and is now live. Assessments already under way finish on {@code previous}.
     *
     * @param previous the version that was live
     * @param current  the version live now
     */
    default void published(CatalogInfo previous, CatalogInfo current) {
    }

    /**
     * An edit did not pass; {@code live} stays in service. The validation says why, with file and line.
     *
     * @param live       the version that stays live
     * @param validation the problems of the edit
     */
    default void rejected(CatalogInfo live, CatalogValidation validation) {
    }

    /**
     * The directory cannot be read (deleted, half-way through a swap, no permission); {@code live} stays in service
     * and the directory is watched until it is back.
     *
     * @param live   the version that stays live
     * @param reason what went wrong, in the scorer's language
     */
    default void unavailable(CatalogInfo live, String reason) {
    }

    /**
     * The directory holds the live version's content again, after an edit was rejected or the directory was
     * unavailable: nothing changed in service, and the earlier alarm can clear.
     *
     * @param live the version live, which the directory matches again
     */
    default void recovered(CatalogInfo live) {
    }
}
