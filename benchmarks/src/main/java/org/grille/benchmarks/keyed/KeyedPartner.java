package org.grille.benchmarks.keyed;

/** {@link org.grille.api.rules.PartnerFact} with the key of its application in a batch session. */
public record KeyedPartner(
        int key,
        org.grille.api.application.PartnerRole role,
        org.grille.api.application.Commitment commitment,
        Long cashContribution,
        Long inKindContribution,
        boolean contributes) {

    public static KeyedPartner of(int key, org.grille.api.rules.PartnerFact o) {
        return new KeyedPartner(key, o.role(), o.commitment(), o.cashContribution(), o.inKindContribution(), o.contributes());
    }
}
