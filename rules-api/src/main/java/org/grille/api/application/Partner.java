package org.grille.api.application;

/**
 * A partner organization.
 *
 * @param name                partner's name
 * @param role                what it brings
 * @param commitment          how firmly it is committed
 * @param cashContribution    dollars it contributes
 * @param inKindContribution  value of goods and services it contributes, in dollars
 */
public record Partner(String name, PartnerRole role, Commitment commitment, Long cashContribution, Long inKindContribution) {

    /**
     * Whether the partner puts in money or goods and services, not only its name.
     *
     * @return true if its cash or in-kind contribution is above 0 dollars
     */
    public boolean contributes() {
        return (cashContribution != null && cashContribution > 0) || (inKindContribution != null && inKindContribution > 0);
    }
}
