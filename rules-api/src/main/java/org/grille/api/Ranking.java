package org.grille.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders assessments for a committee: eligible applications by total, highest first, with equal totals
 * sharing a rank ("1, 2, 2, 4") and listed by application id, a neutral key; then the ineligible ones,
 * unranked, by id. Never by input order.
 */
public final class Ranking {

    /**
     * One ranked line.
     *
     * @param rank       1 for the best; equal totals share a rank; 0 for an ineligible application
     * @param assessment the assessment
     */
    public record Entry(int rank, Assessment assessment) {
    }

    private Ranking() {
    }

    /**
     * The assessments in committee order, each with its rank.
     *
     * @param assessments the assessments, in any order; the list is not changed
     * @return a new list, eligible applications first by total then id, then the ineligible ones (rank 0) by id
     */
    public static List<Entry> of(List<Assessment> assessments) {
        List<Assessment> sorted = new ArrayList<>(assessments);
        sorted.sort(Comparator.comparing((Assessment a) -> !a.eligible())
                .thenComparing(Comparator.comparingInt((Assessment a) -> a.eligible() ? a.total() : 0).reversed())
                .thenComparing(Assessment::applicationId));
        List<Entry> entries = new ArrayList<>(sorted.size());
        int rank = 0;
        int previousTotal = -1;
        for (int i = 0; i < sorted.size(); i++) {
            Assessment assessment = sorted.get(i);
            if (!assessment.eligible()) {
                entries.add(new Entry(0, assessment));
                continue;
            }
            if (assessment.total() != previousTotal) {
                rank = i + 1;
                previousTotal = assessment.total();
            }
            entries.add(new Entry(rank, assessment));
        }
        return entries;
    }
}
