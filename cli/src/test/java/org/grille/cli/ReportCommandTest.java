package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("grille report")
class ReportCommandTest {

    private static final String SAMPLES = SampleCall.SAMPLES.toString();

    record Run(int exitCode, String out, String err) {
    }

    /** One run, its messages on whole lines (their words are read here; the width is {@link OutputWidthTest}'s). */
    static Run grille(String... args) {
        GrilleCliTest.Run run = GrilleCliTest.grille(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void with_the_committee_s_decisions_lists_each_departure_with_who_and_why(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("report.html");

        Run run = grille("report", SAMPLES, "--decisions", Path.of("../examples/data/decisions.csv").toString(),
                "-o", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = parse(file);
        var table = page.select("table:has(caption:contains(differs from the plan the rules alone would make))");
        assertThat(table).hasSize(1);
        assertThat(table.select("tbody tr")).hasSize(3);
        assertThat(table.select("tbody tr:has(a[href]:contains(MI-2027-040))").text())
                .contains("below threshold", "funded by the committee", "Comité de sélection Montréal inclusive", "Montréal-Nord");
        var fairness = page.select("#fairness table.data:has(th:contains(Fisher))");
        assertThat(fairness).as("each group's gap to its reference with its interval and exact test").isNotEmpty();
        assertThat(fairness.first().select("tbody td").eachText()).contains("reference")
                .anyMatch(cell -> cell.matches("[+−]?\\d+ \\[[+−]?\\d+, [+−]?\\d+\\]"));
        Run without = grille("report", SAMPLES, "-o", directory.resolve("plain.html").toString(), "--lang", "en");
        assertThat(without.exitCode()).isZero();
        assertThat(parse(directory.resolve("plain.html")).select("caption:contains(rules alone)")).isEmpty();
    }

    @Nested
    @DisplayName("the page of the sample call")
    class Structure {

        static Path file;
        static Document page;

        @BeforeAll
        static void write(@TempDir Path directory) throws IOException {
            file = directory.resolve("rapport.html");
            Run run = grille("report", SAMPLES, "-o", file.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("Rapport écrit dans", "47 demandes évaluées");
            page = parse(file);
        }

        @Test
        void has_the_seven_sections_in_order_each_under_its_heading() {
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
            assertThat(page.select("h1").eachText()).containsExactly("Montréal inclusive — appel de projets 2027-2030");
            assertThat(page.select("main > section").eachAttr("id"))
                    .containsExactly("summary", "ranking", "funding", "distribution", "fairness", "partnerships", "applications");
            assertThat(page.select("main > section > h2").eachText()).containsExactly("Synthèse", "Classement",
                    "Plan de financement", "Distribution des notes", "Audit d'équité", "Partenariats possibles",
                    "Fiches des demandes");
            assertThat(page.select("nav.toc a").eachAttr("href")).containsExactly("#summary", "#ranking", "#funding",
                    "#distribution", "#fairness", "#partnerships", "#applications");
            assertThat(page.select("nav.toc a[href=#partnerships]").text()).isEqualTo("Partenariats possibles");
            assertThat(page.selectFirst("a.skip").attr("href")).isEqualTo("#main");
            assertThat(page.getElementById("main")).isNotNull();
        }

        @Test
        void gives_every_table_scoped_headers() {
            assertThat(page.select("table")).hasSizeGreaterThan(50);
            for (Element table : page.select("table")) {
                assertThat(table.select("thead th")).as("column headers of " + table.select("caption").text()).isNotEmpty();
                for (Element th : table.select("th")) {
                    String expected = th.parent().parent().tagName().equals("thead") ? "col|colgroup" : "row";
                    assertThat(th.attr("scope")).as("scope of " + th.text()).matches(expected);
                }
            }
        }

        @Test
        void titles_and_describes_every_chart_and_puts_a_table_beside_it() {
            List<Element> charts = page.select("svg.chart");
            int attributes = page.select("#fairness section.attribute").size();
            assertThat(attributes).as("language and the four leadership attributes").isEqualTo(5);
            assertThat(charts).hasSize(4 + attributes); // envelope, per objective, per year, histogram; one per attribute
            for (Element svg : charts) {
                String id = svg.id();
                assertThat(svg.attr("role")).isEqualTo("img");
                assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-t " + id + "-d");
                assertThat(svg.selectFirst("> title").id()).isEqualTo(id + "-t");
                assertThat(svg.selectFirst("> title").text()).isNotBlank();
                assertThat(svg.selectFirst("> desc").text()).as(id + " described in words").matches(".*\\d.*");
                Element figure = svg.parent();
                Element next = figure.nextElementSibling();
                assertThat(next).as("a table beside " + id).isNotNull();
                assertThat(next.tagName()).isIn("table", "div");
                assertThat(next.tagName().equals("table") ? next : next.selectFirst("table")).isNotNull();
            }
            assertThat(page.select("#chart-distribution line.threshold")).hasSize(1);
            assertThat(page.select("#chart-distribution text").eachText()).contains("seuil 60");
            assertThat(page.select("svg[id^=chart-fair] rect.band")).hasSize(attributes);
        }

        @Test
        void says_a_rule_s_reason_on_a_card_only_when_it_adds_to_the_rule_s_name() {
            int said = 0;
            int left = 0;
            for (Element row : page.select("table.contrib tbody tr")) {
                String rule = row.selectFirst("th").text();
                String reason = row.select("td").get(3).text();
                String afterColon = rule.substring(rule.indexOf(':') + 1).strip();
                assertThat(reason.replaceAll("\\.$", "")).as(rule).isNotEqualToIgnoringCase(afterColon);
                if (reason.isEmpty()) {
                    left++;
                } else {
                    said++;
                }
            }
            // "Besoin : la demande documente le besoin..." keeps "Le besoin est documenté (étude, consultation...)."
            assertThat(said).isPositive();
            assertThat(left).isPositive();
            assertThat(page.select("#applications > p").first().text()).contains("quand il dit plus que le nom de la règle");
        }

        @Test
        void has_a_card_for_every_application_reached_from_every_table() throws IOException {
            List<String> ids = SampleCall.ids();
            assertThat(page.select("article.card h3 .id").eachText()).containsExactlyInAnyOrderElementsOf(ids);
            for (Element link : page.select("a[href^=#]")) {
                assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
            }
            for (Element row : page.select("table.heat tbody tr, table.plan tbody tr:not(.cutline)")) {
                Element link = row.selectFirst("th a[href^=#app-]");
                assertThat(link).as(row.text()).isNotNull();
                assertThat(page.getElementById(link.attr("href").substring(1)).selectFirst(".id").text()).isEqualTo(link.text());
            }
            Element card = page.selectFirst("article.card:has(.id:containsOwn(MI-2027-001))");
            assertThat(card.select("table.contrib tbody tr")).isNotEmpty();
            assertThat(card.select("table.contrib tbody td:nth-child(2)").eachText()).allMatch(w -> w.matches(".+\\.drl:\\d+"));
            assertThat(card.select("table.crit thead th")).hasSize(7);
            assertThat(card.text()).contains("Décision", "Toutes les conditions d'admissibilité sont remplies.");
            Element ineligible = page.selectFirst("article.card:has(.id:containsOwn(MI-2027-013))");
            assertThat(ineligible.text()).contains("condition(s) non remplie(s)", "inadmissible");
        }

        @Test
        void shows_on_each_card_the_points_still_open_and_at_most_three_rules_per_criterion() {
            Element under = page.selectFirst("article.card:has(.id:containsOwn(MI-2027-040))");
            int total = Integer.parseInt(under.selectFirst(".meta strong").text());
            Matcher gap = Pattern.compile("Il manque (\\d+) point\\(s\\) pour atteindre le seuil de (\\d+)")
                    .matcher(under.selectFirst("p.gap").text());
            assertThat(gap.find()).as(under.selectFirst("p.gap").text()).isTrue();
            assertThat(Integer.parseInt(gap.group(1))).isEqualTo(Integer.parseInt(gap.group(2)) - total);
            assertThat(page.selectFirst("#applications p.method").text()).contains("aucun ensemble plus petit");

            Pattern row = Pattern.compile("(\\d+)/(\\d+) \\(\\+(\\d+)\\) :");
            for (Element card : page.select("article.card")) {
                for (Element item : card.select("ul.open > li")) {
                    Matcher numbers = row.matcher(item.text());
                    assertThat(numbers.find()).as(item.text()).isTrue();
                    int open = Integer.parseInt(numbers.group(3));
                    assertThat(open).as(item.text()).isPositive()
                            .isLessThanOrEqualTo(Integer.parseInt(numbers.group(2)) - Integer.parseInt(numbers.group(1)));
                    assertThat(item.select("a")).as(item.text()).hasSizeBetween(1, 3);
                    for (Element link : item.select("a")) {
                        Element rule = page.getElementById(link.attr("href").substring(1));
                        assertThat(rule).as(link.attr("href")).isNotNull();
                        assertThat(rule.selectFirst("code.where").text()).matches(".+\\.drl:\\d+");
                    }
                    Matcher adds = Pattern.compile("S\\d+ \\+(\\d+)").matcher(item.text());
                    while (adds.find()) {
                        assertThat(Integer.parseInt(adds.group(1))).as("a rule never promises more than is open").isBetween(1, open);
                    }
                }
            }
            Element ineligible = page.selectFirst("article.card:has(.id:containsOwn(MI-2027-013))");
            assertThat(ineligible.selectFirst("p.notpoints").text()).contains("n'est pas une question de points");
            assertThat(ineligible.select("p.gap")).as("no gap for an ineligible application").isEmpty();
        }

        /** The card an in-page link leads to, by the application id it shows. */
        private String cardId(Element link) {
            assertThat(link.attr("href")).startsWith("#app-");
            Element card = page.getElementById(link.attr("href").substring(1));
            assertThat(card).as(link.attr("href")).isNotNull();
            assertThat(card.tagName()).isEqualTo("article");
            return card.selectFirst("h3 .id").text();
        }

        @Test
        void shows_the_clusters_of_possible_overlap_linked_to_their_cards() {
            Element section = page.getElementById("partnerships");
            assertThat(section.selectFirst("p.notice").text()).contains("ne change jamais une note ni une décision de financement");
            assertThat(section.select("table.overlaps caption").text()).startsWith("Groupes de demandes qui se chevauchent");
            List<Element> clusters = section.select("table.overlaps tbody tr");
            assertThat(clusters).as("the overlap clusters of the sample call").hasSize(11);
            // MI-2027-003, -028 and -041: immigrant women's autonomy in Verdun, all three with job skills training.
            Element verdun = clusters.stream()
                    .filter(row -> row.select("td ul.refs a").stream().map(this::cardId).toList()
                            .equals(List.of("MI-2027-003", "MI-2027-028", "MI-2027-041")))
                    .findFirst().orElseThrow(() -> new AssertionError("no cluster of MI-2027-003, -028 and -041"));
            assertThat(verdun.select("td ul.refs a").eachText()).containsExactly("MI-2027-003", "MI-2027-028", "MI-2027-041");
            assertThat(verdun.select("td").eachText()).contains("Autonomie des femmes immigrantes", "Verdun",
                    "femmes immigrantes", "formation à l'emploi");
            // The row names its rule by a label; the legend under the table gives each rule once, with place and reason.
            Element mark = verdun.selectFirst("td ul.marks a.mark");
            Element rule = section.getElementById(mark.attr("href").substring(1));
            assertThat(rule).as("the legend entry the row links to").isNotNull();
            assertThat(rule.text()).startsWith(mark.text()).contains(
                    "Chevauchement possible : même objectif, même arrondissement, même groupe et même type d'activité",
                    "partnerships.drl:72", "chevauchement possible, à examiner par le comité");
            List<String> legend = section.select("ul.overlap-rules li .rn").eachText();
            assertThat(legend).as("each rule once").doesNotHaveDuplicates()
                    .hasSize((int) clusters.stream().flatMap(row -> row.select("a.mark").eachAttr("href").stream()).distinct().count());
            assertThat(section.select("table.overlaps").text()).as("no reason repeated in the rows")
                    .doesNotContain("chevauchement possible, à examiner par le comité");
            assertThat(section.select("h3").eachText()).containsExactly("Chevauchements possibles", "Suggestions par demande");
        }

        @Test
        void lists_each_application_s_three_strongest_suggestions_with_rule_and_place() {
            Element table = page.selectFirst("#partnerships table.suggestions");
            assertThat(table.select("thead th").eachText()).containsExactly("Demande", "Partenaire(s) suggéré(s)", "Nature",
                    "Force", "Motif", "Règle", "Fichier:ligne");
            List<Element> groups = table.select("tbody");
            assertThat(groups).as("every application with a suggestion: all but MI-2027-029").hasSize(46);
            assertThat(table.selectFirst("caption").text()).isEqualTo(
                    "Jusqu'à 3 suggestions par demande, les plus fortes d'abord (46 demande(s) avec au moins une suggestion)");
            Element without = page.selectFirst("#partnerships p.without");
            assertThat(without.text()).isEqualTo("1 demande(s) sans suggestion : MI-2027-029");
            assertThat(cardId(without.selectFirst("a"))).isEqualTo("MI-2027-029");
            for (Element group : groups) {
                assertThat(group.select("td ul.refs a")).as(group.text()).hasSizeBetween(1, 3);
                Element owner = group.selectFirst("th[scope=row] a");
                assertThat(cardId(owner)).isEqualTo(owner.text());
                for (Element partner : group.select("td ul.refs a")) {
                    assertThat(cardId(partner)).isEqualTo(partner.text());
                }
                assertThat(group.select("td.where").eachText()).allMatch(w -> w.matches("partnerships\\.drl:\\d+"));
                List<Integer> strengths = group.select("td.num").eachText().stream().map(Integer::valueOf).toList();
                assertThat(strengths).as("strongest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
            Element two = table.selectFirst("tbody:has(th a:containsOwn(MI-2027-002))");
            assertThat(two.selectFirst("th .count").text()).isEqualTo("(3 sur 7)");
            Element first = two.selectFirst("tr");
            assertThat(first.select("td ul.refs a").eachText()).containsExactly("MI-2027-015");
            assertThat(first.select("td").eachText()).contains("complémentaires", "4",
                    "Complémentarité : l'un forme des chercheurs d'emploi, l'autre rencontre des employeurs dans le même arrondissement",
                    "partnerships.drl:21");
            assertThat(first.selectFirst("td.why").text()).startsWith("L'un des projets forme des personnes en recherche d'emploi");

            Element card = page.selectFirst("article.card:has(.id:containsOwn(MI-2027-005))");
            assertThat(card.select("p.partners a").eachText()).containsExactly("MI-2027-027");
            assertThat(card.selectFirst("p.partners").text()).isEqualTo("Partenaires suggérés : MI-2027-027 (chevauchement possible)");
        }

        @Test
        void names_no_resource_outside_the_page() {
            assertThat(page.select("script, link, img, iframe, object, embed, base, video, audio")).isEmpty();
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(attribute ->
                        assertThat(attribute.getValue()).as(element.tagName() + "@" + attribute.getKey())
                                .doesNotContainPattern("(?i)(https?:|//|url\\()"));
            }
            assertThat(page.selectFirst("style").data()).doesNotContainPattern("(?i)(@import|url\\()");
        }
    }

    @Test
    void speaks_english_and_plans_by_maximum_score_when_asked(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("report.html");
        Run run = grille("report", SAMPLES, "--lang", "en", "--policy", "max-score", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Report written to");
        Document page = parse(file);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main > section > h2").eachText()).containsExactly("Summary", "Ranking", "Funding plan",
                "Score distribution", "Fairness audit", "Possible partnerships", "Application cards");
        Element partnerships = page.getElementById("partnerships");
        assertThat(partnerships.select("h3").eachText()).containsExactly("Possible overlaps", "Suggestions per application");
        assertThat(partnerships.selectFirst("p.notice").text()).contains("never changes a score or a funding decision");
        assertThat(partnerships.select("table.suggestions thead th").eachText()).containsExactly("Application",
                "Suggested partner(s)", "Kind", "Strength", "Reason", "Rule", "File:line");
        Element two = partnerships.selectFirst("table.suggestions tbody:has(th a:containsOwn(MI-2027-002))");
        assertThat(two.selectFirst("th .count").text()).isEqualTo("(3 of 7)");
        assertThat(two.selectFirst("tr").text()).contains("complementary", "partnerships.drl:21");
        assertThat(partnerships.select("table.overlaps tbody tr")).hasSize(11);
        assertThat(partnerships.select("table.overlaps td").eachText()).contains("Verdun", "immigrant women", "job skills training");
        assertThat(page.selectFirst("header .meta").text()).contains("maximum total score");
        assertThat(page.text()).doesNotContain("Synthèse", "financée");
    }

    @Test
    void lists_the_entries_it_could_not_read_and_exits_3(@TempDir Path directory) throws IOException {
        String samples = Files.readString(SampleCall.SAMPLES, StandardCharsets.UTF_8).strip();
        Path input = directory.resolve("with-a-bad-entry.json");
        Files.writeString(input, samples.substring(0, samples.length() - 1) + ", {\"id\": \"MI-BAD\", \"colour\": \"blue\"}]");
        Path file = directory.resolve("report.html");

        Run run = grille("report", input.toString(), "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        Document page = parse(file);
        assertThat(page.select("#summary table").last().text()).contains("#47", "MI-BAD");
    }

    @Test
    void replaces_an_older_report_atomically_and_never_writes_over_its_input(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("report.html");
        Files.writeString(file, "old");
        assertThat(grille("report", SAMPLES, "-o", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }

        Path input = directory.resolve("call.json");
        Files.copy(SampleCall.SAMPLES, input);
        Run overInput = grille("report", input.toString(), "-o", input.toString());
        assertThat(overInput.exitCode()).isEqualTo(2);
        assertThat(overInput.err()).contains("est le fichier d'entrée");
        assertThat(Files.readString(input)).isEqualTo(Files.readString(SampleCall.SAMPLES));
    }

    @Test
    void says_how_to_call_it_when_called_wrong(@TempDir Path directory) {
        Run noOutput = grille("report", SAMPLES);
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--output");

        Run missing = grille("report", directory.resolve("nope.json").toString(), "-o", directory.resolve("r.html").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).doesNotContain("Exception");

        Run intoDirectory = grille("report", SAMPLES, "-o", directory.toString());
        assertThat(intoDirectory.exitCode()).isEqualTo(2);
        assertThat(intoDirectory.err()).contains("est un dossier");

        Run badGroup = grille("report", SAMPLES, "--min-group", "0", "-o", directory.resolve("r.html").toString());
        assertThat(badGroup.exitCode()).isEqualTo(2);
        assertThat(Files.exists(directory.resolve("r.html"))).isFalse();
    }

    @Test
    void keeps_a_call_of_a_thousand_applications_under_ten_megabytes(@TempDir Path directory) throws IOException {
        Path input = SampleCall.ofSize(1000, directory.resolve("call-1000.json"));
        Path file = directory.resolve("report.html");

        assertThat(grille("report", input.toString(), "-o", file.toString()).exitCode()).isZero();

        long size = Files.size(file);
        System.out.printf("report of 1000 applications: %,d bytes%n", size);
        assertThat(size).isLessThan(10_000_000L);
        assertThat(parse(file).select("article.card")).hasSize(1000);
    }
}
