package org.grille.engine.catalog;

import java.util.List;
import java.util.Set;

/**
 * What a catalog's manifest adds to the vocabulary a rule is checked against: the members it withholds
 * ({@code Organization.borough} when the borough is a proxy) and the objectives it declares, the only constants
 * {@code Objective.…} may name.
 *
 * @param protectedMembers vocabulary members a rule may not read, as {@code Type.member}
 * @param objectives       the manifest's objective ids, in its order
 */
record RuleTerms(Set<String> protectedMembers, List<String> objectives) {

    RuleTerms {
        protectedMembers = Set.copyOf(protectedMembers);
        objectives = List.copyOf(objectives);
    }
}
