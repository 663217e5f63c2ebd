package org.grille.engine.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogProblem;
import org.grille.api.rules.CallTerms;
import org.kie.api.KieBase;

/**
 * A catalog ready to assess: its compiled rules (one KieBase, shared by every thread), the manifest, the
 * rules' metadata by name, and its reasons. Immutable.
 */
public final class CompiledCatalog {

    private final CatalogInfo info;
    private final Manifest manifest;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Reasons reasons;
    private final CallTerms callTerms;
    private final List<CatalogProblem> warnings;
    private final boolean precompiled;
    private final Supplier<PartnershipRules> partnerships;
    private final Map<String, Long> costs;

    CompiledCatalog(CatalogInfo info, Manifest manifest, KieBase kieBase, List<RuleInfo> rules, Reasons reasons,
                    List<CatalogProblem> warnings, boolean precompiled, Supplier<PartnershipRules> partnerships,
                    Map<String, Long> costs) {
        this.costs = Map.copyOf(costs);
        this.precompiled = precompiled;
        this.partnerships = partnerships;
        this.info = info;
        this.manifest = manifest;
        this.kieBase = kieBase;
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::name, Function.identity()));
        this.reasons = reasons;
        this.warnings = List.copyOf(warnings);
        Manifest.Call call = manifest.call();
        this.callTerms = new CallTerms(
                call.deadline(),
                call.projectCap(),
                call.minimumYearsActive(),
                call.earliestStart(),
                call.maxDurationMonths(),
                call.deadline().minusMonths(call.annualMeetingWithinMonths()));
    }

    /**
     * The rule {@link CostEstimate} puts highest, or null when the catalog was not estimated here (a precompiled one):
     * the likely culprit when an application runs out of time.
     */
    public RuleInfo costliest() {
        return costs.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> rules.get(e.getKey())).orElse(null);
    }

    public CatalogInfo info() {
        return info;
    }

    public Manifest manifest() {
        return manifest;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rule of this name, or null for a rule the catalog does not know (none, once compiled). */
    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    /** Every rule, in catalog order. */
    public List<RuleInfo> rules() {
        return rules.values().stream().sorted(Comparator.comparingInt(RuleInfo::order)).toList();
    }

    public Reasons reasons() {
        return reasons;
    }

    /** The call's terms as rules see them. */
    public CallTerms callTerms() {
        return callTerms;
    }

    /** The rules come from an executable model compiled at build time, not from a run-time DRL build. */
    public boolean precompiled() {
        return precompiled;
    }

    /**
     * The partnership rules, apart from the scoring ones; empty when the catalog has none. A catalog loaded from its
     * precompiled model checks them on the first call.
     *
     * @throws org.grille.api.CatalogException when they are checked now and do not pass
     */
    public PartnershipRules partnerships() {
        return partnerships.get();
    }

    /** Warnings found while compiling; errors would have stopped the compile. */
    public List<CatalogProblem> warnings() {
        return warnings;
    }
}
