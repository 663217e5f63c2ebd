package org.grille.engine.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grille.api.CatalogInfo;
import org.grille.api.Rejection;
import org.grille.api.application.Objective;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.engine.Messages;
import org.grille.engine.catalog.Manifest;

/**
 * Allocates an envelope among assessed applications. Pure Java and deterministic: candidates are ordered by
 * score, then by their tie-break key, never by input order.
 */
public final class Allocator {

    /** Highest score first, then the neutral tie-break key. */
    static final Comparator<Candidate> RANKING = Comparator.comparingInt(Candidate::total).reversed()
            .thenComparing(Candidate::tieBreakKey);

    private final List<Long> envelope;
    private final int threshold;
    private final Manifest.Allocation options;
    private final String seed;
    private final Messages messages;

    public Allocator(Manifest manifest, Messages messages) {
        this.envelope = manifest.envelope().perYear();
        this.threshold = manifest.fundableThreshold();
        this.options = manifest.allocation();
        this.seed = seedOf(manifest);
        this.messages = messages;
    }

    /** The published seed: the manifest's, or the catalog id and version. */
    public static String seedOf(Manifest manifest) {
        String seed = manifest.allocation().tieBreakSeed();
        return seed == null || seed.isBlank() ? manifest.id() + "-" + manifest.version() : seed;
    }

    public String seed() {
        return seed;
    }

    public FundingPlan plan(List<Candidate> candidates, List<Rejection> rejections, AllocationPolicy policy, CatalogInfo catalog) {
        List<Candidate> fundable = candidates.stream().filter(Candidate::fundable).sorted(RANKING).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < fundable.size(); i++) {
            ranks.put(fundable.get(i).id(), i + 1);
        }
        Map<String, FundingDecision> decisions = policy == AllocationPolicy.MAX_SCORE
                ? maxScore(fundable, ranks)
                : rankOrderWithFloor(fundable, ranks);
        for (Candidate c : candidates) {
            if (!c.fundable()) {
                decisions.put(c.id(), c.eligible()
                        ? decision(c, 0, zeros(c), DecisionReason.BELOW_THRESHOLD, messages.get("funding.belowThreshold", c.total(), threshold))
                        : decision(c, 0, zeros(c), DecisionReason.INELIGIBLE, messages.get("funding.ineligible", String.join(" ", c.gateReasons()))));
            }
        }
        List<FundingDecision> ordered = new ArrayList<>(decisions.values());
        Map<String, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::id, c -> c));
        ordered.sort(Comparator.comparing((FundingDecision d) -> !d.funded())
                .thenComparing(d -> byId.get(d.applicationId()), RANKING));
        return new FundingPlan(policy, seed, envelope, grantedPerYear(ordered), grantedPerObjective(ordered), ordered,
                rejections, catalog);
    }

    private Map<String, FundingDecision> rankOrderWithFloor(List<Candidate> fundable, Map<String, Integer> ranks) {
        Map<String, FundingDecision> plain = rankOrder(fundable, List.of(), ranks);
        Set<Candidate> floor = floorPicks(fundable);
        if (floor.isEmpty()) {
            return plain;
        }
        Map<String, FundingDecision> withFloor = rankOrder(fundable, floor, ranks);
        List<String> promoted = fundable.stream()
                .filter(c -> withFloor.get(c.id()).funded() && !plain.get(c.id()).funded())
                .map(Candidate::id).toList();
        for (Candidate c : fundable) {
            FundingDecision now = withFloor.get(c.id());
            if (now.funded() && promoted.contains(c.id())) {
                withFloor.put(c.id(), decision(c, ranks.get(c.id()), now.granted(), DecisionReason.FUNDED_BY_FLOOR,
                        messages.get("funding.fundedByFloor", options.portfolioFloor(), c.objective())));
            } else if (!now.funded() && plain.get(c.id()).funded()) {
                withFloor.put(c.id(), decision(c, ranks.get(c.id()), zeros(c), DecisionReason.DISPLACED_BY_FLOOR,
                        messages.get("funding.displaced", ranks.get(c.id()), String.join(", ", promoted))));
            }
        }
        return withFloor;
    }

    /** For each objective, its best fundable applications up to the floor. */
    private Set<Candidate> floorPicks(List<Candidate> fundable) {
        Set<Candidate> picks = new LinkedHashSet<>();
        if (options.portfolioFloor() <= 0) {
            return picks;
        }
        for (Objective objective : Objective.values()) {
            fundable.stream().filter(c -> c.objective() == objective).limit(options.portfolioFloor()).forEach(picks::add);
        }
        return picks;
    }

    /** Funds {@code first} in rank order, then everyone else in rank order, each while every year allows. */
    private Map<String, FundingDecision> rankOrder(List<Candidate> fundable, java.util.Collection<Candidate> first,
                                                   Map<String, Integer> ranks) {
        long[] left = envelope.stream().mapToLong(Long::longValue).toArray();
        Map<String, FundingDecision> decisions = new HashMap<>();
        List<Candidate> order = new ArrayList<>(first);
        fundable.stream().filter(c -> !first.contains(c)).forEach(order::add);
        for (Candidate c : order) {
            int rank = ranks.get(c.id());
            int shortYear = shortYear(c, left);
            if (shortYear < 0) {
                take(c.requested(), left);
                decisions.put(c.id(), decision(c, rank, c.requested(), DecisionReason.FUNDED,
                        messages.get("funding.funded", rank, c.total(), c.totalRequested())));
                continue;
            }
            List<Long> partial = options.partialFunding() ? partialGrant(c, left) : null;
            if (partial != null) {
                take(partial, left);
                long granted = partial.stream().mapToLong(Long::longValue).sum();
                decisions.put(c.id(), decision(c, rank, partial, DecisionReason.FUNDED_PARTIALLY,
                        messages.get("funding.fundedPartially", granted, c.totalRequested(), rank)));
            } else {
                decisions.put(c.id(), decision(c, rank, zeros(c), DecisionReason.ENVELOPE_EXHAUSTED,
                        messages.get("funding.exhausted", shortYear + 1, left[shortYear], c.requested().get(shortYear), rank)));
            }
        }
        return decisions;
    }

    private Map<String, FundingDecision> maxScore(List<Candidate> fundable, Map<String, Integer> ranks) {
        Set<String> best;
        try {
            best = Set.copyOf(MaxScoreSearch.bestSet(fundable, envelope));
        } catch (MaxScoreSearch.TooLargeException e) {
            throw new IllegalStateException(messages.get("funding.tooLarge", fundable.size()), e);
        }
        Map<String, FundingDecision> decisions = new HashMap<>();
        for (Candidate c : fundable) {
            int rank = ranks.get(c.id());
            decisions.put(c.id(), best.contains(c.id())
                    ? decision(c, rank, c.requested(), DecisionReason.FUNDED, messages.get("funding.funded", rank, c.total(), c.totalRequested()))
                    : decision(c, rank, zeros(c), DecisionReason.NOT_IN_BEST_SET, messages.get("funding.notInBestSet", rank)));
        }
        return decisions;
    }

    /** The first program year (0-based) without enough money left, or -1 when the request fits. */
    private static int shortYear(Candidate c, long[] left) {
        for (int year = 0; year < c.requested().size(); year++) {
            if (year >= left.length || c.requested().get(year) > left[year]) {
                return year;
            }
        }
        return -1;
    }

    /** What is left of each year's request, if every year gets at least the minimum share; otherwise null. */
    private List<Long> partialGrant(Candidate c, long[] left) {
        List<Long> grant = new ArrayList<>();
        for (int year = 0; year < c.requested().size(); year++) {
            long asked = c.requested().get(year);
            long given = year < left.length ? Math.min(asked, left[year]) : 0;
            if (given < Math.ceil(asked * options.partialMinimumShare())) {
                return null;
            }
            grant.add(given);
        }
        return grant;
    }

    private static void take(List<Long> amounts, long[] left) {
        for (int year = 0; year < amounts.size(); year++) {
            left[year] -= amounts.get(year);
        }
    }

    private static List<Long> zeros(Candidate c) {
        return c.requested().stream().map(x -> 0L).toList();
    }

    private static FundingDecision decision(Candidate c, int rank, List<Long> granted, DecisionReason reason, String explanation) {
        return new FundingDecision(c.id(), c.total(), c.objective(), rank, c.tieBreakKey(), c.requested(), granted,
                reason, explanation);
    }

    private List<Long> grantedPerYear(List<FundingDecision> decisions) {
        long[] granted = new long[envelope.size()];
        for (FundingDecision d : decisions) {
            for (int year = 0; year < d.granted().size() && year < granted.length; year++) {
                granted[year] += d.granted().get(year);
            }
        }
        return java.util.Arrays.stream(granted).boxed().toList();
    }

    private static Map<Objective, Long> grantedPerObjective(List<FundingDecision> decisions) {
        Map<Objective, Long> granted = new EnumMap<>(Objective.class);
        for (Objective objective : Objective.values()) {
            granted.put(objective, 0L);
        }
        decisions.forEach(d -> granted.merge(d.objective(), d.totalGranted(), Long::sum));
        return granted;
    }
}
