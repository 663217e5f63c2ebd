package org.grille.engine.funding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.CatalogInfo;
import org.grille.api.application.Objective;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.Manifest;

/** Small envelopes and hand-made candidates for allocation tests. */
final class Plans {

    static final CatalogInfo CATALOG = new CatalogInfo("test", "1", "0".repeat(64), new org.grille.api.Rubric(java.util.List.of(), java.util.List.of(), org.grille.api.Criterion.of("OBJECTIVE_FIT")));
    static final String SEED = "round-2027";
    /** The objectives of the test manifests: the bundled catalog's ids. */
    static final List<Objective> OBJECTIVES = List.of(Objective.of("REDUCE_DISCRIMINATION"), Objective.of("NEWCOMER_RIGHTS"),
            Objective.of("IMMIGRANT_WOMEN_AUTONOMY"), Objective.of("HIRING_BARRIERS"), Objective.of("EMPLOYER_AWARENESS"));

    private Plans() {
    }

    static Allocator allocator(List<Long> envelopePerYear, int floor, boolean partial) {
        return new Allocator(manifest(envelopePerYear, floor, partial), new Messages(Locale.CANADA));
    }

    static Manifest manifest(List<Long> envelopePerYear) {
        return manifest(envelopePerYear, 0, false);
    }

    private static Manifest manifest(List<Long> envelopePerYear, int floor, boolean partial) {
        long total = envelopePerYear.stream().mapToLong(Long::longValue).sum();
        return new Manifest("test", "1", Map.of(), List.of("x.drl"), "reasons", List.of(),
                OBJECTIVES.stream().map(o -> new Manifest.ObjectiveEntry(o, Map.of(), null)).toList(), null, 60, null,
                new Manifest.Envelope(total, envelopePerYear), new Manifest.Allocation(SEED, floor, partial, 0.5), List.of(), List.of(), List.of(), List.of(), null);
    }

    static Candidate fundable(String id, int total, Objective objective, Long... perYear) {
        return new Candidate(id, total, true, total >= 60, objective, List.of(perYear), List.of(), TieBreak.key(SEED, id));
    }

    static Candidate ineligible(String id, int total, Long... perYear) {
        return new Candidate(id, total, false, false, Objective.of("HIRING_BARRIERS"), List.of(perYear),
                List.of("The organization must have been active for at least two years."), TieBreak.key(SEED, id));
    }
}
