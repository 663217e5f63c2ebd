package org.grille.engine.funding;

import java.util.List;
import org.grille.api.application.Objective;

/**
 * What allocation needs to know of one assessed application.
 *
 * @param id          application id
 * @param total       score
 * @param eligible    no gate failed
 * @param fundable    eligible and at or above the threshold
 * @param objective   primary objective
 * @param requested   amount per project year
 * @param gateReasons reasons of the failed gates
 * @param tieBreakKey neutral key ordering equal scores
 */
public record Candidate(
        String id,
        int total,
        boolean eligible,
        boolean fundable,
        Objective objective,
        List<Long> requested,
        List<String> gateReasons,
        String tieBreakKey) {

    public Candidate {
        requested = List.copyOf(requested);
        gateReasons = List.copyOf(gateReasons);
    }

    long totalRequested() {
        return requested.stream().mapToLong(Long::longValue).sum();
    }
}
