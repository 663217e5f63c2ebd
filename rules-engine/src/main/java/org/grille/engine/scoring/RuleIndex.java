package org.grille.engine.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.RuleInfo;

/**
 * A catalog's rules numbered in catalog order, built once per scorer: an assessment then records what fired in an
 * array indexed by position, and reading that array from position 0 up lists the rules in catalog order without a
 * sort.
 */
final class RuleIndex {

    private final RuleInfo[] rules;
    private final Map<String, Integer> positions;

    RuleIndex(CompiledCatalog catalog) {
        List<RuleInfo> ordered = catalog.rules();
        this.rules = ordered.toArray(new RuleInfo[0]);
        this.positions = new HashMap<>(rules.length * 2);
        for (int i = 0; i < rules.length; i++) {
            positions.put(rules[i].name(), i);
        }
        keyedByTheSessionsNames(catalog);
    }

    /**
     * Keys the positions with the very strings a session's events name rules by, so a look-up compares them by identity
     * instead of comparing two copies of a sentence character by character. (The catalog read its names from the rule
     * files; the KieBase, from its own build or the precompiled model.) A name found neither way is still found equal.
     */
    private void keyedByTheSessionsNames(CompiledCatalog catalog) {
        for (org.kie.api.definition.KiePackage kiePackage : catalog.kieBase().getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
                Integer position = positions.remove(rule.getName());
                if (position != null) {
                    positions.put(rule.getName(), position);
                }
            }
        }
    }

    /** How many rules the catalog has. */
    int size() {
        return rules.length;
    }

    /** The rule at this position of the catalog order. */
    RuleInfo rule(int position) {
        return rules[position];
    }

    /** The position of the rule of this name, or -1 for a name the catalog does not know. */
    int position(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }
}
