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

    /** Objectives already made by {@link #of}: rules compare with them on every evaluation of a condition. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Objective> MADE =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** A program has a handful of objectives; past this many ids, {@link #of} makes a new one each time. */
    private static final int MOST_KEPT = 256;

    /**
     * The objective named {@code id}. The same instance for the same id, so the conditions rule files print as
     * {@code Objective.of("NEWCOMER_RIGHTS")} cost a lookup, not a new object and a check of its form.
     *
     * @param id the id the manifest gives it
     * @return the objective
     * @throws IllegalArgumentException when the id has another form
     */
    public static Objective of(String id) {
        Objective made = MADE.get(Objects.requireNonNull(id, "id"));
        if (made != null) {
            return made;
        }
        Objective objective = new Objective(id);
        if (MADE.size() < MOST_KEPT) {
            MADE.putIfAbsent(id, objective);
        }
        return objective;
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
