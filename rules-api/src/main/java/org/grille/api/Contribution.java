package org.grille.api;

import org.grille.api.application.Objective;

/**
 * Points one rule awarded to one application, traced to the rule's place in the catalog.
 *
 * @param rule      the rule's name, a sentence of the policy
 * @param file      the rule file, relative to the catalog root
 * @param line      the line of the rule in that file
 * @param criterion the criterion the points feed
 * @param objective the objective the points feed, or null for a cross-cutting criterion
 * @param points    the points the rule declares
 * @param counted   the points that count in the total once the manifest's caps are applied ({@code 0..points})
 * @param reasonKey the message key of the reason
 * @param reason    the reason, in the scorer's language
 * @param title     what the scorer's language calls the rule: its English title ({@code @title_en}) for an English
 *                  scorer when the catalog gives one, otherwise its name; {@code rule} stays the rule's identity
 */
public record Contribution(
        String rule,
        String file,
        int line,
        Criterion criterion,
        Objective objective,
        int points,
        int counted,
        String reasonKey,
        String reason,
        String title) {

    /**
     * Takes the rule's name as its title when none is given.
     *
     * @param rule      the rule's name, a sentence of the policy
     * @param file      the rule file, relative to the catalog root
     * @param line      the line of the rule in that file
     * @param criterion the criterion the points feed
     * @param objective the objective the points feed, or null for a cross-cutting criterion
     * @param points    the points the rule declares
     * @param counted   the points that count in the total once the manifest's caps are applied ({@code 0..points})
     * @param reasonKey the message key of the reason
     * @param reason    the reason, in the scorer's language
     * @param title     what the scorer's language calls the rule; its name when null
     */
    public Contribution {
        title = title == null ? rule : title;
    }

    /**
     * A contribution whose title is the rule's name.
     *
     * @param rule      the rule's name, a sentence of the policy
     * @param file      the rule file, relative to the catalog root
     * @param line      the line of the rule in that file
     * @param criterion the criterion the points feed
     * @param objective the objective the points feed, or null for a cross-cutting criterion
     * @param points    the points the rule declares
     * @param counted   the points that count in the total once the manifest's caps are applied ({@code 0..points})
     * @param reasonKey the message key of the reason
     * @param reason    the reason, in the scorer's language
     */
    public Contribution(String rule, String file, int line, Criterion criterion, Objective objective, int points, int counted,
                        String reasonKey, String reason) {
        this(rule, file, line, criterion, objective, points, counted, reasonKey, reason, rule);
    }
}
