package org.grille.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A scoring criterion of the rubric, named by the id the catalog's manifest gives it ({@code OBJECTIVE_FIT},
 * {@code BUDGET_REALISM}). Which criteria exist, what each is worth and what it is called in French and English is
 * catalog data ({@link Rubric}), so next year's call can add or rename one without a release.
 *
 * @param id upper-case letters, digits and underscores, starting with a letter, at most 64 characters
 */
public record Criterion(String id) implements Comparable<Criterion> {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /**
     * Checks the id's form; whether the catalog declares it is the scorer's business.
     *
     * @param id upper-case letters, digits and underscores, starting with a letter, at most 64 characters
     * @throws IllegalArgumentException when the id has another form
     */
    public Criterion {
        Objects.requireNonNull(id, "id");
        if (!isId(id)) {
            throw new IllegalArgumentException("criterion: not an id (A-Z, 0-9, _; at most 64): " + id);
        }
    }

    /**
     * The criterion named {@code id}.
     *
     * @param id the id the manifest gives it
     * @return the criterion
     */
    public static Criterion of(String id) {
        return new Criterion(id);
    }

    /**
     * Whether {@code text} has the form of a criterion or objective id.
     *
     * @param text any text, or null
     * @return true for upper-case letters, digits and underscores, starting with a letter, at most 64 characters
     */
    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /**
     * Orders by id, so sorted sets and maps of criterions read the same on every machine; the manifest's order is the
     * {@link Rubric}'s.
     *
     * @param other another criterion
     * @return the comparison of the two ids
     */
    @Override
    public int compareTo(Criterion other) {
        return id.compareTo(other.id);
    }

    /** @return the id, as rule files, JSON and the manifest write it */
    @Override
    public String toString() {
        return id;
    }
}
