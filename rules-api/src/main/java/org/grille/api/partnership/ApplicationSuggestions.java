package org.grille.api.partnership;

import java.util.List;

/**
 * The partnership suggestions of one application, strongest first (then by partner id, then by rule).
 *
 * @param applicationId the application
 * @param suggestions   every suggestion naming it, strongest first; empty when no rule matched it
 */
public record ApplicationSuggestions(String applicationId, List<Suggestion> suggestions) {

    /**
     * Copies every list, so the record cannot change after it is made.
     *
     * @param applicationId the application
     * @param suggestions every suggestion naming it, strongest first; empty when no rule matched it
     */
    public ApplicationSuggestions {
        suggestions = List.copyOf(suggestions);
    }
}
