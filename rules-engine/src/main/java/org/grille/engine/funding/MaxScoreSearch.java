package org.grille.engine.funding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds exactly the set of candidates whose scores add up to the most while every program year stays within
 * the envelope: a depth-first branch and bound over "fund / do not fund", with the fractional knapsack on the
 * whole envelope as the bound. Candidates are explored in a fixed order (score per dollar, then tie-break key),
 * and only a strictly better set replaces the best one, so the answer is the same on every run.
 */
final class MaxScoreSearch {

    /** Beyond this many explored nodes the search gives up rather than return a plan it cannot prove best. */
    static final long NODE_LIMIT = 20_000_000L;

    private final List<Candidate> items;
    private final long[][] requests;
    private final int[] scores;
    private final long[] totals;
    private final long[] left;
    private BitSet best = new BitSet();
    private int bestScore = -1;
    private long nodes;

    private MaxScoreSearch(List<Candidate> candidates, List<Long> envelope) {
        this.items = new ArrayList<>(candidates);
        items.sort(Comparator.comparingDouble((Candidate c) -> -(double) c.total() / Math.max(1, c.totalRequested()))
                .thenComparing(Candidate::tieBreakKey));
        int years = envelope.size();
        requests = new long[items.size()][years];
        scores = new int[items.size()];
        totals = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Candidate c = items.get(i);
            for (int y = 0; y < c.requested().size() && y < years; y++) {
                requests[i][y] = c.requested().get(y);
            }
            scores[i] = c.total();
            totals[i] = c.totalRequested();
        }
        left = envelope.stream().mapToLong(Long::longValue).toArray();
    }

    /** The ids of the best set, or throws {@link TooLargeException} past {@link #NODE_LIMIT} nodes. */
    static List<String> bestSet(List<Candidate> candidates, List<Long> envelope) {
        MaxScoreSearch search = new MaxScoreSearch(candidates, envelope);
        search.explore(0, 0, new BitSet());
        List<String> ids = new ArrayList<>();
        search.best.stream().forEach(i -> ids.add(search.items.get(i).id()));
        return ids;
    }

    private void explore(int index, int score, BitSet chosen) {
        if (++nodes > NODE_LIMIT) {
            throw new TooLargeException();
        }
        if (score > bestScore) {
            bestScore = score;
            best = (BitSet) chosen.clone();
        }
        if (index == items.size() || bound(index, score) <= bestScore) {
            return;
        }
        if (fits(index)) {
            take(index, -1);
            chosen.set(index);
            explore(index + 1, score + scores[index], chosen);
            chosen.clear(index);
            take(index, +1);
        }
        explore(index + 1, score, chosen);
    }

    private boolean fits(int index) {
        for (int y = 0; y < left.length; y++) {
            if (requests[index][y] > left[y]) {
                return false;
            }
        }
        return true;
    }

    private void take(int index, int sign) {
        for (int y = 0; y < left.length; y++) {
            left[y] += sign * requests[index][y];
        }
    }

    /** Fractional knapsack over the money left in all years together: no feasible completion scores more. */
    private double bound(int from, int score) {
        double room = 0;
        for (long l : left) {
            room += l;
        }
        double bound = score;
        for (int i = from; i < items.size() && room > 0; i++) {
            if (totals[i] <= room) {
                room -= totals[i];
                bound += scores[i];
            } else {
                bound += scores[i] * room / totals[i];
                room = 0;
            }
        }
        return bound;
    }

    /** The search would take too long to be sure of its answer. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
