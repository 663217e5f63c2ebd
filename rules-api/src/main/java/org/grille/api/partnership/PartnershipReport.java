package org.grille.api.partnership;

import java.util.List;
import org.grille.api.CatalogInfo;
import org.grille.api.Rejection;

/**
 * What the catalog's partnership rules found in one batch. The same applications give the same report in any order.
 *
 * @param catalog      the catalog version whose rules ran
 * @param applications per application that could be read, its suggestions strongest first; in application id order
 * @param overlaps     clusters of likely overlap for the committee, largest first
 * @param rejections   applications left out because they are invalid; they appear in no suggestion
 */
public record PartnershipReport(
        CatalogInfo catalog,
        List<ApplicationSuggestions> applications,
        List<OverlapCluster> overlaps,
        List<Rejection> rejections) {

    /**
     * Copies every list, so the record cannot change after it is made.
     *
     * @param catalog the catalog version whose rules ran
     * @param applications per application that could be read, its suggestions strongest first; in application id order
     * @param overlaps clusters of likely overlap for the committee, largest first
     * @param rejections applications left out because they are invalid; they appear in no suggestion
     */
    public PartnershipReport {
        applications = List.copyOf(applications);
        overlaps = List.copyOf(overlaps);
        rejections = List.copyOf(rejections);
    }
}
