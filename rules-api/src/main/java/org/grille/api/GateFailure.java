package org.grille.api;

/**
 * An eligibility gate the application does not pass. Any one makes the application ineligible.
 *
 * @param gate      the gate's code, e.g. {@code ACTIVE_TWO_YEARS}
 * @param rule      the rule that found it
 * @param file      the rule file, relative to the catalog root
 * @param line      the line of the rule in that file
 * @param reasonKey the message key of the reason
 * @param reason    the reason, in the scorer's language
 * @param title     what the scorer's language calls the rule: its English title ({@code @title_en}) for an English
 *                  scorer when the catalog gives one, otherwise its name; {@code rule} stays the rule's identity
 */
public record GateFailure(String gate, String rule, String file, int line, String reasonKey, String reason, String title) {

    /**
     * Takes the rule's name as its title when none is given.
     *
     * @param gate      the gate's code, e.g. {@code ACTIVE_TWO_YEARS}
     * @param rule      the rule that found it
     * @param file      the rule file, relative to the catalog root
     * @param line      the line of the rule in that file
     * @param reasonKey the message key of the reason
     * @param reason    the reason, in the scorer's language
     * @param title     what the scorer's language calls the rule; its name when null
     */
    public GateFailure {
        title = title == null ? rule : title;
    }

    /**
     * A failed gate whose title is the rule's name.
     *
     * @param gate      the gate's code, e.g. {@code ACTIVE_TWO_YEARS}
     * @param rule      the rule that found it
     * @param file      the rule file, relative to the catalog root
     * @param line      the line of the rule in that file
     * @param reasonKey the message key of the reason
     * @param reason    the reason, in the scorer's language
     */
    public GateFailure(String gate, String rule, String file, int line, String reasonKey, String reason) {
        this(gate, rule, file, line, reasonKey, reason, rule);
    }
}
