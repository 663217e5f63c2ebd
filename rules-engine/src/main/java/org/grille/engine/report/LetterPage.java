package org.grille.engine.report;

import java.util.List;

/**
 * What the letter to one applicant shows, every text already in the application's language. The template
 * ({@code letter.jte}) lays it out; it decides nothing.
 *
 * @param w          the letter's words
 * @param program    the program's name
 * @param date       the letter's date, written out
 * @param to         the organization's name
 * @param subject    the subject line: the application's id and the project's title
 * @param funded     whether the letter announces a grant
 * @param decision   the decision in one or two sentences
 * @param money      the amounts granted per program year, when funded
 * @param committee  the committee's reason when it decided on this application, or null
 * @param score      the score line ("68 points out of 100; the threshold is 60")
 * @param reviewed   what the committee's reviewers scored and the final score it gives, or null without reviews
 * @param criteria   the points per criterion
 * @param factors    the principal factors: the reasons that gave the most points
 * @param gates      each failed eligibility gate, in plain words
 * @param missing    per criterion, the points still open and what would have given them (for an application not funded)
 * @param gap        the gap to the threshold and the fewest criteria that close it, or null
 * @param automated  which parts of the decision were made by automated processing, and which by people
 * @param review     how and until when to ask for a review by a staff member
 * @param reference  the catalog's id, version and fingerprint, to quote in a request for review
 */
public record LetterPage(Words w, String program, String date, String to, String subject, boolean funded, String decision,
                         List<String> money, String committee, String score, String reviewed, List<CriterionLine> criteria,
                         List<String> factors, List<String> gates, List<Missing> missing, String gap, String automated,
                         String review, String reference) {

    /** One criterion's points out of its maximum. */
    public record CriterionLine(String name, int points, int max) {
    }

    /** A criterion with points still open, and the reasons that would have given them. */
    public record Missing(String criterion, int open, List<String> reasons) {
        public Missing {
            reasons = List.copyOf(reasons);
        }
    }

    public LetterPage {
        money = List.copyOf(money);
        criteria = List.copyOf(criteria);
        factors = List.copyOf(factors);
        gates = List.copyOf(gates);
        missing = List.copyOf(missing);
    }
}
