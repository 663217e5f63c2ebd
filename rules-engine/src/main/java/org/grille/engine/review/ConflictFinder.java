package org.grille.engine.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.grille.api.application.Application;
import org.grille.api.application.Partner;
import org.grille.api.review.Affiliation;
import org.grille.api.review.Conflict;
import org.grille.api.review.ConflictLink;
import org.grille.api.review.Reviewer;

/** Finds the ties between reviewers and applications that make a reviewer's scores of an application not count. */
final class ConflictFinder {

    private ConflictFinder() {
    }

    static List<Conflict> find(List<Application> applications, List<Reviewer> reviewers) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Reviewer reviewer : reviewers) {
            for (Application application : applications) {
                conflicts.addAll(between(reviewer, application));
            }
        }
        return conflicts;
    }

    /** Every link between one reviewer and one application, each named once. */
    static List<Conflict> between(Reviewer reviewer, Application application) {
        Set<Conflict> found = new LinkedHashSet<>();
        String id = application.id() == null ? "" : application.id();
        String organization = application.organization() == null ? null : application.organization().name();
        String registry = application.organization() == null ? null : application.organization().registryNumber();
        List<Partner> partners = application.partners() == null ? List.of() : application.partners();
        for (Affiliation affiliation : reviewer.affiliations()) {
            String declaredNumber = OrganizationNames.registryKey(affiliation.registryNumber());
            if (!declaredNumber.isEmpty() && declaredNumber.equals(OrganizationNames.registryKey(registry))) {
                found.add(new Conflict(reviewer.id(), id, ConflictLink.REGISTRY_NUMBER, affiliation.registryNumber(), registry));
            }
            String declared = affiliation.organization();
            if (same(declared, organization)) {
                found.add(new Conflict(reviewer.id(), id, ConflictLink.ORGANIZATION, declared, organization));
            }
            for (Partner partner : partners) {
                if (partner != null && same(declared, partner.name())) {
                    found.add(new Conflict(reviewer.id(), id, ConflictLink.PARTNER, declared, partner.name()));
                }
            }
        }
        for (String board : reviewer.boards()) {
            if (same(board, organization)) {
                found.add(new Conflict(reviewer.id(), id, ConflictLink.BOARD, board, organization));
            }
            for (Partner partner : partners) {
                if (partner != null && same(board, partner.name())) {
                    found.add(new Conflict(reviewer.id(), id, ConflictLink.PARTNER_BOARD, board, partner.name()));
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean same(String declared, String found) {
        String key = OrganizationNames.key(declared);
        return !key.isEmpty() && key.equals(OrganizationNames.key(found));
    }
}
