package org.grille.engine.funding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.grille.api.funding.FundingPlanner;
import org.grille.api.funding.Optimality;
import org.grille.api.funding.PlanningException;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.Manifest;

/**
 * Allocates an envelope among assessed applications. Pure Java and deterministic: candidates are ordered by
 * score, then by their tie-break key, never by input order.
 */
public final class Allocator {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Allocator.class);

    /** Highest score first, then the neutral tie-break key. */
    static final Comparator<Candidate> RANKING = Comparator.comparingInt(Candidate::total).reversed()
            .thenComparing(Candidate::tieBreakKey);

    private final List<Long> envelope;
    /** The program's objectives in the manifest's order: the floor's and the per-objective sums' order. */
    private final List<Objective> objectives;
    private final int threshold;
    private final Manifest.Allocation options;
    private final String seed;
    private final Messages messages;
    private final Duration timeLimit;
    /** False for the many re-plans of a sensitivity study, which only compare who is funded. */
    private final boolean explain;

    /** An allocator with the manifest's solver time limit, or {@link FundingPlanner#DEFAULT_TIME_LIMIT}. */
    public Allocator(Manifest manifest, Messages messages) {
        this(manifest, messages, timeLimitOf(manifest));
    }

    /** An allocator whose max-score solver stops after {@code timeLimit}. */
    public Allocator(Manifest manifest, Messages messages, Duration timeLimit) {
        this.envelope = manifest.envelope().perYear();
        this.objectives = manifest.objectiveIds();
        this.threshold = manifest.fundableThreshold();
        this.options = manifest.allocation();
        this.seed = seedOf(manifest);
        this.messages = messages;
        this.timeLimit = timeLimit;
        this.explain = true;
    }

    private Allocator(Allocator explained) {
        this(explained, explained.envelope, false);
    }

    private Allocator(Allocator other, List<Long> envelope, boolean explain) {
        this.envelope = List.copyOf(envelope);
        this.objectives = other.objectives;
        this.threshold = other.threshold;
        this.options = other.options;
        this.seed = other.seed;
        this.messages = other.messages;
        this.timeLimit = other.timeLimit;
        this.explain = explain;
    }

    /** The same allocator with another envelope: what is left once the committee's own choices are paid. */
    Allocator withEnvelope(List<Long> left) {
        return new Allocator(this, left, explain);
    }

    /** The same allocator without explanations: for comparing many plans quickly. */
    Allocator quiet() {
        return explain ? new Allocator(this) : this;
    }

    /** The ids of the applications the plan funds. */
    Set<String> fundedIds(List<Candidate> candidates, AllocationPolicy policy) {
        return quiet().plan(candidates, List.of(), policy, null).decisions().stream()
                .filter(FundingDecision::funded).map(FundingDecision::applicationId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    Messages messages() {
        return messages;
    }

    String text(String key, Object... arguments) {
        return explain ? messages.get(key, arguments) : "";
    }

    /** The manifest's {@code solverTimeLimitSeconds}, or {@link FundingPlanner#DEFAULT_TIME_LIMIT}. */
    public static Duration timeLimitOf(Manifest manifest) {
        Double seconds = manifest.allocation().solverTimeLimitSeconds();
        return seconds == null ? FundingPlanner.DEFAULT_TIME_LIMIT : Duration.ofMillis(Math.round(seconds * 1000));
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    int threshold() {
        return threshold;
    }

    List<Long> envelope() {
        return envelope;
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
        return plan(candidates, rejections, policy, catalog, ranks(candidates));
    }

    /** Each fundable candidate's place in the ranking, 1 = best. */
    static Map<String, Integer> ranks(List<Candidate> candidates) {
        List<Candidate> fundable = ranked(candidates);
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < fundable.size(); i++) {
            ranks.put(fundable.get(i).id(), i + 1);
        }
        return ranks;
    }

    /** The plan, with ranks counted among a larger call than {@code candidates}. */
    FundingPlan plan(List<Candidate> candidates, List<Rejection> rejections, AllocationPolicy policy, CatalogInfo catalog,
                     Map<String, Integer> ranks) {
        List<Candidate> fundable = ranked(candidates);
        Optimality[] optimality = new Optimality[1];
        Map<String, FundingDecision> decisions = policy == AllocationPolicy.MAX_SCORE
                ? maxScore(fundable, ranks, optimality)
                : rankOrderWithFloor(fundable, ranks);
        for (Candidate c : candidates) {
            if (!c.fundable()) {
                decisions.put(c.id(), c.eligible()
                        ? decision(c, 0, zeros(c), DecisionReason.BELOW_THRESHOLD, text("funding.belowThreshold", c.total(), threshold))
                        : decision(c, 0, zeros(c), DecisionReason.INELIGIBLE, text("funding.ineligible", String.join(" ", c.gateReasons()))));
            }
        }
        List<FundingDecision> ordered = new ArrayList<>(decisions.values());
        Map<String, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::id, c -> c));
        ordered.sort(Comparator.comparing((FundingDecision d) -> !d.funded())
                .thenComparing(d -> byId.get(d.applicationId()), RANKING));
        if (optimality[0] == null) {
            int score = ordered.stream().filter(FundingDecision::funded).mapToInt(FundingDecision::total).sum();
            optimality[0] = new Optimality(Optimality.Status.NOT_SEARCHED, score, score,
                    text("funding.optimality.rank", score));
        }
        return new FundingPlan(policy, seed, envelope, grantedPerYear(ordered), grantedPerObjective(ordered), ordered,
                rejections, catalog, optimality[0]);
    }

    /** The fundable candidates in ranking order: best score first, then the tie-break key. */
    static List<Candidate> ranked(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::fundable).sorted(RANKING).toList();
    }

    /** Who rank order alone (no floor, no partial grants) funds, as positions in {@code ranked}. */
    BitSet greedy(List<Candidate> ranked) {
        long[] left = envelope.stream().mapToLong(Long::longValue).toArray();
        BitSet funded = new BitSet();
        for (int i = 0; i < ranked.size(); i++) {
            if (shortYear(ranked.get(i), left) < 0) {
                take(ranked.get(i).requested(), left);
                funded.set(i);
            }
        }
        return funded;
    }

    MaxScoreSolver solver(List<Candidate> ranked) {
        try {
            return new MaxScoreSolver(ranked, envelope);
        } catch (MaxScoreSolver.SolverUnavailableException | LinkageError e) {
            // no native library for this platform, or ortools-java not on the application's classpath
            throw new PlanningException(messages.get("funding.solverUnavailable", System.getProperty("os.name"),
                    System.getProperty("os.arch")), e);
        }
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
                        text("funding.fundedByFloor", options.portfolioFloor(), c.objective())));
            } else if (!now.funded() && plain.get(c.id()).funded()) {
                withFloor.put(c.id(), decision(c, ranks.get(c.id()), zeros(c), DecisionReason.DISPLACED_BY_FLOOR,
                        text("funding.displaced", ranks.get(c.id()), String.join(", ", promoted))));
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
        for (Objective objective : objectives) {
            fundable.stream().filter(c -> objective.equals(c.objective())).limit(options.portfolioFloor()).forEach(picks::add);
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
                        text("funding.funded", rank, c.total(), c.totalRequested())));
                continue;
            }
            List<Long> partial = options.partialFunding() ? partialGrant(c, left) : null;
            if (partial != null) {
                take(partial, left);
                long granted = partial.stream().mapToLong(Long::longValue).sum();
                decisions.put(c.id(), decision(c, rank, partial, DecisionReason.FUNDED_PARTIALLY,
                        text("funding.fundedPartially", granted, c.totalRequested(), rank)));
            } else {
                boolean noSuchYear = shortYear >= left.length;
                String why = noSuchYear
                        ? text("funding.noSuchYear", shortYear + 1, left.length, rank)
                        : text("funding.exhausted", shortYear + 1, envelope.get(shortYear) - left[shortYear],
                                envelope.get(shortYear), left[shortYear], c.requested().get(shortYear), rank);
                decisions.put(c.id(), new FundingDecision(c.id(), c.total(), c.objective(), rank, c.tieBreakKey(),
                        c.requested(), zeros(c), DecisionReason.ENVELOPE_EXHAUSTED, why, shortYear + 1));
            }
        }
        return decisions;
    }

    private Map<String, FundingDecision> maxScore(List<Candidate> fundable, Map<String, Integer> ranks, Optimality[] optimality) {
        BitSet start = greedy(fundable);
        MaxScoreSolver.Result result = fundable.isEmpty()
                ? new MaxScoreSolver.Result(new BitSet(), MaxScoreSolver.Stage.TIES_BROKEN, 0, 0, 0, false)
                : solver(fundable).solve(start, timeLimit);
        optimality[0] = optimality(result, fundable.size());
        Map<String, FundingDecision> decisions = new HashMap<>();
        for (int i = 0; i < fundable.size(); i++) {
            Candidate c = fundable.get(i);
            int rank = ranks.get(c.id());
            decisions.put(c.id(), result.funded().get(i)
                    ? decision(c, rank, c.requested(), DecisionReason.FUNDED, text("funding.funded", rank, c.total(), c.totalRequested()))
                    : decision(c, rank, zeros(c), DecisionReason.NOT_IN_BEST_SET, text("funding.notInBestSet", rank)));
        }
        return decisions;
    }

    private Optimality optimality(MaxScoreSolver.Result r, int fundableCount) {
        double seconds = timeLimit.toNanos() / 1e9;
        String message = switch (r.stage()) {
            case TIES_BROKEN -> text("funding.optimality.optimal", r.score());
            case SCORE_PROVEN -> text("funding.optimality.tiesUnresolved", r.score(), seconds);
            case SCORE_UNPROVEN -> text("funding.optimality.timeLimit", seconds, r.score(), r.bound(),
                    r.bound() - r.score(), r.bound() == 0 ? 0.0 : 100.0 * (r.bound() - r.score()) / r.bound());
        };
        if (r.wallClockCut()) {
            // the only case where another machine, or this one less busy, could find another plan: say so
            message = message + " " + text("funding.optimality.wallClock", seconds * MaxScoreSolver.WALL_CLOCK_FACTOR);
        }
        Optimality.Status status = switch (r.stage()) {
            case TIES_BROKEN -> Optimality.Status.OPTIMAL;
            case SCORE_PROVEN -> Optimality.Status.OPTIMAL_TIES_UNRESOLVED;
            case SCORE_UNPROVEN -> Optimality.Status.TIME_LIMIT;
        };
        if (explain) {
            LOG.debug("Max-score plan of {} fundable applications: {} in {} ms", fundableCount, status, r.millis());
        }
        return new Optimality(status, r.score(), r.bound(), message);
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

    List<Long> grantedPerYear(List<FundingDecision> decisions) {
        long[] granted = new long[envelope.size()];
        for (FundingDecision d : decisions) {
            for (int year = 0; year < d.granted().size() && year < granted.length; year++) {
                granted[year] += d.granted().get(year);
            }
        }
        return java.util.Arrays.stream(granted).boxed().toList();
    }

    Map<Objective, Long> grantedPerObjective(List<FundingDecision> decisions) {
        Map<Objective, Long> granted = new LinkedHashMap<>();
        for (Objective objective : objectives) {
            granted.put(objective, 0L);
        }
        decisions.forEach(d -> granted.merge(d.objective(), d.totalGranted(), Long::sum));
        return granted;
    }
}
