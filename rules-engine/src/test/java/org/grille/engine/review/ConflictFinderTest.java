package org.grille.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grille.api.application.Application;
import org.grille.api.application.Organization;
import org.grille.api.application.Partner;
import org.grille.api.review.Affiliation;
import org.grille.api.review.Conflict;
import org.grille.api.review.ConflictLink;
import org.grille.api.review.Reviewer;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {

    private static final Application APPLICATION = new Application("MI-1", null,
            new Organization("Centre communautaire Le Pivot inc.", null, "1140000001", null, null, null, null, null, null,
                    null, null, null),
            null, null, List.of(new Partner("Maison d'Haïti", null, null, null, null),
                    new Partner("Carrefour Jeunesse-Emploi Ltée", null, null, null, null)), null);

    private static List<Conflict> conflicts(Reviewer reviewer) {
        return ConflictFinder.find(List.of(APPLICATION), List.of(reviewer));
    }

    @Test
    void findsTheApplicantByNameWhateverTheCaseAccentsPunctuationAndLegalForm() {
        List<Conflict> found = conflicts(new Reviewer("R1", "Awa", List.of(new Affiliation("CENTRE COMMUNAUTAIRE LE PIVOT", null)), List.of()));
        assertThat(found).containsExactly(new Conflict("R1", "MI-1", ConflictLink.ORGANIZATION,
                "CENTRE COMMUNAUTAIRE LE PIVOT", "Centre communautaire Le Pivot inc."));
        assertThat(OrganizationNames.key("Maison d’Haïti, OBNL")).isEqualTo(OrganizationNames.key("maison d'haiti"));
        assertThat(OrganizationNames.key("Inc.")).isEqualTo("inc");
    }

    @Test
    void findsTheApplicantByItsEnterpriseNumberExactly() {
        assertThat(conflicts(new Reviewer("R2", "", List.of(new Affiliation(null, "1140 000 001")), List.of())))
                .extracting(Conflict::link).containsExactly(ConflictLink.REGISTRY_NUMBER);
        assertThat(conflicts(new Reviewer("R2", "", List.of(new Affiliation(null, "1140000002")), List.of()))).isEmpty();
    }

    @Test
    void findsAPartner() {
        assertThat(conflicts(new Reviewer("R3", "", List.of(new Affiliation("Maison d'Haiti", null)), List.of())))
                .containsExactly(new Conflict("R3", "MI-1", ConflictLink.PARTNER, "Maison d'Haiti", "Maison d'Haïti"));
    }

    @Test
    void findsABoardSeatAtTheApplicantOrAPartner() {
        assertThat(conflicts(new Reviewer("R4", "", List.of(), List.of("Centre communautaire le Pivot",
                "Carrefour jeunesse emploi")))).extracting(Conflict::link)
                .containsExactly(ConflictLink.BOARD, ConflictLink.PARTNER_BOARD);
    }

    @Test
    void aNameThatOnlyLooksAlikeIsNoConflict() {
        assertThat(conflicts(new Reviewer("R5", "", List.of(new Affiliation("Centre communautaire", null)),
                List.of("Maison d'Haïti de Laval")))).isEmpty();
    }
}
