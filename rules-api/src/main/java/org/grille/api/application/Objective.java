package org.grille.api.application;

import java.util.Objects;
import org.grille.api.Criterion;

/**
 * A priority objective of the program, named by the id the catalog's manifest gives it
 * ({@code NEWCOMER_RIGHTS}). A project claims one or more; the catalog's objective rules score how well it serves
 * each claimed one. Which objectives exist and what they are called is catalog data ({@link org.grille.api.Rubric}).
 *
 * @param id upper-case letters, digits and underscores, starting with a letter, at most 64 characters
 */
public record Objective(String id) implements Comparable<Objective> {

    /**
     * Checks the id's form; whether the catalog declares it is the scorer's business.
     *
     * @param id upper-case letters, digits and underscores, starting with a letter, at most 64 characters
     * @throws IllegalArgumentException when the id has another form
     */
    public Objective {
        Objects.requireNonNull(id, "id");
        if (!Criterion.isId(id)) {
            throw new IllegalArgumentException("objective: not an id (A-Z, 0-9, _; at most 64): " + id);
        }
    }

    /**
     * The objective named {@code id}.
     *
     * @param id the id the manifest gives it
     * @return the objective
     */
    public static Objective of(String id) {
        return new Objective(id);
    }

    /**
     * Orders by id, so sorted sets and maps of objectives read the same on every machine; the manifest's order is the
     * {@link org.grille.api.Rubric}'s.
     *
     * @param other another objective
     * @return the comparison of the two ids
     */
    @Override
    public int compareTo(Objective other) {
        return id.compareTo(other.id);
    }

    /** @return the id, as rule files, JSON and the manifest write it */
    @Override
    public String toString() {
        return id;
    }
}
