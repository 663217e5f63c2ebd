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
 */
public record GateFailure(String gate, String rule, String file, int line, String reasonKey, String reason) {
}
