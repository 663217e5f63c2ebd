package org.grille.engine.funding;

import java.util.List;

/** Every subset of a small call, for checking the solver: the plan the max-score policy promises, found the slow way. */
final class BruteForce {

    private BruteForce() {
    }

    /**
     * The best subset of {@code ranked} (bit i = the i-th in ranking order) within every year: the highest total score,
     * then the highest sum of rank weights ({@code n - i}), then the one funding the better-ranked application at the
     * first difference.
     */
    static int best(List<Candidate> ranked, List<Long> envelope) {
        int n = ranked.size();
        if (n > 20) {
            throw new IllegalArgumentException("brute force is for at most 20 applications");
        }
        int best = 0;
        int bestScore = 0;
        long bestWeight = 0;
        for (int mask = 1; mask < 1 << n; mask++) {
            if (!fits(ranked, envelope, mask)) {
                continue;
            }
            int score = 0;
            long weight = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    score += ranked.get(i).total();
                    weight += n - i;
                }
            }
            if (score > bestScore || score == bestScore && (weight > bestWeight
                    || weight == bestWeight && fundsBetterRankedFirst(mask, best))) {
                best = mask;
                bestScore = score;
                bestWeight = weight;
            }
        }
        return best;
    }

    private static boolean fundsBetterRankedFirst(int a, int b) {
        int diff = a ^ b;
        return diff != 0 && (a & Integer.lowestOneBit(diff)) != 0;
    }

    private static boolean fits(List<Candidate> ranked, List<Long> envelope, int mask) {
        long[] used = new long[Math.max(envelope.size(), 3)];
        for (int i = 0; i < ranked.size(); i++) {
            if ((mask >> i & 1) == 1) {
                List<Long> asked = ranked.get(i).requested();
                for (int year = 0; year < asked.size(); year++) {
                    if (year >= envelope.size()) {
                        if (asked.get(year) > 0) {
                            return false;
                        }
                        continue;
                    }
                    used[year] += asked.get(year);
                    if (used[year] > envelope.get(year)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
