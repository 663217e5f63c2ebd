package org.grille.api;

import java.util.List;
import org.grille.api.application.Application;

/**
 * A batch as read from its source: the applications that could be read, in input order, and the
 * entries that could not, each with its position in the input.
 *
 * @param applications applications read, in input order
 * @param rejections   entries that could not be read
 * @param positions    where each value of an entry was written, so that a problem found after reading (a negative
 *                     amount, an end before the start) still gives its line and column; {@link Positions#NONE} for a
 *                     batch that was not read from text
 */
public record ApplicationBatch(List<Application> applications, List<Rejection> rejections, Positions positions) {

    /**
     * Copies the lists (neither may be null nor hold null); a null {@code positions} becomes {@link Positions#NONE}.
     *
     * @param applications applications read, in input order
     * @param rejections entries that could not be read
     * @param positions where each value of an entry was written, so that a problem found after reading (a negative
     *                  amount, an end before the start) still gives its line and column; {@link Positions#NONE} for a
     *                  batch that was not read from text
     */
    public ApplicationBatch {
        applications = List.copyOf(applications);
        rejections = List.copyOf(rejections);
        positions = positions == null ? Positions.NONE : positions;
    }

    /**
     * A batch built in code, or read from a source that keeps no positions.
     *
     * @param applications applications read, in input order
     * @param rejections   entries that could not be read
     */
    public ApplicationBatch(List<Application> applications, List<Rejection> rejections) {
        this(applications, rejections, Positions.NONE);
    }

    /** Where the values of a batch's entries were written. */
    @FunctionalInterface
    public interface Positions {

        /** Knows no position: every violation is returned as it is. */
        Positions NONE = (index, violation) -> violation;

        /**
         * The violation with the line and column of the value it names, when they are known.
         *
         * @param index     the entry's position in the input, from 0
         * @param violation a problem whose path ({@code $.budget.lines[0].amount}) is relative to that entry
         * @return the same violation located, or unchanged when the position is not known
         */
        FieldViolation locate(int index, FieldViolation violation);
    }

    /**
     * Entries in the input, read or not.
     *
     * @return the number of applications plus the number of rejections
     */
    public int size() {
        return applications.size() + rejections.size();
    }
}
