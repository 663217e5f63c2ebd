package org.grille.engine.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grille.api.CatalogInfo;
import org.grille.api.Rejection;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.Departure;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;

/**
 * A plan made around the selection committee's decisions. The committee's funded applications are paid first, in
 * full; the applications it does not fund or sets aside take nothing; the others share what is left under the
 * policy, ranked among the whole call. The plan the rules alone make is computed too, so that every difference from it
 * is listed as a departure: the committee's own, and their consequences on the others.
 */
final class CommitteePlan {

    private final Allocator allocator;

    CommitteePlan(Allocator allocator) {
        this.allocator = allocator;
    }

    FundingPlan plan(List<Candidate> candidates, List<Rejection> rejections, AllocationPolicy policy, CatalogInfo catalog,
                     List<CommitteeDecision> committee) {
        if (committee.isEmpty()) {
            return allocator.plan(candidates, rejections, policy, catalog);
        }
        Map<String, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::id, c -> c));
        Map<String, CommitteeDecision> decided = checked(committee, byId);
        FundingPlan byRules = allocator.plan(candidates, rejections, policy, catalog);
        Map<String, Integer> ranks = Allocator.ranks(candidates);

        List<Long> left = new ArrayList<>(allocator.envelope());
        List<FundingDecision> decisions = new ArrayList<>();
        for (CommitteeDecision d : decided.values()) {
            Candidate c = byId.get(d.applicationId());
            if (d.kind() == CommitteeDecision.Kind.FUND) {
                pay(c, left);
            }
            decisions.add(decision(c, ranks.getOrDefault(c.id(), 0), d));
        }
        List<Candidate> rest = candidates.stream().filter(c -> !decided.containsKey(c.id())).toList();
        FundingPlan others = allocator.withEnvelope(left).plan(rest, List.of(), policy, catalog, ranks);
        decisions.addAll(others.decisions());
        decisions.sort(Comparator.comparing((FundingDecision d) -> !d.funded())
                .thenComparing(d -> byId.get(d.applicationId()), Allocator.RANKING));

        List<Departure> departures = new ArrayList<>();
        for (FundingDecision now : decisions) {
            FundingDecision rules = byRules.decision(now.applicationId());
            CommitteeDecision own = decided.get(now.applicationId());
            boolean setAside = own != null && own.kind() == CommitteeDecision.Kind.SET_ASIDE;
            if (setAside || !rules.granted().equals(now.granted())) {
                departures.add(new Departure(now.applicationId(), rules.reason(), now.reason(), own));
            }
        }
        return new FundingPlan(policy, byRules.tieBreakSeed(), byRules.envelopePerYear(),
                allocator.grantedPerYear(decisions), allocator.grantedPerObjective(decisions), decisions, rejections,
                catalog, others.optimality(), List.copyOf(decided.values()), departures);
    }

    /** The decisions by application, each naming an application of the call, at most once, and funding only what may be. */
    private Map<String, CommitteeDecision> checked(List<CommitteeDecision> committee, Map<String, Candidate> byId) {
        Map<String, CommitteeDecision> decided = new LinkedHashMap<>();
        for (CommitteeDecision d : committee) {
            java.util.Objects.requireNonNull(d, "decisions: null entry");
            Candidate c = byId.get(d.applicationId());
            if (c == null) {
                throw new IllegalArgumentException(allocator.messages().get("committee.unknownApplication", d.applicationId()));
            }
            if (decided.put(d.applicationId(), d) != null) {
                throw new IllegalArgumentException(allocator.messages().get("committee.twice", d.applicationId()));
            }
            if (d.kind() == CommitteeDecision.Kind.FUND && !c.eligible()) {
                throw new IllegalArgumentException(allocator.messages().get("committee.fundIneligible", d.applicationId(),
                        String.join(" ", c.gateReasons())));
            }
        }
        return decided;
    }

    /** Takes the committee-funded request from what is left, or says which year cannot pay it. */
    private void pay(Candidate c, List<Long> left) {
        for (int year = 0; year < c.requested().size(); year++) {
            long asked = c.requested().get(year);
            long available = year < left.size() ? left.get(year) : 0;
            if (asked > available) {
                throw new IllegalArgumentException(allocator.messages().get("committee.overEnvelope", c.id(), year + 1, asked, available));
            }
            left.set(year, available - asked);
        }
    }

    private FundingDecision decision(Candidate c, int rank, CommitteeDecision d) {
        List<Long> zeros = c.requested().stream().map(x -> 0L).toList();
        switch (d.kind()) {
            case FUND:
                return new FundingDecision(c.id(), c.total(), c.objective(), rank, c.tieBreakKey(), c.requested(),
                        c.requested(), DecisionReason.FUNDED_BY_COMMITTEE,
                        allocator.text("committee.funded", d.reason(), d.author(), c.total()));
            case NOT_FUND:
                return new FundingDecision(c.id(), c.total(), c.objective(), rank, c.tieBreakKey(), c.requested(), zeros,
                        DecisionReason.NOT_FUNDED_BY_COMMITTEE, allocator.text("committee.notFunded", d.reason(), d.author(), c.total()));
            default:
                return new FundingDecision(c.id(), c.total(), c.objective(), rank, c.tieBreakKey(), c.requested(), zeros,
                        DecisionReason.SET_ASIDE_BY_COMMITTEE, allocator.text("committee.setAside", d.reason(), d.author(), c.total()));
        }
    }
}
