package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grille.api.ApplicationBatch;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Organization;
import org.grille.api.application.Project;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.report.CommitteeReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The committee report, through the api")
class CommitteeReportTest {

    private static final Scorer MINI = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).build();
    private static final String HOSTILE_TITLE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)></td></tr></table>";
    private static final String HOSTILE_ORG = "Org </h3><a href=\"https://evil.example\">clic</a> & 'quotes'";

    private static Application hostile(String id) {
        Application a = Applications.valid(id);
        Project p = a.project();
        Organization o = a.organization();
        return new Application(id, a.language(),
                new Organization(HOSTILE_ORG, o.legalForm(), o.registryNumber(), o.inGoodStanding(), o.board(),
                        o.lastAnnualGeneralMeeting(), o.yearsActive(), o.annualRevenue(), o.accumulatedDeficit(),
                        o.lobbyistStatus(), o.borough(), o.projectsCompleted()),
                new Project(HOSTILE_TITLE, "</p><style>body{display:none}</style>" + HOSTILE_TITLE, p.primaryObjective(),
                        p.objectives(), p.targetGroups(), p.boroughsServed(), p.start(), p.end(), p.expectedParticipants(),
                        p.needEvidence(), p.participantsInvolvedInDesign(), p.theoryOfChange(), p.activities(), p.outcomes(),
                        p.evaluationPlan(), p.trainingModulesCompleted(), p.coCreationWorkshopAttended()),
                a.budget(), a.partners(), a.leadership());
    }

    /** Active one year only: fails a gate. */
    private static Application young(String id) {
        Application a = Applications.valid(id);
        return new Application(id, a.language(), Applications.organization(1), a.project(), a.budget(), a.partners(),
                a.leadership());
    }

    private static List<Application> batch() {
        List<Application> applications = new ArrayList<>();
        applications.add(hostile("HOSTILE-1"));
        for (int i = 1; i <= 6; i++) {
            applications.add(i % 3 == 0 ? young("YOUNG-" + i) : Applications.valid("OK-" + i));
        }
        return applications;
    }

    private static String html(Scorer scorer, CommitteeReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scorer.reports().writeReport(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void escapes_every_text_that_comes_from_an_application() {
        CommitteeReport report = CommitteeReport.of(MINI, new ApplicationBatch(batch(), List.of()), AllocationPolicy.RANK_ORDER, 2);
        String html = html(MINI, report);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).as("no script element, from the template or the input").isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("style")).as("only the report's own stylesheet").hasSize(1);
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(html).doesNotContain("<script>", "<img", "</td></tr></table>\"")
                .contains("&lt;script&gt;");
        Element card = page.getElementById("app-1");
        assertThat(card).isNotNull();
        assertThat(card.selectFirst("h3").text()).isEqualTo("HOSTILE-1 " + HOSTILE_TITLE);
        assertThat(card.text()).contains(HOSTILE_ORG);
        assertThat(page.select("table.heat tbody tr")).as("the ranking table keeps one row per application").hasSize(7);
    }

    @Test
    void shows_invisible_and_right_to_left_characters_instead_of_letting_them_act() {
        Application a = Applications.valid("BIDI-1");
        Project p = a.project();
        String title = "Ateliers \u202Efdp.exe\u202C pour tous\u200B\u2066!";
        Application tricky = new Application("BIDI-1", a.language(), a.organization(),
                new Project(title, p.summary(), p.primaryObjective(), p.objectives(), p.targetGroups(), p.boroughsServed(),
                        p.start(), p.end(), p.expectedParticipants(), p.needEvidence(), p.participantsInvolvedInDesign(),
                        p.theoryOfChange(), p.activities(), p.outcomes(), p.evaluationPlan(), p.trainingModulesCompleted(),
                        p.coCreationWorkshopAttended()),
                a.budget(), a.partners(), a.leadership());
        CommitteeReport report = CommitteeReport.of(MINI, new ApplicationBatch(List.of(tricky, Applications.valid("OK-1")),
                List.of()), AllocationPolicy.RANK_ORDER, 2);

        String html = html(MINI, report);

        assertThat(html).doesNotContain("\u202E", "\u202C", "\u200B", "\u2066")
                .contains("Ateliers \u27E8U+202E\u27E9fdp.exe\u27E8U+202C\u27E9 pour tous\u27E8U+200B\u27E9\u27E8U+2066\u27E9!");
        assertThat(Jsoup.parse(html).select("h3").eachText()).anyMatch(h -> h.contains("\u27E8U+202E\u27E9fdp.exe"));
    }

    @Test
    void carries_a_confidentiality_line_and_the_catalog_version_on_every_printed_page() {
        CommitteeReport report = CommitteeReport.of(MINI, new ApplicationBatch(batch(), List.of()), AllocationPolicy.RANK_ORDER, 2);
        Document page = Jsoup.parse(html(MINI, report));

        Element running = page.selectFirst("div.running");
        assertThat(running).isNotNull();
        assertThat(running.text()).contains("Confidentiel", "mini 1", MINI.catalog().fingerprint().substring(0, 12));
        assertThat(page.selectFirst("style").data()).contains(".running { display: block; position: fixed;");
    }

    @Test
    void writes_french_by_default_and_english_from_an_english_scorer() {
        List<Application> applications = batch();
        Document french = Jsoup.parse(html(MINI,
                CommitteeReport.of(MINI, new ApplicationBatch(applications, List.of()), AllocationPolicy.RANK_ORDER, 2)));
        Scorer english = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).locale(Locale.ENGLISH).build();
        Document inEnglish = Jsoup.parse(html(english,
                CommitteeReport.of(english, new ApplicationBatch(applications, List.of()), AllocationPolicy.MAX_SCORE, 2)));

        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("h2").eachText()).containsExactly("Synthèse", "Classement", "Plan de financement",
                "Distribution des notes", "Audit d'équité", "Partenariats possibles", "Fiches des demandes");
        assertThat(french.select("#partnerships p.nothing").text())
                .as("the mini catalog has no partnership rules: the section says so in one line")
                .isEqualTo("Le catalogue mini 1 n'a pas de règles de partenariat : aucune suggestion.");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Catalogue d'essai");
        assertThat(inEnglish.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(inEnglish.select("h2").eachText()).containsExactly("Summary", "Ranking", "Funding plan",
                "Score distribution", "Fairness audit", "Possible partnerships", "Application cards");
        assertThat(inEnglish.select("#partnerships p.nothing").text())
                .isEqualTo("Catalog mini 1 has no partnership rules: nothing is suggested.");
        assertThat(inEnglish.selectFirst("h1").text()).isEqualTo("Test catalog");
        assertThat(inEnglish.text()).contains("maximum total score").doesNotContain("Synthèse");
    }

    @Test
    void escapes_a_hostile_title_in_the_partnership_suggestions(@TempDir Path directory) {
        Scorer scorer = Scorer.builder().catalogDirectory(PartnershipCatalogs.withPartnerships(directory, PartnershipCatalogs.RULES))
                .build();
        CommitteeReport report = CommitteeReport.of(scorer, new ApplicationBatch(batch(), List.of()), AllocationPolicy.RANK_ORDER, 2);
        assertThat(report.partnerships()).isNotNull();
        String html = html(scorer, report);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(html).doesNotContain("<script>", "<img").contains("&lt;script&gt;");
        // Every valid application of the batch serves Verdun with the same primary objective: each is the others' partner.
        List<Element> rows = page.select("#partnerships table.suggestions tbody tr:has(td a:containsOwn(HOSTILE-1))");
        assertThat(rows).as("rows that suggest the hostile application as a partner").isNotEmpty();
        for (Element row : rows) {
            Element partner = row.selectFirst("td li:has(a:containsOwn(HOSTILE-1))");
            assertThat(partner.selectFirst("a").attr("href")).isEqualTo("#app-1");
            assertThat(partner.selectFirst(".t").text()).isEqualTo(HOSTILE_TITLE);
            assertThat(row.selectFirst("td.where").text()).isEqualTo("partnerships.drl:6");
            assertThat(row.text()).contains("Same objective, same borough", "Même objectif.");
        }
        Element own = page.selectFirst("#partnerships table.suggestions tbody:has(th a[href=#app-1])");
        assertThat(own.selectFirst("th .t").text()).isEqualTo(HOSTILE_TITLE);
        assertThat(page.getElementById("app-2").select("p.partners a").eachAttr("href")).contains("#app-1");
        assertThat(page.select("#partnerships table.suggestions tbody")).allSatisfy(body -> {
            assertThat(body.select("td ul.refs li")).as("three suggestions at most per application").hasSizeBetween(1, 3);
            assertThat(body.select("tr")).as("one row per rule").hasSize(1);
        });
    }

    @Test
    void says_so_when_the_partnership_rules_were_not_run() {
        CommitteeReport full = CommitteeReport.of(MINI, new ApplicationBatch(batch(), List.of()), AllocationPolicy.RANK_ORDER, 2);
        CommitteeReport without = new CommitteeReport(full.applications(), full.assessments(), full.plan(), full.audit(),
                full.unreadable());

        assertThat(without.partnerships()).isNull();
        assertThat(Jsoup.parse(html(MINI, without)).select("#partnerships p.nothing").text())
                .isEqualTo("Les suggestions de partenariat n'ont pas été calculées pour ce rapport.");
    }

    @Test
    void refuses_a_report_made_by_another_catalog_version(@TempDir Path directory) {
        Path edited = TestCatalogs.copy("mini", directory);
        TestCatalogs.edit(edited, "manifest.json", "\"version\": \"1\"", "\"version\": \"2\"");
        Scorer other = Scorer.builder().catalogDirectory(edited).build();
        ApplicationBatch batch = new ApplicationBatch(batch(), List.of());
        CommitteeReport mine = CommitteeReport.of(MINI, batch, AllocationPolicy.RANK_ORDER, 2);
        CommitteeReport theirs = CommitteeReport.of(other, batch, AllocationPolicy.RANK_ORDER, 2);

        assertThatThrownBy(() -> new CommitteeReport(mine.applications(), mine.assessments(), theirs.plan(), theirs.audit(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assessments");
        assertThatThrownBy(() -> new CommitteeReport(mine.applications(), List.of(), mine.plan(), theirs.audit(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audit");
        assertThatThrownBy(() -> new CommitteeReport(mine.applications(), mine.assessments(), mine.plan(), mine.audit(),
                List.of(), theirs.partnerships()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partnerships: made by");
        assertThatThrownBy(() -> MINI.reports().writeReport(theirs, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refaites le rapport");
    }

    @Test
    void refuses_a_decision_for_an_application_it_does_not_have() {
        CommitteeReport report = CommitteeReport.of(MINI, new ApplicationBatch(batch(), List.of()), AllocationPolicy.RANK_ORDER, 2);

        assertThatThrownBy(() -> new CommitteeReport(report.applications().subList(1, 7), List.of(), report.plan(),
                report.audit(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOSTILE-1 is not in applications");
    }
}
