package org.grille.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.grille.api.application.Objective;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.funding.Allocator;
import org.grille.engine.funding.Candidate;
import org.grille.engine.funding.TieBreak;

/**
 * Generated calls for proposals the size of a real round, for the funding-plan benchmarks: {@code n} fundable
 * applications with the bundled catalog's envelope (1 250 000 $ a year for three years, at most 100 000 $ a project).
 *
 * <p>Requests are shaped like the samples': 45 % one-year projects, 30 % two-year, 25 % three-year; a project asks
 * for 20 000 to 100 000 $ in all (in thousands), front-loaded (the first year gets the largest share), so year 1 is the
 * year that binds. Scores are 60 plus the absolute value of a normal draw with σ = 12, capped at 100 (many ties).
 */
final class Calls {

    static final List<Long> ENVELOPE = List.of(1_250_000L, 1_250_000L, 1_250_000L);
    static final String SEED = "montreal-inclusive-2027-call-1";

    private Calls() {
    }

    static List<Candidate> generate(long seed, int n) {
        Random random = new Random(seed);
        List<Objective> objectives = PlainJavaRubric.OBJECTIVES;
        List<Candidate> call = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "GEN-%d-%04d", seed, i);
            int score = Math.min(100, 60 + (int) Math.round(Math.abs(random.nextGaussian()) * 12));
            double r = random.nextDouble();
            int years = r < 0.45 ? 1 : r < 0.75 ? 2 : 3;
            long total = 20_000L + random.nextInt(81) * 1_000L;
            List<Long> requested = new ArrayList<>();
            long left = total;
            for (int y = 0; y < years; y++) {
                // Front-loaded: each year takes at least its even share of what is left, rounded to the thousand.
                long share = y == years - 1 ? left : Math.round(left / (double) (years - y) * (1 + random.nextDouble() * 0.4) / 1_000) * 1_000;
                share = Math.min(share, left);
                requested.add(share);
                left -= share;
            }
            call.add(new Candidate(id, score, true, true, objectives.get(random.nextInt(objectives.size())), requested, List.of(),
                    TieBreak.key(SEED, id)));
        }
        return call;
    }

    static Manifest manifest(Double timeLimitSeconds) {
        return new Manifest("montreal-inclusive", "bench", Map.of(), List.of("x.drl"), "reasons", List.of(),
                PlainJavaRubric.OBJECTIVES.stream().map(o -> new Manifest.ObjectiveEntry(o, Map.of(), null)).toList(), null, 60, null,
                new Manifest.Envelope(3_750_000L, ENVELOPE),
                new Manifest.Allocation(SEED, 0, false, 0.5, timeLimitSeconds), List.of(), List.of(), List.of(), List.of(), null);
    }

    static Allocator allocator(double timeLimitSeconds) {
        return new Allocator(manifest(timeLimitSeconds), new Messages(Locale.CANADA));
    }
}
