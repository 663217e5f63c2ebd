package org.grille.api;

import java.util.List;
import org.grille.api.application.Application;

/**
 * A batch as read from its source: the applications that could be read, in input order, and the
 * entries that could not, each with its position in the input.
 *
 * @param applications applications read, in input order
 * @param rejections   entries that could not be read
 */
public record ApplicationBatch(List<Application> applications, List<Rejection> rejections) {

    public ApplicationBatch {
        applications = List.copyOf(applications);
        rejections = List.copyOf(rejections);
    }

    /** Entries in the input, read or not. */
    public int size() {
        return applications.size() + rejections.size();
    }
}
