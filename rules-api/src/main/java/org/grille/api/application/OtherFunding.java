package org.grille.api.application;

/**
 * Funding from a source other than the program.
 *
 * @param source who funds
 * @param amount dollars over the whole project
 * @param status confirmed or pending
 */
public record OtherFunding(String source, Long amount, FundingStatus status) {
}
