package org.grille.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.Explanation;
import org.grille.api.GateFailure;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.api.application.Objective;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Project;
import org.grille.api.partnership.ApplicationSuggestions;
import org.grille.api.partnership.OverlapCluster;
import org.grille.api.partnership.PartnershipReport;
import org.grille.api.partnership.Suggestion;
import org.grille.api.report.CommitteeReport;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.report.ReportPage.Card;
import org.grille.engine.report.ReportPage.CardPartner;
import org.grille.engine.report.ReportPage.OverlapRow;
import org.grille.engine.report.ReportPage.RuleNote;
import org.grille.engine.report.ReportPage.RuleRef;
import org.grille.engine.report.ReportPage.SuggestionGroup;
import org.grille.engine.report.ReportPage.SuggestionRow;
import org.grille.engine.report.ReportPage.ContributionRow;
import org.grille.engine.report.ReportPage.CriterionBar;
import org.grille.engine.report.ReportPage.Fact;
import org.grille.engine.report.ReportPage.GateRow;
import org.grille.engine.report.ReportPage.Heading;
import org.grille.engine.report.ReportPage.Heat;
import org.grille.engine.report.ReportPage.RankRow;
import org.grille.engine.report.ReportPage.Ref;
import org.grille.engine.report.ReportPage.Rejected;

/** Computes the report's figures from a {@link CommitteeReport} and the catalog's manifest. */
final class PageBuilder {

    private static final int BIN = 5;
    /** Suggestions shown per application, strongest first: the committee's short list, not the workshop's. */
    static final int SUGGESTIONS_SHOWN = 3;

    private final CommitteeReport report;
    private final Manifest manifest;
    /** The manifest's grid, read once: every row and chart of the page goes through it. */
    private final java.util.Map<org.grille.api.Criterion, Integer> maxima;
    private final java.util.List<org.grille.api.application.Objective> objectiveOrder;
    private final org.grille.api.Rubric rubric;
    private final Words w;
    private final Map<String, Application> applications = new LinkedHashMap<>();
    private final Map<String, Assessment> assessments = new HashMap<>();
    private final Map<String, FundingDecision> decisions = new HashMap<>();
    private final Map<String, String> anchors = new HashMap<>();
    private final Map<String, List<Suggestion>> suggestions = new HashMap<>();
    private final Function<Assessment, Explanation> explain;

    PageBuilder(CommitteeReport report, Manifest manifest, Words words, Function<Assessment, Explanation> explain) {
        this.report = report;
        this.explain = explain;
        this.manifest = manifest;
        this.maxima = manifest.maxima();
        this.objectiveOrder = manifest.objectiveIds();
        this.rubric = manifest.rubric();
        this.w = words;
        int index = 0;
        for (Application application : report.applications()) {
            applications.put(application.id(), application);
            // An anchor from the position, never from the id: ids are user input and need not be valid fragments.
            anchors.put(application.id(), "app-" + (++index));
        }
        report.assessments().forEach(a -> assessments.put(a.applicationId(), a));
        report.plan().decisions().forEach(d -> decisions.put(d.applicationId(), d));
        if (report.partnerships() != null) {
            report.partnerships().applications().forEach(a -> suggestions.put(a.applicationId(), a.suggestions()));
        }
    }

    ReportPage build() {
        List<String> order = rankOrder();
        OpenPointsCards open = new OpenPointsCards(order.stream().map(assessments::get).filter(java.util.Objects::nonNull)
                .map(explain).toList(), w);
        return new ReportPage(w, header(), summary(), ranking(order), new FundingSection(report.plan(), w, objectiveOrder, rubric, this::ref).build(), distribution(),
                new FairnessSection(report.audit(), w, objectiveOrder).build(), partnerships(),
                cards(order, open), open.legend(),
                report.reviews() == null ? null : new ReviewSection(report.reviews(), w, this::ref).build());
    }

    /** Funded and fundable first by plan rank, then the rest by total; ties by id. Rejected applications last. */
    private List<String> rankOrder() {
        Comparator<Assessment> byRank = Comparator
                .comparingInt((Assessment a) -> a.fundable() ? 0 : a.eligible() ? 1 : 2)
                .thenComparingInt(a -> rankOf(a.applicationId()) == 0 ? Integer.MAX_VALUE : rankOf(a.applicationId()))
                .thenComparing(Comparator.comparingInt(Assessment::total).reversed())
                .thenComparing(Assessment::applicationId);
        List<String> order = new ArrayList<>(report.assessments().stream().sorted(byRank).map(Assessment::applicationId).toList());
        applications.keySet().stream().filter(id -> !assessments.containsKey(id)).forEach(order::add);
        return order;
    }

    private int rankOf(String id) {
        FundingDecision d = decisions.get(id);
        return d == null ? 0 : d.rank();
    }

    private Ref ref(String id) {
        Application application = applications.get(id);
        return new Ref(id, anchors.get(id), application == null || application.project() == null ? "" : application.project().title());
    }

    private ReportPage.Header header() {
        FundingPlan plan = report.plan();
        String call = manifest.name().getOrDefault(w.lang(), manifest.name().getOrDefault("fr", manifest.id()));
        return new ReportPage.Header(call, plan.catalog().id(), plan.catalog().version(), plan.catalog().fingerprint(),
                w.label("policy", plan.policy()), plan.tieBreakSeed(), report.date() == null ? null
                        : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                                .withLocale(java.util.Locale.forLanguageTag(w.lang())).format(report.date()));
    }

    private ReportPage.Summary summary() {
        FundingPlan plan = report.plan();
        List<Fact> call = new ArrayList<>();
        call.add(new Fact(w.t("call.name"), header().call()));
        if (manifest.call() != null && manifest.call().deadline() != null) {
            call.add(new Fact(w.t("call.deadline"), manifest.call().deadline().toString()));
        }
        call.add(new Fact(w.t("call.envelope"), w.money(sum(plan.envelopePerYear()))));
        if (manifest.call() != null && manifest.call().projectCap() != null) {
            call.add(new Fact(w.t("call.cap"), w.money(manifest.call().projectCap())));
        }
        call.add(new Fact(w.t("call.threshold"), w.t("points", manifest.fundableThreshold())));
        call.add(new Fact(w.t("catalog"), plan.catalog().id() + " " + plan.catalog().version()));
        call.add(new Fact(w.t("fingerprint"), plan.catalog().fingerprint()));
        call.add(new Fact(w.t("policy"), w.label("policy", plan.policy())));
        call.add(new Fact(w.t("seed"), plan.tieBreakSeed()));

        List<Rejected> rejected = new ArrayList<>();
        for (Rejection r : report.unreadable()) {
            rejected.add(new Rejected(r.index(), r.applicationId() == null ? "—" : r.applicationId(), r.message()));
        }
        for (Rejection r : plan.rejections()) {
            rejected.add(new Rejected(r.index(), r.applicationId() == null ? "—" : r.applicationId(), r.message()));
        }
        long eligible = report.assessments().stream().filter(Assessment::eligible).count();
        long fundable = report.assessments().stream().filter(Assessment::fundable).count();
        long funded = plan.decisions().stream().filter(FundingDecision::funded).count();
        List<Fact> counts = List.of(
                new Fact(w.t("count.received"), String.valueOf(report.applications().size() + report.unreadable().size())),
                new Fact(w.t("count.assessed"), String.valueOf(report.assessments().size())),
                new Fact(w.t("count.eligible"), String.valueOf(eligible)),
                new Fact(w.t("count.fundable"), String.valueOf(fundable)),
                new Fact(w.t("count.funded"), String.valueOf(funded)),
                new Fact(w.t("count.granted"), w.money(plan.totalGranted())),
                new Fact(w.t("count.rejected"), String.valueOf(rejected.size())));

        List<Charts.Row> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        double max = 1;
        for (int year = 0; year < plan.envelopePerYear().size(); year++) {
            long envelope = plan.envelopePerYear().get(year);
            long granted = plan.grantedPerYear().get(year);
            max = Math.max(max, Math.max(envelope, granted));
            String label = w.t("year", year + 1);
            rows.add(new Charts.Row(label, granted, (double) envelope, "used",
                    w.t("usedOf", w.money(granted), w.money(envelope))));
            table.add(List.of(label, w.money(envelope), w.money(granted), w.money(envelope - granted),
                    w.percent(envelope == 0 ? 0 : granted / (double) envelope)));
        }
        String description = rows.stream().map(r -> r.label() + " " + r.valueText()).collect(Collectors.joining(" ; "));
        Chart chart = Charts.bars("chart-envelope", w.t("chart.envelope"), description, rows, max, List.of(), null);
        return new ReportPage.Summary(call, counts, chart, table, rejected);
    }

    private ReportPage.Ranking ranking(List<String> order) {
        List<Heading> objectives = new ArrayList<>();
        int objectiveMax = manifest.objectiveFit().bestObjectiveMax();
        for (Objective objective : objectiveOrder) {
            objectives.add(new Heading(w.objectiveShort(objective), w.objective(objective), objectiveMax));
        }
        List<Heading> criteria = new ArrayList<>();
        for (Criterion criterion : maxima.keySet()) {
            criteria.add(new Heading(w.criterionShort(criterion), w.criterion(criterion),
                    maxima.getOrDefault(criterion, 0)));
        }
        List<RankRow> rows = new ArrayList<>();
        for (String id : order) {
            Assessment a = assessments.get(id);
            if (a == null) {
                continue;
            }
            List<Heat> objectiveCells = new ArrayList<>();
            for (Objective objective : objectiveOrder) {
                objectiveCells.add(heat(a.score(objective), objectiveMax));
            }
            List<Heat> criterionCells = new ArrayList<>();
            for (Criterion criterion : maxima.keySet()) {
                criterionCells.add(heat(a.score(criterion), maxima.getOrDefault(criterion, 0)));
            }
            int rank = rankOf(id);
            rows.add(new RankRow(ref(id), rank == 0 ? "—" : String.valueOf(rank), a.total(), status(a), statusStyle(a),
                    objectiveCells, criterionCells));
        }
        return new ReportPage.Ranking(objectives, criteria, rows);
    }

    private static Heat heat(int points, int max) {
        double share = max <= 0 ? 0 : points / (double) max;
        int shade = points <= 0 ? 0 : share < 0.34 ? 1 : share < 0.67 ? 2 : share < 1 ? 3 : 4;
        return new Heat(points, max, "h" + shade);
    }

    private String status(Assessment a) {
        FundingDecision d = decisions.get(a.applicationId());
        if (d != null && d.funded()) {
            return w.t("status.funded");
        }
        return !a.eligible() ? w.t("status.ineligible") : a.fundable() ? w.t("status.fundable") : w.t("status.below");
    }

    private String statusStyle(Assessment a) {
        FundingDecision d = decisions.get(a.applicationId());
        if (d != null && d.funded()) {
            return "funded";
        }
        return !a.eligible() ? "ineligible" : a.fundable() ? "fundable" : "below";
    }

    private ReportPage.Distribution distribution() {
        int bins = 100 / BIN;
        int[] lower = new int[bins];
        int[] eligible = new int[bins];
        int[] ineligible = new int[bins];
        for (int i = 0; i < bins; i++) {
            lower[i] = i * BIN;
        }
        for (Assessment a : report.assessments()) {
            int bin = Math.min(bins - 1, Math.max(0, a.total() / BIN));
            if (a.eligible()) {
                eligible[bin]++;
            } else {
                ineligible[bin]++;
            }
        }
        int threshold = manifest.fundableThreshold();
        List<List<String>> table = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < bins; i++) {
            String range = lower[i] + "–" + (i + 1 < bins ? lower[i] + BIN - 1 : 100);
            table.add(List.of(range, String.valueOf(eligible[i]), String.valueOf(ineligible[i])));
            if (eligible[i] + ineligible[i] > 0) {
                description.append(range).append(" : ").append(eligible[i]).append(" + ").append(ineligible[i]).append(" ; ");
            }
        }
        long atOrAbove = report.assessments().stream().filter(Assessment::fundable).count();
        String note = w.t("distribution.note", threshold, atOrAbove);
        Chart chart = Charts.histogram("chart-distribution", w.t("chart.distribution"),
                w.t("distribution.desc", threshold) + " " + description.toString().strip(),
                lower, eligible, ineligible, "eligible", "ineligible", threshold, 100,
                w.t("threshold", threshold), w.t("series.eligible"), w.t("series.ineligible"));
        return new ReportPage.Distribution(chart, table, note);
    }

    /**
     * The partnership section. It is always there, in the table of contents too, even when it has nothing to show: a
     * committee comparing two rounds, or an auditor, then reads that nothing was suggested (or that the catalog has no
     * partnership rules) instead of wondering whether the section was forgotten.
     */
    private ReportPage.Partnerships partnerships() {
        PartnershipReport partnerships = report.partnerships();
        String intro = w.t("partnerships.intro");
        if (partnerships == null) {
            return new ReportPage.Partnerships(intro, w.t("partnerships.notRun"), List.of(), List.of(), List.of(), "", List.of(), "");
        }
        if (manifest.partnershipFiles().isEmpty()) {
            return new ReportPage.Partnerships(intro, w.t("partnerships.noRules", partnerships.catalog().id(),
                    partnerships.catalog().version()), List.of(), List.of(), List.of(), "", List.of(), "");
        }
        // file:line and reason of each rule, from the suggestions that name it (a cluster only names its rules).
        Map<String, RuleRef> rules = new HashMap<>();
        List<SuggestionGroup> groups = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (ApplicationSuggestions a : partnerships.applications()) {
            for (Suggestion s : a.suggestions()) {
                rules.putIfAbsent(s.rule(), new RuleRef(s.title(), s.file() + ":" + s.line(), s.reason()));
            }
            if (a.suggestions().isEmpty()) {
                without.add(a.applicationId());
                continue;
            }
            // The strongest few, grouped by rule in the order they come: one rule has one strength, so the order holds.
            List<Suggestion> strongest = a.suggestions().subList(0, Math.min(SUGGESTIONS_SHOWN, a.suggestions().size()));
            Map<String, List<Suggestion>> byRule = new LinkedHashMap<>();
            strongest.forEach(s -> byRule.computeIfAbsent(s.rule(), rule -> new ArrayList<>()).add(s));
            List<SuggestionRow> shown = new ArrayList<>();
            for (List<Suggestion> same : byRule.values()) {
                Suggestion s = same.get(0);
                shown.add(new SuggestionRow(same.stream().map(x -> ref(x.partnerId())).toList(), w.label("kind", s.kind()),
                        s.strength(), s.reason(), s.title(), s.file() + ":" + s.line()));
            }
            groups.add(new SuggestionGroup(ref(a.applicationId()), strongest.size(), a.suggestions().size(), shown));
        }
        if (groups.isEmpty() && partnerships.overlaps().isEmpty()) {
            return new ReportPage.Partnerships(intro, w.t("partnerships.nothing", partnerships.applications().size()),
                    List.of(), List.of(), List.of(), "", List.of(), "");
        }
        List<OverlapRow> overlaps = new ArrayList<>();
        // Most clusters are flagged by the same rule or two: each row names them by label, the legend says them once.
        Map<String, RuleNote> notes = new LinkedHashMap<>();
        int number = 0;
        for (OverlapCluster cluster : partnerships.overlaps()) {
            List<Project> projects = cluster.applicationIds().stream().map(applications::get)
                    .map(a -> a == null ? null : a.project()).toList();
            List<RuleNote> named = cluster.rules().stream()
                    .map(rule -> notes.computeIfAbsent(rule, r -> note(notes.size() + 1, rules.getOrDefault(r, new RuleRef(r, "—", "")))))
                    .toList();
            overlaps.add(new OverlapRow(String.valueOf(++number), cluster.applicationIds().stream().map(this::ref).toList(),
                    shared(projects, p -> p.primaryObjective() == null ? List.of() : List.of(p.primaryObjective()),
                            o -> w.objective(o)),
                    shared(projects, Project::boroughsServed, b -> b),
                    shared(projects, Project::targetGroups, g -> w.label("targetGroup", g)),
                    shared(projects, p -> p.activities() == null ? List.of()
                                    : p.activities().stream().map(Activity::type).filter(t -> t != null && t != ActivityType.OTHER).toList(),
                            t -> w.label("activityType", t)),
                    named));
        }
        return new ReportPage.Partnerships(intro, "", overlaps, List.copyOf(notes.values()), groups,
                w.t("partnerships.without", without.size()),
                without.stream().map(this::ref).toList(),
                w.t("partnerships.suggestionsCaption", SUGGESTIONS_SHOWN, groups.size()));
    }

    /**
     * Whether {@code reason} only says again what the rule's title says after its "Criterion : " prefix ("Capacité :
     * l'organisme a déjà mené un projet comparable" and "L'organisme a déjà mené un projet comparable."): then a card
     * leaves the reason out, since the committee reads the same sentence in the row's first cell. On a call of 1 000
     * applications that is four rows in five and a tenth of the page (issue 26, BENCHMARKS.md).
     */
    static boolean restates(String title, String reason) {
        if (title == null || reason == null) {
            return false;
        }
        int colon = title.indexOf(':');
        String said = title.substring(colon + 1).strip();
        String why = reason.strip();
        if (why.endsWith(".")) {
            why = why.substring(0, why.length() - 1).strip();
        }
        return !said.isEmpty() && said.equalsIgnoreCase(why);
    }

    /** The {@code number}th rule of the overlap legend: "R1" in a row, "overlap-rule-1" as the entry's anchor. */
    private static RuleNote note(int number, RuleRef rule) {
        return new RuleNote("R" + number, "overlap-rule-" + number, rule);
    }

    /** What every project of a cluster has, in the first project's order, as words; "—" when they share nothing. */
    private static <T> String shared(List<Project> projects, java.util.function.Function<Project, List<T>> values,
                                     java.util.function.Function<T, String> words) {
        if (projects.isEmpty() || projects.contains(null)) {
            return "—";
        }
        java.util.LinkedHashSet<T> common = new java.util.LinkedHashSet<>(nonNull(values.apply(projects.get(0))));
        for (Project project : projects.subList(1, projects.size())) {
            common.retainAll(nonNull(values.apply(project)));
        }
        return common.isEmpty() ? "—" : common.stream().map(words).collect(Collectors.joining(", "));
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** An application's strongest partners for its card: each partner once, under its strongest kind. */
    private List<CardPartner> cardPartners(String id) {
        Map<String, CardPartner> partners = new LinkedHashMap<>();
        for (Suggestion s : suggestions.getOrDefault(id, List.of())) {
            if (partners.size() == SUGGESTIONS_SHOWN) {
                break;
            }
            partners.putIfAbsent(s.partnerId(), new CardPartner(ref(s.partnerId()), w.label("kind", s.kind())));
        }
        return List.copyOf(partners.values());
    }

    private List<Card> cards(List<String> order, OpenPointsCards open) {
        List<Card> cards = new ArrayList<>();
        for (String id : order) {
            Application application = applications.get(id);
            Assessment a = assessments.get(id);
            FundingDecision d = decisions.get(id);
            String organization = application.organization() == null ? "" : application.organization().name();
            String summary = application.project() == null || application.project().summary() == null ? "" : application.project().summary();
            Objective primary = application.project() == null ? null : application.project().primaryObjective();
            List<Fact> money = new ArrayList<>();
            if (d != null) {
                money.add(new Fact(w.t("col.requested"), d.requested().stream().map(w::money).collect(Collectors.joining(" + "))));
                String granted = d.granted().stream().filter(g -> g > 0).map(w::money).collect(Collectors.joining(" + "));
                long years = d.granted().stream().filter(g -> g > 0).count();
                money.add(new Fact(w.t("col.granted"), !d.funded() ? "—"
                        : years > 1 ? granted + " = " + w.money(d.totalGranted()) : w.money(d.totalGranted())));
                if (d.rank() > 0) {
                    money.add(new Fact(w.t("col.rank"), String.valueOf(d.rank())));
                }
            }
            if (a == null) {
                cards.add(new Card(ref(id), organization, summary, w.objective(primary), "—", w.t("status.rejected"),
                        "ineligible", w.t("status.rejected"), "notfunded", "", money, List.of(), List.of(), List.of(), false, List.of(),
                        ReportPage.OpenView.NONE));
                continue;
            }
            List<GateRow> gates = new ArrayList<>();
            for (GateFailure g : a.failedGates()) {
                gates.add(new GateRow(g.gate(), g.title(), g.file() + ":" + g.line(), g.reason()));
            }
            List<CriterionBar> bars = new ArrayList<>();
            for (Criterion criterion : maxima.keySet()) {
                int max = maxima.getOrDefault(criterion, 0);
                int points = a.score(criterion);
                // Tenths of the maximum, as a CSS class (b0 to b10): no inline style, a few bytes per bar.
                bars.add(new CriterionBar(w.criterion(criterion), points, max,
                        "b" + (max == 0 ? 0 : Math.round(10.0 * points / max))));
            }
            List<ContributionRow> contributions = new ArrayList<>();
            for (Contribution c : a.contributions()) {
                String criterion = w.criterionShort(c.criterion())
                        + (c.objective() == null ? "" : " · " + w.objectiveShort(c.objective()));
                String points = c.counted() == c.points() ? String.valueOf(c.points()) : w.t("capped", c.counted(), c.points());
                contributions.add(new ContributionRow(c.title(), c.file() + ":" + c.line(), criterion, points,
                        restates(c.title(), c.reason()) ? "" : c.reason()));
            }
            cards.add(new Card(ref(id), organization, summary, w.objective(primary), String.valueOf(a.total()),
                    status(a), statusStyle(a), d == null ? "—" : w.label("reason", d.reason()),
                    d != null && d.funded() ? "funded" : "notfunded", d == null ? "" : d.explanation(), money, gates, bars,
                    contributions, true, cardPartners(id), open.card(id)));
        }
        return cards;
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
