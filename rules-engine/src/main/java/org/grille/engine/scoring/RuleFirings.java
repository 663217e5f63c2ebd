package org.grille.engine.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;

/**
 * Listens to one session and records which gates and awards fired. Points come from the rule's metadata,
 * read once at compile time, so no fact is inserted per point. A rule counts once per application however
 * many times it matches: "a signed partner" awards its points once, not once per partner.
 *
 * <p>Every event is counted in an array indexed by the rule's catalog position: an increment, no map and no boxing,
 * since it happens for every match of every assessment while the counts are read only when an assessment fails.
 */
final class RuleFirings extends DefaultAgendaEventListener {

    private final CompiledCatalog catalog;
    private final RuleIndex index;
    /** Firings per rule position. */
    private final int[] firings;
    /** Matches made per rule position, fired or not: a rule that joins too many facts shows here before it fires. */
    private final int[] matches;
    /** Firings and matches of rules the catalog does not know (none once compiled): made when one first shows. */
    private Map<String, Integer> otherFirings;
    private Map<String, Integer> otherMatches;
    private boolean anyFired;

    RuleFirings(CompiledCatalog catalog, RuleIndex index) {
        this.catalog = catalog;
        this.index = index;
        this.firings = new int[index.size()];
        this.matches = new int[index.size()];
    }

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        String name = event.getMatch().getRule().getName();
        int position = index.position(name);
        if (position >= 0) {
            matches[position]++;
        } else {
            otherMatches = count(otherMatches, name);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String name = event.getMatch().getRule().getName();
        int position = index.position(name);
        anyFired = true;
        if (position >= 0) {
            firings[position]++;
        } else {
            otherFirings = count(otherFirings, name);
        }
    }

    private static Map<String, Integer> count(Map<String, Integer> counts, String name) {
        Map<String, Integer> map = counts == null ? new HashMap<>() : counts;
        map.merge(name, 1, Integer::sum);
        return map;
    }

    /** The gate or award at this catalog position fired (a derivation never counts as a scoring rule). */
    boolean scored(int position) {
        return firings[position] > 0 && index.rule(position).kind() != RuleKind.DERIVATION;
    }

    /** Every rule that fired, derivations included. */
    Set<String> allFired() {
        return byName(firings, otherFirings).keySet();
    }

    /**
     * The likely culprit when an assessment runs out of time: the rule with the most matches if one has many, else the
     * rule whose conditions name the most facts an application has many of, since joining them is what takes time
     * before anything matches.
     */
    RuleInfo slowest() {
        java.util.Optional<Map.Entry<String, Integer>> most = byName(matches, otherMatches).entrySet().stream()
                .max(Map.Entry.comparingByValue());
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
        return (anyFired ? byName(firings, otherFirings) : byName(matches, otherMatches)).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> catalog.rule(e.getKey()))
                .orElse(null);
    }

    /** The rules counted at least once, by name: only when an assessment fails or is traced, so a map is fine here. */
    private Map<String, Integer> byName(int[] counts, Map<String, Integer> others) {
        Map<String, Integer> named = new HashMap<>();
        for (int position = 0; position < counts.length; position++) {
            if (counts[position] > 0) {
                named.put(index.rule(position).name(), counts[position]);
            }
        }
        if (others != null) {
            named.putAll(others);
        }
        return named;
    }
}
