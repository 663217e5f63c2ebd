package org.grille.api.rules;

import org.grille.api.application.Commitment;
import org.grille.api.application.PartnerRole;

/**
 * One partner of the project, as rules see it: its name is not here.
 *
 * @param role               what the partner brings
 * @param commitment         how firmly it is committed
 * @param cashContribution   money it puts in, in dollars, or null
 * @param inKindContribution goods and services it puts in, in dollars, or null
 * @param contributes        it puts in money or goods and services, not only its name
 */
public record PartnerFact(PartnerRole role, Commitment commitment, Long cashContribution, Long inKindContribution,
                      boolean contributes) {
}
