package org.grille.engine.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Listens to one session and records which gates and awards fired. Points come from the rule's metadata,
 * read once at compile time, so no fact is inserted per point. A rule counts once per application however
 * many times it matches: "a signed partner" awards its points once, not once per partner.
 */
final class RuleFirings extends DefaultAgendaEventListener {

    private final CompiledCatalog catalog;
    private final Map<String, RuleInfo> fired = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    /** Matches made per rule, fired or not: a rule that joins too many facts shows here before it fires. */
    private final Map<String, Integer> matches = new HashMap<>();

    RuleFirings(CompiledCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void matchCreated(org.kie.api.event.rule.MatchCreatedEvent event) {
        matches.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String name = event.getMatch().getRule().getName();
        counts.merge(name, 1, Integer::sum);
        RuleInfo rule = catalog.rule(name);
        if (rule != null && rule.kind() != RuleKind.DERIVATION) {
            fired.putIfAbsent(name, rule);
        }
    }

    /** Gates and awards that fired, each once. */
    Iterable<RuleInfo> scoringRules() {
        return fired.values();
    }

    /** Every rule that fired, derivations included. */
    java.util.Set<String> allFired() {
        return counts.keySet();
    }

    /**
     * The likely culprit when an assessment runs out of time: the rule with the most matches if one has many, else the
     * rule whose conditions name the most facts an application has many of, since joining them is what takes time
     * before anything matches.
     */
    RuleInfo slowest() {
        java.util.Optional<Map.Entry<String, Integer>> most = matches.entrySet().stream().max(Map.Entry.comparingByValue());
        if (most.isPresent() && most.get().getValue() >= 1_000) {
            return catalog.rule(most.get().getKey());
        }
        if (catalog.costliest() != null) {
            return catalog.costliest();
        }
        RuleInfo widest = null;
        long widestCount = 0;
        for (RuleInfo rule : catalog.rules()) {
            String source = rule.source() == null ? "" : rule.source();
            long count = java.util.regex.Pattern.compile("\\b(Activity|Outcome|Partner|Finding)\\s*\\(").matcher(source).results().count();
            if (count > widestCount) {
                widestCount = count;
                widest = rule;
            }
        }
        return widest;
    }

    /** The rule that fired, or else matched, most often: the likely culprit when a limit is reached. */
    RuleInfo busiest() {
        return (counts.isEmpty() ? matches : counts).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> catalog.rule(e.getKey()))
                .orElse(null);
    }
}
