package org.grille.api;

import java.util.Objects;
import org.grille.api.application.Objective;

/**
 * A scoring rule that did not award points to an application, and what it would add if its condition were met.
 *
 * <p>{@code adds} is exact under the manifest's caps: the criterion's maximum and, for objective fit, the best
 * objective's and the secondary objective's maxima. It is what this rule adds on its own, the other rules staying as
 * they are; it can be less than {@code points}, or 0 when a cap is already reached.
 *
 * @param rule      the rule's name, a sentence of the policy
 * @param file      the rule file, relative to the catalog root
 * @param line      the line of the rule in that file
 * @param criterion the criterion the points would feed
 * @param objective the objective the points would feed, or null for a cross-cutting criterion
 * @param points    the points the rule declares
 * @param adds      the points it would add to the total on its own, {@code 0..points}
 * @param reasonKey the message key of the reason
 * @param reason    the reason, in the scorer's language
 * @param title     what the scorer's language calls the rule: its English title ({@code @title_en}) for an English
 *                  scorer when the catalog gives one, otherwise its name; {@code rule} stays the rule's identity
 */
public record OpenRule(
        String rule,
        String file,
        int line,
        Criterion criterion,
        Objective objective,
        int points,
        int adds,
        String reasonKey,
        String reason,
        String title) {

    /**
     * Checks the names and the points.
     *
     * @param rule the rule's name, a sentence of the policy
     * @param file the rule file, relative to the catalog root
     * @param line the line of the rule in that file
     * @param criterion the criterion the points would feed
     * @param objective the objective the points would feed, or null for a cross-cutting criterion
     * @param points the points the rule declares
     * @param adds the points it would add to the total on its own, {@code 0..points}
     * @param reasonKey the message key of the reason
     * @param reason the reason, in the scorer's language
     * @param title what the scorer's language calls the rule; its name when null
     * @throws IllegalArgumentException when {@code adds} is outside {@code 0..points}
     */
    public OpenRule {
        Objects.requireNonNull(rule, "rule");
        title = title == null ? rule : title;
        Objects.requireNonNull(criterion, "criterion");
        if (adds < 0 || adds > Math.max(points, 0)) {
            throw new IllegalArgumentException("adds: must be within 0.." + points + ", was " + adds);
        }
    }

    /**
     * An open rule whose title is the rule's name.
     *
     * @param rule the rule's name, a sentence of the policy
     * @param file the rule file, relative to the catalog root
     * @param line the line of the rule in that file
     * @param criterion the criterion the points would feed
     * @param objective the objective the points would feed, or null for a cross-cutting criterion
     * @param points the points the rule declares
     * @param adds the points it would add to the total on its own, {@code 0..points}
     * @param reasonKey the message key of the reason
     * @param reason the reason, in the scorer's language
     * @throws IllegalArgumentException when {@code adds} is outside {@code 0..points}
     */
    public OpenRule(String rule, String file, int line, Criterion criterion, Objective objective, int points, int adds,
                    String reasonKey, String reason) {
        this(rule, file, line, criterion, objective, points, adds, reasonKey, reason, rule);
    }
}
