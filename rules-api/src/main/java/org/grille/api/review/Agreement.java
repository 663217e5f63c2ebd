package org.grille.api.review;

import org.grille.api.Criterion;

/**
 * How much reviewers agree on one criterion: Krippendorff's alpha for interval data over the counted raw scores of
 * every application that has at least two of them. 1 is perfect agreement, 0 no better than chance; below 0.667 is
 * usually read as too little to rely on.
 *
 * @param criterion    the criterion
 * @param alpha        the alpha, or null when it is undefined (fewer than two pairable scores, or no variation at all)
 * @param applications applications with at least two counted scores of it
 * @param scores       counted scores of those applications
 */
public record Agreement(Criterion criterion, Double alpha, int applications, int scores) {
}
