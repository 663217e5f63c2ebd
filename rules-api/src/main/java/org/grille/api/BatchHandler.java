package org.grille.api;

import org.grille.api.application.Application;

/**
 * Receives a batch entry by entry, in input order, as {@link JsonCodec#readEach} reads it: for batches too large
 * to hold in memory at once.
 */
public interface BatchHandler {

    /**
     * An entry that could be read.
     *
     * @param index       its position in the input, from 0
     * @param application the application, not yet validated
     */
    void application(int index, Application application);

    /**
     * An entry that could not be read, with its position and every problem found.
     *
     * @param rejection the entry's position and problems
     */
    void rejection(Rejection rejection);
}
