package org.grille.engine.partnerships;

import org.grille.engine.messages.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.grille.api.AssessmentException;
import org.grille.api.FieldViolation;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.api.partnership.ApplicationSuggestions;
import org.grille.api.partnership.OverlapCluster;
import org.grille.api.partnership.PartnershipReport;
import org.grille.api.partnership.Suggestion;
import org.grille.api.partnership.SuggestionKind;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.PartnershipRule;
import org.grille.engine.catalog.PartnershipRules;
import org.grille.engine.validation.ApplicationValidator;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs a catalog's partnership rules over a whole batch: the one session that holds more than one application, apart
 * from scoring. It reads only the batch vocabulary ({@link BatchFacts}) and writes nothing back: no score changes.
 * Each firing names its pair through the rule's {@code $ka} and {@code $kb}; the same pair and rule count once.
 */
public final class PartnershipFinder {

    /**
     * Firings one batch may make before it is stopped: a thousand applications of the bundled catalog make about
     * 12 000; a rule that matches every pair of a large batch would exceed it.
     */
    static final int MAX_FIRINGS = 2_000_000;

    private final CompiledCatalog catalog;
    private final Messages messages;
    private final ApplicationValidator validator;
    private final BiFunction<List<Application>, String, BatchFacts> projection;

    public PartnershipFinder(CompiledCatalog catalog, Messages messages, ApplicationValidator validator) {
        this(catalog, messages, validator, (applications, seed) -> BatchFacts.of(applications, seed,
                catalog.partnerships().adjacency()));
    }

    /** A finder with its own projection: only tests pass another, one that leaks, to show the fairness check sees it. */
    public PartnershipFinder(CompiledCatalog catalog, Messages messages, ApplicationValidator validator,
                      BiFunction<List<Application>, String, BatchFacts> projection) {
        this.catalog = catalog;
        this.messages = messages;
        this.validator = validator;
        this.projection = projection;
    }

    /**
     * One rule matched one ordered pair.
     *
     * @param rule  the rule
     * @param first the application bound to {@code $ka}
     * @param second the application bound to {@code $kb}
     */
    public record Firing(String rule, String first, String second) {
    }

    /** The seed of the batch keys: the catalog's published tie-break seed, so anyone can recompute them. */
    String seed() {
        String seed = catalog.manifest().allocation().tieBreakSeed();
        return "partnerships\n" + (seed == null || seed.isBlank() ? catalog.manifest().id() + "-" + catalog.manifest().version() : seed);
    }

    /** The facts a batch session would receive: what the fairness check compares. */
    public BatchFacts facts(List<Application> valid) {
        return projection.apply(valid, seed());
    }

    /** Every distinct firing for these valid applications, sorted. */
    public Set<Firing> firings(List<Application> valid) {
        PartnershipRules rules = catalog.partnerships();
        Set<Firing> firings = new TreeSet<>(Comparator.comparing(Firing::rule).thenComparing(Firing::first)
                .thenComparing(Firing::second));
        if (rules.isEmpty() || valid.size() < 2) {
            return firings;
        }
        BatchFacts facts = facts(valid);
        KieSession session = rules.kieBase().newKieSession();
        int[] count = {0};
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Object a = event.getMatch().getDeclarationValue("$ka");
                    Object b = event.getMatch().getDeclarationValue("$kb");
                    String first = facts.ids().get(a);
                    String second = facts.ids().get(b);
                    if (first != null && second != null && !first.equals(second)) {
                        firings.add(new Firing(event.getMatch().getRule().getName(), first, second));
                    }
                    count[0]++;
                }
            });
            facts.facts().forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS + 1);
            if (fired > MAX_FIRINGS) {
                throw new AssessmentException(messages.get("partnerships.runaway", MAX_FIRINGS), null, null, null, 0, null);
            }
        } finally {
            session.dispose();
        }
        return firings;
    }

    /** The applications, or an {@link org.grille.api.InvalidApplicationException} for the first invalid one. */
    public List<Application> validOnly(List<Application> applications) {
        for (Application application : applications) {
            List<FieldViolation> violations = validator.validate(application);
            if (!violations.isEmpty()) {
                String id = application == null ? null : application.id();
                throw new org.grille.api.InvalidApplicationException(id, messages.get("application.invalid", id, violations.size()),
                        violations);
            }
        }
        return applications;
    }

    /** The report: invalid applications left out as rejections, the others matched together. */
    public PartnershipReport report(List<Application> applications) {
        Set<String> ids = new HashSet<>();
        List<Application> valid = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int index = 0; index < applications.size(); index++) {
            Application application = applications.get(index);
            if (application != null && application.id() != null && !ids.add(application.id())) {
                throw new IllegalArgumentException(messages.get("funding.duplicateId", application.id()));
            }
            List<FieldViolation> violations = validator.validate(application);
            if (violations.isEmpty()) {
                valid.add(application);
            } else {
                String id = application == null ? null : application.id();
                rejections.add(new Rejection(index, id, messages.get("application.invalid", id, violations.size()), violations));
            }
        }
        Set<Firing> firings = firings(valid);
        Map<String, Map<String, Suggestion>> byApplication = new TreeMap<>();
        valid.forEach(a -> byApplication.put(a.id(), new HashMap<>()));
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> overlapRules = new HashMap<>();
        for (Firing firing : firings) {
            PartnershipRule rule = catalog.partnerships().rule(firing.rule());
            if (rule == null) {
                continue;
            }
            // A pair is suggested to both applications, whichever the rule bound first.
            byApplication.get(firing.first()).putIfAbsent(firing.second() + "\u0000" + rule.name(), suggestion(rule, firing.second()));
            byApplication.get(firing.second()).putIfAbsent(firing.first() + "\u0000" + rule.name(), suggestion(rule, firing.first()));
            if (rule.kind() == SuggestionKind.LIKELY_OVERLAP) {
                union(parent, firing.first(), firing.second());
                overlapRules.computeIfAbsent(firing.first(), k -> new TreeSet<>()).add(rule.name());
                overlapRules.computeIfAbsent(firing.second(), k -> new TreeSet<>()).add(rule.name());
            }
        }
        Comparator<Suggestion> ranking = Comparator.comparingInt(Suggestion::strength).reversed()
                .thenComparing(Suggestion::partnerId).thenComparing(Suggestion::rule);
        List<ApplicationSuggestions> perApplication = new ArrayList<>();
        byApplication.forEach((id, suggestions) -> perApplication.add(new ApplicationSuggestions(id,
                suggestions.values().stream().sorted(ranking).toList())));
        return new PartnershipReport(catalog.info(), perApplication, clusters(parent, overlapRules), rejections);
    }

    private Suggestion suggestion(PartnershipRule rule, String partner) {
        return new Suggestion(partner, rule.kind(), rule.strength(), rule.name(), rule.file(), rule.line(), rule.reasonKey(),
                catalog.reasons().text(rule.reasonKey(), messages.locale()));
    }

    private static List<OverlapCluster> clusters(Map<String, String> parent, Map<String, Set<String>> overlapRules) {
        Map<String, Set<String>> members = new TreeMap<>();
        for (String id : parent.keySet()) {
            members.computeIfAbsent(find(parent, id), k -> new TreeSet<>()).add(id);
        }
        List<OverlapCluster> clusters = new ArrayList<>();
        for (Set<String> ids : members.values()) {
            Set<String> rules = new TreeSet<>();
            ids.forEach(id -> rules.addAll(overlapRules.getOrDefault(id, Set.of())));
            clusters.add(new OverlapCluster(List.copyOf(ids), List.copyOf(rules)));
        }
        clusters.sort(Comparator.comparingInt((OverlapCluster c) -> -c.applicationIds().size())
                .thenComparing(c -> c.applicationIds().get(0)));
        return clusters;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller id is the root: the same clusters whatever the order of union
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
