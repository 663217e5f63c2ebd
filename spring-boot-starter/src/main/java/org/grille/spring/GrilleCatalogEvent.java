package org.grille.spring;

import org.grille.api.CatalogInfo;
import org.grille.api.CatalogValidation;

/**
 * What happened to a catalog directory, published as a Spring application event: listen with
 * {@code @EventListener void on(GrilleCatalogEvent event)} or for one kind ({@link Published}...). Published on the
 * thread that reloads (the watcher's, when {@code grille.catalog.watch} is on); keep listeners quick.
 */
public sealed interface GrilleCatalogEvent {

    /**
     * The version live after the event.
     *
     * @return the live catalog's id, version and fingerprint
     */
    CatalogInfo live();

    /**
     * A new version passed every check and is now live.
     *
     * @param previous the version that was live
     * @param live     the version live now
     */
    record Published(CatalogInfo previous, CatalogInfo live) implements GrilleCatalogEvent {
    }

    /**
     * An edit did not pass; the live version stays in service.
     *
     * @param live       the version that stays live
     * @param validation the problems of the edit, with file and line
     */
    record Rejected(CatalogInfo live, CatalogValidation validation) implements GrilleCatalogEvent {
    }

    /**
     * The directory could not be read; the live version stays in service.
     *
     * @param live   the version that stays live
     * @param reason what went wrong, in the scorer's language
     */
    record Unavailable(CatalogInfo live, String reason) implements GrilleCatalogEvent {
    }

    /**
     * The directory holds the live version again, after a rejected edit or while unavailable.
     *
     * @param live the version live, which the directory matches again
     */
    record Recovered(CatalogInfo live) implements GrilleCatalogEvent {
    }
}
