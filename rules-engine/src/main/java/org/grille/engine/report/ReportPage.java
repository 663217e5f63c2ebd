package org.grille.engine.report;

import java.util.List;

/**
 * Everything the report template shows, computed and formatted beforehand so the template only lays it out. Texts
 * from applications stay raw here: the template escapes them for their place in the page.
 *
 * <p>Sections come in {@link #sections()} order. A new section (a view per borough, say) is a record here, an entry
 * in that list, a method of {@link PageBuilder} that fills it, its labels in the message bundles and a template
 * included from {@code report.jte}, as the partnership section was: nothing else changes.
 */
public record ReportPage(Words w, Header header, Summary summary, Ranking ranking, Funding funding,
                         Distribution distribution, Fairness fairness, Partnerships partnerships, List<Card> cards,
                         OpenLegend openRules, Reviews reviews) {

    public ReportPage {
        cards = List.copyOf(cards);
    }

    /** A section's anchor and heading, for the table of contents. */
    public record Section(String anchor, String heading) {
    }

    /** The sections; the reviews section only when the report has the committee's reviews. */
    public List<Section> sections() {
        List<Section> sections = new java.util.ArrayList<>(List.of(new Section("summary", w.t("summary")),
                new Section("ranking", w.t("ranking")), new Section("funding", w.t("funding")),
                new Section("distribution", w.t("distribution")), new Section("fairness", w.t("fairness")),
                new Section("partnerships", w.t("partnerships"))));
        if (reviews != null) {
            sections.add(new Section("reviews", w.t("reviews")));
        }
        sections.add(new Section("applications", w.t("applications")));
        return List.copyOf(sections);
    }

    /** One application in the committee's ranking: the rules' total, the final scores both ways, both ranks. */
    public record ReviewRow(Ref ref, String rank, int rules, String score, String calibrated, String rankAsGiven,
                            String discuss) {
    }

    /** Agreement on one criterion. */
    public record AgreementRow(String criterion, String alpha, int applications, int scores) {
    }

    /** A reviewer's scores of an application left out for a conflict of interest. */
    public record ExclusionRow(String reviewer, Ref ref, String link, String declared, String found, int reviews) {
    }

    /** The committee's reviews: final scores beside the rules', agreement, what to discuss, what was excluded. */
    public record Reviews(String intro, List<ReviewRow> rows, List<AgreementRow> agreement, List<String> flags,
                          List<ExclusionRow> exclusions) {
        public Reviews {
            rows = List.copyOf(rows);
            agreement = List.copyOf(agreement);
            flags = List.copyOf(flags);
            exclusions = List.copyOf(exclusions);
        }
    }

    /** The page's title block. */
    /** @param date the report's date written out, or null for an undated report */
    public record Header(String call, String catalogId, String catalogVersion, String fingerprint, String policy,
                         String tieBreakSeed, String date) {
    }

    /** A label and its value, for definition lists. */
    public record Fact(String label, String value) {
    }

    /** An application named in a table: its id, its card's anchor, its title. */
    public record Ref(String id, String anchor, String title) {
    }

    /** An entry that could not be read or assessed. */
    public record Rejected(int index, String id, String message) {
    }

    public record Summary(List<Fact> call, List<Fact> counts, Chart envelope, List<List<String>> envelopeTable,
                          List<Rejected> rejected) {
        public Summary {
            call = List.copyOf(call);
            counts = List.copyOf(counts);
            envelopeTable = List.copyOf(envelopeTable);
            rejected = List.copyOf(rejected);
        }
    }

    /** One heat-table cell: the points, the maximum, and a shade class from h0 (none) to h4 (full). */
    public record Heat(int points, int max, String shade) {
    }

    /** A column heading with its longer name for the {@code abbr}/{@code title}. */
    public record Heading(String shortName, String name, int max) {
    }

    public record RankRow(Ref ref, String rank, int total, String status, String statusStyle, List<Heat> objectives,
                          List<Heat> criteria) {
        public RankRow {
            objectives = List.copyOf(objectives);
            criteria = List.copyOf(criteria);
        }
    }

    public record Ranking(List<Heading> objectives, List<Heading> criteria, List<RankRow> rows) {
        public Ranking {
            objectives = List.copyOf(objectives);
            criteria = List.copyOf(criteria);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A row of the plan's tables.
     *
     * @param belowCut true on the first row past the cut line, which the table draws as a rule
     */
    public record DecisionRow(Ref ref, String rank, int total, String objective, List<String> granted, String totalGranted,
                              String reason, String reasonStyle, String explanation, boolean belowCut) {
        public DecisionRow {
            granted = List.copyOf(granted);
        }
    }

    /** An application whose outcome differs from the rules' plan: the committee's decision, or its consequence. */
    public record DepartureRow(Ref ref, String byRules, String decided, String byWhom, String why) {
    }

    public record Funding(List<Fact> totals, String cutLine, List<String> years, List<DecisionRow> fundable,
                          List<DecisionRow> others, Chart perObjective, List<List<String>> perObjectiveTable,
                          Chart perYear, List<String> perYearHeader, List<List<String>> perYearTable,
                          List<DepartureRow> departures) {
        public Funding {
            departures = List.copyOf(departures);
            totals = List.copyOf(totals);
            years = List.copyOf(years);
            fundable = List.copyOf(fundable);
            others = List.copyOf(others);
            perObjectiveTable = List.copyOf(perObjectiveTable);
            perYearHeader = List.copyOf(perYearHeader);
            perYearTable = List.copyOf(perYearTable);
        }
    }

    public record Distribution(Chart histogram, List<List<String>> table, String note) {
        public Distribution {
            table = List.copyOf(table);
        }
    }

    /**
     * @param gap    the funded rate's difference to the reference group in points with its 95 % interval, or the word
     *               for the reference group, or "—"
     * @param pValue the exact test's p-value for that difference, or "—"
     */
    public record GroupRow(String group, String count, String eligible, String mean, String median, String fundable,
                           String funded, String toBest, String toOverall, String gap, String pValue, String flag,
                           String flagStyle) {
    }

    public record GapRow(String rule, String where, String gap, String means) {
    }

    public record ObjectiveFlag(String objective, String group, String count, String funded, String flag) {
    }

    public record AttributeView(String anchor, String name, Chart chart, List<GroupRow> groups,
                                List<ObjectiveFlag> byObjective, List<GapRow> gaps) {
        public AttributeView {
            groups = List.copyOf(groups);
            byObjective = List.copyOf(byObjective);
            gaps = List.copyOf(gaps);
        }
    }

    public record Fairness(String notice, String method, List<AttributeView> attributes) {
        public Fairness {
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * A rule named in the partnership section: its name, its {@code file:line}, and its reason in the page's language.
     */
    public record RuleRef(String rule, String where, String reason) {
    }

    /**
     * A rule that flagged clusters of possible overlap, written once under their table: {@code label} ("R1") is what
     * a cluster's row shows, {@code anchor} the legend entry's id.
     */
    public record RuleNote(String label, String anchor, RuleRef rule) {
    }

    /**
     * A cluster of possible overlap: its applications and what they all have in common, "—" where they share nothing
     * (a cluster linked through one another need not share one borough across all its members).
     */
    public record OverlapRow(String number, List<Ref> members, String objective, String boroughs, String groups,
                             String activities, List<RuleNote> rules) {
        public OverlapRow {
            members = List.copyOf(members);
            rules = List.copyOf(rules);
        }
    }

    /**
     * The partners one rule suggested to an application, among its strongest suggestions: one row per rule, so that
     * a rule's reason is written once for all the partners it names (a call of a thousand applications stays small).
     */
    public record SuggestionRow(List<Ref> partners, String kind, int strength, String reason, String rule, String where) {
        public SuggestionRow {
            partners = List.copyOf(partners);
        }
    }

    /** An application's strongest suggestions: {@code count} of {@code total}, in {@code shown} grouped by rule. */
    public record SuggestionGroup(Ref ref, int count, int total, List<SuggestionRow> shown) {
        public SuggestionGroup {
            shown = List.copyOf(shown);
        }
    }

    /**
     * The partnership section. {@code empty} is the one line shown instead of the tables when there is nothing to show
     * (no partnership rules, nothing suggested, or suggestions not run), blank otherwise; {@code overlapRules} are the
     * rules the overlap rows name, each once, in the order they first appear; {@code without} are the
     * applications that got no suggestion, under the sentence {@code withoutText}; {@code caption} is the suggestion
     * table's.
     */
    public record Partnerships(String intro, String empty, List<OverlapRow> overlaps, List<RuleNote> overlapRules,
                               List<SuggestionGroup> applications, String withoutText, List<Ref> without, String caption) {
        public Partnerships {
            without = List.copyOf(without);
            overlaps = List.copyOf(overlaps);
            overlapRules = List.copyOf(overlapRules);
            applications = List.copyOf(applications);
        }
    }

    /** A partner named on an application's card, linked to the partner's card. */
    public record CardPartner(Ref partner, String kind) {
    }

    public record GateRow(String gate, String rule, String where, String reason) {
    }

    /** A rule's points for one application; {@code points} says "3 of 5" when a cap cut them. */
    public record ContributionRow(String rule, String where, String criterion, String points, String reason) {
    }

    /** A criterion's points against its maximum, drawn as a bar whose CSS class gives its length in tenths. */
    public record CriterionBar(String name, int points, int max, String length) {
    }

    /** Before the cards: how points still open are counted, and every rule a card names by its mark. */
    public record OpenLegend(String method, List<RuleNote> rules) {
        public OpenLegend {
            rules = List.copyOf(rules);
        }
    }

    /** A rule that did not fire, by its mark in the legend, and what it would add on its own ("+5 of 6" when capped). */
    public record OpenRuleRef(String label, String anchor, String adds) {
    }

    /** A criterion with points still open: obtained out of its maximum, open points, its first rules. */
    public record OpenRow(String criterion, String obtained, String open, List<OpenRuleRef> rules, String more) {
        public OpenRow {
            rules = List.copyOf(rules);
        }
    }

    /** A card's points still open; {@code gap} and {@code notPoints} are empty when they do not apply. */
    public record OpenView(List<OpenRow> rows, String gap, String notPoints) {
        public OpenView {
            rows = List.copyOf(rows);
        }

        /** Nothing to show, for an application that could not be assessed. */
        static final OpenView NONE = new OpenView(List.of(), "", "");
    }

    public record Card(Ref ref, String organization, String summary, String objective, String total, String status,
                       String statusStyle, String decision, String decisionStyle, String explanation,
                       List<Fact> money, List<GateRow> gates, List<CriterionBar> criteria,
                       List<ContributionRow> contributions, boolean assessed, List<CardPartner> partners, OpenView open) {
        public Card {
            partners = List.copyOf(partners);
            money = List.copyOf(money);
            gates = List.copyOf(gates);
            criteria = List.copyOf(criteria);
            contributions = List.copyOf(contributions);
        }
    }
}
