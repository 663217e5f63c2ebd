package org.grille.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;

/**
 * Whether a catalog's scenarios still exercise it: at least one scenario, each gate failed by one of them, each
 * criterion that has rules given points by one of them. An edit that adds a gate or a criterion without a scenario
 * that shows it working is refused, like an edit whose scenarios fail.
 */
public final class ScenarioCoverage {

    private final Messages messages;

    public ScenarioCoverage(Messages messages) {
        this.messages = messages;
    }

    /** The problems of coverage, given the rules that fired in some scenario. */
    public List<CatalogProblem> check(CompiledCatalog catalog, int scenarios, Set<String> fired) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (scenarios == 0) {
            problems.add(new CatalogProblem(CatalogProblem.Severity.ERROR, "manifest.json", 0, 0, null, "GRILLE-SCENARIOS-MISSING",
                    messages.get("catalog.SCENARIOS-MISSING")));
            return problems;
        }
        Map<String, RuleInfo> gates = new LinkedHashMap<>();
        Map<String, RuleInfo> criteria = new LinkedHashMap<>();
        Map<String, Boolean> covered = new LinkedHashMap<>();
        for (RuleInfo rule : catalog.rules().stream().sorted(java.util.Comparator.comparingInt(RuleInfo::order)).toList()) {
            String key = rule.kind() == RuleKind.GATE ? "gate:" + rule.gate()
                    : rule.kind() == RuleKind.AWARD && rule.criterion() != null ? "criterion:" + rule.criterion() : null;
            if (key == null) {
                continue;
            }
            (rule.kind() == RuleKind.GATE ? gates : criteria).putIfAbsent(key, rule);
            covered.merge(key, fired.contains(rule.name()), Boolean::logicalOr);
        }
        for (Map<String, RuleInfo> group : List.of(gates, criteria)) {
            for (Map.Entry<String, RuleInfo> entry : group.entrySet()) {
                if (!covered.get(entry.getKey())) {
                    RuleInfo first = entry.getValue();
                    boolean gate = group == gates;
                    String code = gate ? "SCENARIOS-GATE-UNCOVERED" : "SCENARIOS-CRITERION-UNCOVERED";
                    problems.add(new CatalogProblem(CatalogProblem.Severity.ERROR, first.file(), first.line(), 0, first.name(),
                            "GRILLE-" + code, messages.get("catalog." + code, gate ? first.gate() : first.criterion())));
                }
            }
        }
        return problems;
    }
}
