package org.grille.api.partnership;

/**
 * One partnership rule that put this application next to another, traced to the rule's place in the catalog like a
 * {@link org.grille.api.Contribution}.
 *
 * @param partnerId the other application's id
 * @param kind      what the rule suggests
 * @param strength  the rule's {@code @strength}: higher first
 * @param rule      the rule's name
 * @param file      the partnership file, relative to the catalog root
 * @param line      the line of the rule in that file
 * @param reasonKey the message key of the reason
 * @param reason    the reason, in the scorer's language
 * @param title     what the scorer's language calls the rule: its English title ({@code @title_en}) for an English
 *                  scorer when the catalog gives one, otherwise its name; {@code rule} stays the rule's identity
 */
public record Suggestion(
        String partnerId,
        SuggestionKind kind,
        int strength,
        String rule,
        String file,
        int line,
        String reasonKey,
        String reason,
        String title) {

    /**
     * Takes the rule's name as its title when none is given.
     *
     * @param partnerId the other application's id
     * @param kind      what the rule suggests
     * @param strength  the rule's {@code @strength}: higher first
     * @param rule      the rule's name
     * @param file      the partnership file, relative to the catalog root
     * @param line      the line of the rule in that file
     * @param reasonKey the message key of the reason
     * @param reason    the reason, in the scorer's language
     * @param title     what the scorer's language calls the rule; its name when null
     */
    public Suggestion {
        title = title == null ? rule : title;
    }

    /**
     * A suggestion whose title is the rule's name.
     *
     * @param partnerId the other application's id
     * @param kind      what the rule suggests
     * @param strength  the rule's {@code @strength}: higher first
     * @param rule      the rule's name
     * @param file      the partnership file, relative to the catalog root
     * @param line      the line of the rule in that file
     * @param reasonKey the message key of the reason
     * @param reason    the reason, in the scorer's language
     */
    public Suggestion(String partnerId, SuggestionKind kind, int strength, String rule, String file, int line,
                      String reasonKey, String reason) {
        this(partnerId, kind, strength, rule, file, line, reasonKey, reason, rule);
    }
}
