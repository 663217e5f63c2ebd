package org.grille.api.review;

import java.util.Collections;
import java.util.Map;
import org.grille.api.Criterion;

/**
 * The manifest's {@code reviews} section: which share of which criterion reviewers score, on what scale, and when an
 * application goes to discussion. A criterion {@code c} worth {@code M} points with share {@code s} counts
 * {@code (1 - s) × rule points + s × M × (mean score - scaleMin) / (scaleMax - scaleMin)} in the final score; a
 * criterion reviewers do not score counts its rule points.
 *
 * @param scaleMin       the lowest score a reviewer gives
 * @param scaleMax       the highest score a reviewer gives
 * @param shares         per reviewed criterion, the share of its points reviewers award, above 0 and at most 1; empty
 *                       when the catalog has no {@code reviews} section
 * @param minimumReviews an application with fewer counted reviews of a criterion goes to discussion
 * @param maximumSpread  an application whose highest and lowest score of a criterion differ by more goes to discussion
 */
public record ReviewSettings(double scaleMin, double scaleMax, Map<Criterion, Double> shares, int minimumReviews,
                             double maximumSpread) {

    /**
     * Copies the shares.
     *
     * @param scaleMin the lowest score a reviewer gives
     * @param scaleMax the highest score a reviewer gives
     * @param shares per reviewed criterion, the share of its points reviewers award
     * @param minimumReviews fewer counted reviews of a criterion send an application to discussion
     * @param maximumSpread a wider spread of one criterion's scores sends an application to discussion
     */
    public ReviewSettings {
        java.util.LinkedHashMap<Criterion, Double> copy = new java.util.LinkedHashMap<>();
        copy.putAll(shares);
        shares = Collections.unmodifiableMap(copy);
    }

    /**
     * Whether the catalog gives any criterion to reviewers.
     *
     * @return false when the manifest has no {@code reviews} section
     */
    public boolean declared() {
        return !shares.isEmpty();
    }
}
