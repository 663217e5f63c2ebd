package org.grille.api.fairness;

/**
 * Fisher's exact test on a 2×2 table, from the hypergeometric distribution, in logarithms: how likely a split at least
 * this uneven is when chance alone decides. The fairness audit and the check of a catalog edit against last round's
 * applications both use it, so a committee reads one test everywhere.
 */
public final class FisherExact {

    private FisherExact() {
    }

    /**
     * The two-sided p-value of seeing {@code inGroup} marked applications among a group's {@code members}, when
     * {@code marked} of {@code total} applications are marked: the sum of the probabilities of every table no likelier
     * than this one.
     *
     * @param inGroup marked applications in the group
     * @param members the group's applications
     * @param marked  marked applications in all
     * @param total   applications in all
     * @return a probability from 0 to 1
     */
    public static double twoSided(int inGroup, int members, int marked, int total) {
        double[] logFactorial = new double[total + 1];
        for (int i = 2; i <= total; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        int low = Math.max(0, marked - (total - members));
        int high = Math.min(marked, members);
        double observed = logProbability(inGroup, members, marked, total, logFactorial);
        double sum = 0;
        for (int x = low; x <= high; x++) {
            double log = logProbability(x, members, marked, total, logFactorial);
            if (log <= observed + 1e-9) {
                sum += Math.exp(log);
            }
        }
        return Math.min(1.0, sum);
    }

    private static double logProbability(int x, int members, int marked, int total, double[] f) {
        return f[members] - f[x] - f[members - x] + f[total - members] - f[marked - x] - f[total - members - marked + x]
                - f[total] + f[marked] + f[total - marked];
    }
}
