package org.grille.engine.partnerships;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.grille.engine.messages.Messages;
import org.grille.engine.validation.ApplicationValidator;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The old algorithm of {@link PartnershipFinder#report}, as it was before issue 26, kept in test code only to prove
 * that the new one gives exactly the same report: the author's partnership files compiled by Drools as they are (no
 * printer, no {@link org.grille.engine.catalog.PairWindow}, no symmetric rule matched one way), one session holding
 * every fact and every partial match of the whole batch, every firing as a {@link PartnershipFinder.Firing} in a
 * sorted set, then per application a map of suggestions keyed by partner and rule, sorted at the end.
 */
final class OldAlgorithmReport {

    private final CompiledCatalog catalog;
    private final Messages messages;
    private final ApplicationValidator validator;
    private final PartnershipFinder finder;
    private final KieBase kieBase;

    /**
     * @param catalog   the compiled catalog, for its rules' metadata and reasons
     * @param directory the catalog's directory: its partnership files are compiled here as they are
     * @param finder    the finder, only for the facts of a batch (its projection)
     */
    OldAlgorithmReport(CompiledCatalog catalog, Path directory, Messages messages, PartnershipFinder finder) {
        this.catalog = catalog;
        this.messages = messages;
        this.validator = new ApplicationValidator(messages, catalog.callTerms().maxDurationMonths(),
                catalog.manifest().objectiveIds());
        this.finder = finder;
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String file : catalog.manifest().partnershipFiles()) {
            builder.add(ResourceFactory.newFileResource(directory.resolve(file).toFile()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        this.kieBase = base;
    }

    /** Every distinct firing, both ways, from one session holding the whole batch: the old {@code firings}. */
    Set<PartnershipFinder.Firing> firings(List<Application> valid) {
        Set<PartnershipFinder.Firing> firings = new TreeSet<>(Comparator.comparing(PartnershipFinder.Firing::rule)
                .thenComparing(PartnershipFinder.Firing::first).thenComparing(PartnershipFinder.Firing::second));
        if (catalog.partnerships().isEmpty() || valid.size() < 2) {
            return firings;
        }
        BatchFacts facts = finder.facts(valid);
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String first = facts.ids().get(event.getMatch().getDeclarationValue("$ka"));
                    String second = facts.ids().get(event.getMatch().getDeclarationValue("$kb"));
                    if (first != null && second != null && !first.equals(second)) {
                        firings.add(new PartnershipFinder.Firing(event.getMatch().getRule().getName(), first, second));
                    }
                }
            });
            facts.facts().forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return firings;
    }

    PartnershipReport report(List<Application> applications) {
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
        Set<PartnershipFinder.Firing> firings = firings(valid);
        Map<String, Map<String, Suggestion>> byApplication = new TreeMap<>();
        valid.forEach(a -> byApplication.put(a.id(), new HashMap<>()));
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> overlapRules = new HashMap<>();
        for (PartnershipFinder.Firing firing : firings) {
            PartnershipRule rule = catalog.partnerships().rule(firing.rule());
            if (rule == null) {
                continue;
            }
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
                catalog.reasons().text(rule.reasonKey(), messages.locale()), rule.title(messages.locale()));
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
