package org.grille.engine.partnerships;

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

/**
 * {@link PartnershipFinder#report} as it was before issue 26, kept word for word as the reference the faster one is
 * compared with: every firing as a {@link PartnershipFinder.Firing} in a sorted set, then per application a map of
 * suggestions keyed by partner and rule, sorted at the end.
 */
final class ReferenceReport {

    private final CompiledCatalog catalog;
    private final Messages messages;
    private final ApplicationValidator validator;
    private final PartnershipFinder finder;

    ReferenceReport(CompiledCatalog catalog, Messages messages, PartnershipFinder finder) {
        this.catalog = catalog;
        this.messages = messages;
        this.validator = new ApplicationValidator(messages, catalog.callTerms().maxDurationMonths(),
                catalog.manifest().objectiveIds());
        this.finder = finder;
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
        Set<PartnershipFinder.Firing> firings = finder.firings(valid);
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
