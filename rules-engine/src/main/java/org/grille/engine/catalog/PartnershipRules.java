package org.grille.engine.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * A catalog's partnership rules, checked against the batch vocabulary: their own KieBase, apart from the scoring
 * one, their metadata by name, and the borough adjacency table they read. Empty when the catalog has none.
 */
public final class PartnershipRules {

    static final PartnershipRules NONE = new PartnershipRules(List.of(), List.of(), BoroughAdjacency.NONE, null, "");

    private final List<PrintedFile> files;
    private final Map<String, PartnershipRule> rules;
    private final BoroughAdjacency adjacency;
    private final String inputs;
    private volatile KieBase kieBase;

    PartnershipRules(List<PrintedFile> files, List<PartnershipRule> rules, BoroughAdjacency adjacency, KieBase kieBase,
                     String inputs) {
        this.files = List.copyOf(files);
        this.inputs = inputs;
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(PartnershipRule::name, Function.identity()));
        this.adjacency = adjacency;
        this.kieBase = kieBase;
    }

    /** Whether the catalog has any partnership rule. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The rule of this name, or null. */
    public PartnershipRule rule(String name) {
        return rules.get(name);
    }

    /** Every rule, by file then line. */
    public List<PartnershipRule> rules() {
        return rules.values().stream().sorted(Comparator.comparing(PartnershipRule::file).thenComparingInt(PartnershipRule::line))
                .toList();
    }

    public BoroughAdjacency adjacency() {
        return adjacency;
    }

    /**
     * What identifies everything these rules and their checks read: a fingerprint of every file of the catalog but
     * its scoring rule files (the manifest, the partnership files, the borough table, the reasons), followed by the
     * DRL printed from each partnership file. Two catalogs with the same value have the same partnership rules, the
     * same batch corpus and the same application checks, whatever their scoring rules: a save to a scoring file keeps
     * the partnership gate's verdict ({@code CatalogValidator}).
     *
     * @return the fingerprint, then the printed text of each file; empty when the catalog has no partnership rule
     */
    public String inputs() {
        if (rules.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(inputs);
        files.forEach(file -> text.append('\u0000').append(file.path()).append('\u0000').append(file.text()));
        return text.toString();
    }

    /**
     * The rules' KieBase. A catalog loaded from its precompiled scoring model builds it on first use (the files passed
     * the grammar when the jar was built and again when it was loaded), so scoring alone never pays for it.
     */
    public KieBase kieBase() {
        KieBase built = kieBase;
        if (built == null && !files.isEmpty()) {
            synchronized (this) {
                if (kieBase == null) {
                    ProblemCollector problems = new ProblemCollector(new org.grille.engine.messages.Messages(java.util.Locale.CANADA));
                    kieBase = DroolsBuild.build(files, Vocabulary.Kind.PARTNERSHIP, problems);
                    if (kieBase == null) {
                        throw new IllegalStateException("The partnership rules do not build: " + problems.sorted());
                    }
                }
                built = kieBase;
            }
        }
        return built;
    }
}
