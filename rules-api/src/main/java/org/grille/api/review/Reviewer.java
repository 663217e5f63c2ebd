package org.grille.api.review;

import java.util.List;
import java.util.Objects;

/**
 * A reviewer and what they declared.
 *
 * @param id           the id their reviews carry
 * @param name         their name
 * @param affiliations the organisations they declare a tie to
 * @param boards       the organisations on whose board they sit, by name
 */
public record Reviewer(String id, String name, List<Affiliation> affiliations, List<String> boards) {

    /**
     * Copies the lists.
     *
     * @param id the id their reviews carry
     * @param name their name
     * @param affiliations the organisations they declare a tie to; null reads as none
     * @param boards the organisations on whose board they sit; null reads as none
     */
    public Reviewer {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        boards = boards == null ? List.of() : List.copyOf(boards);
    }
}
