package org.grille.api.partnership;

import java.util.List;
import org.grille.api.application.Application;

/**
 * The catalog's partnership rules over a whole call, apart from scoring. Obtained from
 * {@link org.grille.api.Scorer#partnerships()}; immutable and thread-safe.
 */
public interface Partnerships {

    /**
     * Runs the partnership rules over the whole batch and suggests, for each application, partners with a reason for
     * each, strongest first; and, for the committee, clusters of likely overlap. It never changes a score. Invalid
     * applications are left out and listed as rejections. The same applications give the same report in any order.
     *
     * @param applications the batch, in any order; not null, no null element
     * @return each application's suggestions and the clusters of likely overlap
     * @throws IllegalArgumentException when two applications share an id
     */
    PartnershipReport suggest(List<Application> applications);
}
