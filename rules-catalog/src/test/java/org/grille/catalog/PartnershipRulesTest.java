package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grille.api.application.Application;
import org.grille.api.partnership.ApplicationSuggestions;
import org.grille.api.partnership.PartnershipReport;
import org.grille.api.partnership.Suggestion;
import org.grille.api.partnership.SuggestionKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per partnership rule: it fires on a crafted pair, and not on that pair's near misses. */
@DisplayName("partnerships.drl")
class PartnershipRulesTest {

    static final String COMPLEMENTARY_SAME = "Complémentarité : l'un forme des chercheurs d'emploi, l'autre rencontre des employeurs dans le même arrondissement";
    static final String COMPLEMENTARY_NEIGHBOURS = "Complémentarité : l'un forme des chercheurs d'emploi, l'autre rencontre des employeurs dans un arrondissement voisin";
    static final String SHARED_OBJECTIVE = "Objectif commun : même objectif principal dans le même arrondissement";
    static final String NEIGHBOURS = "Voisins : même objectif principal dans des arrondissements voisins";
    static final String SHARED_GROUP = "Mêmes personnes : des objectifs différents pour le même groupe, dans le même arrondissement";
    static final String OVERLAP = "Chevauchement possible : même objectif, même arrondissement, même groupe et même type d'activité";

    /** A project of one objective in one borough, for one group, with activities of the given types. */
    static ApplicationFixture project(String id, String objective, String borough, String group, String... activities) {
        return ApplicationFixture.neutralProjectFor(objective)
                .set("/id", id)
                .list("/project/boroughsServed", borough)
                .list("/project/targetGroups", group)
                .activities(activities);
    }

    /** The rules that paired the two applications, as the first one's suggestions name them. */
    static List<String> pairedBy(ApplicationFixture first, ApplicationFixture second) {
        Application a = first.build();
        Application b = second.build();
        PartnershipReport report = Catalog.SCORER.partnerships().suggest(List.of(a, b));
        assertThat(report.rejections()).isEmpty();
        return report.applications().stream().filter(s -> s.applicationId().equals(a.id()))
                .flatMap(s -> s.suggestions().stream()).filter(s -> s.partnerId().equals(b.id())).map(Suggestion::rule).toList();
    }

    @Test
    void every_rule_of_the_file_has_its_test() {
        assertThat(Catalog.ruleNames("partnerships.drl")).containsExactlyInAnyOrder(COMPLEMENTARY_SAME, COMPLEMENTARY_NEIGHBOURS,
                SHARED_OBJECTIVE, NEIGHBOURS, SHARED_GROUP, OVERLAP);
    }

    @Nested
    class Complementary_in_the_same_borough {
        ApplicationFixture trains() {
            return project("A", "HIRING_BARRIERS", "Verdun", "NEWCOMERS", "JOB_SKILLS_TRAINING");
        }

        @Test
        void pairs_training_with_employer_workshops_in_the_same_borough() {
            assertThat(pairedBy(trains(), project("B", "EMPLOYER_AWARENESS", "Verdun", "EMPLOYERS", "EMPLOYER_WORKSHOP")))
                    .contains(COMPLEMENTARY_SAME).doesNotContain(COMPLEMENTARY_NEIGHBOURS);
        }

        @Test
        void the_suggestion_shows_on_both_sides_with_its_reason_strength_and_place() {
            Application a = trains().build();
            Application b = project("B", "EMPLOYER_AWARENESS", "Verdun", "EMPLOYERS", "EMPLOYER_WORKSHOP").build();
            PartnershipReport report = Catalog.SCORER.partnerships().suggest(List.of(b, a));
            for (ApplicationSuggestions side : report.applications()) {
                Suggestion s = side.suggestions().stream().filter(x -> x.rule().equals(COMPLEMENTARY_SAME)).findFirst().orElseThrow();
                assertThat(s.partnerId()).isEqualTo(side.applicationId().equals("A") ? "B" : "A");
                assertThat(s.kind()).isEqualTo(SuggestionKind.COMPLEMENTARY);
                assertThat(s.strength()).isEqualTo(4);
                assertThat(s.file()).isEqualTo("partnerships.drl");
                assertThat(s.line()).isPositive();
                assertThat(s.reason()).contains("ateliers pour employeurs");
            }
        }

        @Test
        void not_in_a_borough_that_is_not_a_neighbour() {
            assertThat(pairedBy(trains(), project("B", "EMPLOYER_AWARENESS", "Anjou", "EMPLOYERS", "EMPLOYER_WORKSHOP")))
                    .doesNotContain(COMPLEMENTARY_SAME, COMPLEMENTARY_NEIGHBOURS);
        }

        @Test
        void not_without_employer_workshops_nor_without_training() {
            assertThat(pairedBy(trains(), project("B", "EMPLOYER_AWARENESS", "Verdun", "EMPLOYERS", "MENTORING")))
                    .doesNotContain(COMPLEMENTARY_SAME);
            assertThat(pairedBy(project("A", "HIRING_BARRIERS", "Verdun", "NEWCOMERS", "MENTORING"),
                    project("B", "EMPLOYER_AWARENESS", "Verdun", "EMPLOYERS", "EMPLOYER_WORKSHOP"))).doesNotContain(COMPLEMENTARY_SAME);
        }
    }

    @Nested
    class Complementary_in_neighbouring_boroughs {
        @Test
        void pairs_training_with_employer_workshops_next_door() {
            assertThat(pairedBy(project("A", "HIRING_BARRIERS", "Verdun", "NEWCOMERS", "JOB_SKILLS_TRAINING"),
                    project("B", "EMPLOYER_AWARENESS", "LaSalle", "EMPLOYERS", "EMPLOYER_WORKSHOP")))
                    .contains(COMPLEMENTARY_NEIGHBOURS).doesNotContain(COMPLEMENTARY_SAME);
        }

        @Test
        void not_in_the_same_borough_nor_far_away() {
            assertThat(pairedBy(project("A", "HIRING_BARRIERS", "Verdun", "NEWCOMERS", "JOB_SKILLS_TRAINING"),
                    project("B", "EMPLOYER_AWARENESS", "Verdun", "EMPLOYERS", "EMPLOYER_WORKSHOP"))).doesNotContain(COMPLEMENTARY_NEIGHBOURS);
            assertThat(pairedBy(project("A", "HIRING_BARRIERS", "Verdun", "NEWCOMERS", "JOB_SKILLS_TRAINING"),
                    project("B", "EMPLOYER_AWARENESS", "Montréal-Nord", "EMPLOYERS", "EMPLOYER_WORKSHOP"))).doesNotContain(COMPLEMENTARY_NEIGHBOURS);
        }
    }

    @Nested
    class Shared_objective {
        @Test
        void pairs_the_same_primary_objective_in_the_same_borough() {
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Anjou", "NEWCOMERS", "RIGHTS_INFORMATION"),
                    project("B", "NEWCOMER_RIGHTS", "Anjou", "REFUGEES_AND_ASYLUM_SEEKERS", "LEGAL_ACCOMPANIMENT")))
                    .containsExactly(SHARED_OBJECTIVE);
        }

        @Test
        void not_for_another_primary_objective_nor_another_borough() {
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Anjou", "NEWCOMERS", "RIGHTS_INFORMATION"),
                    project("B", "REDUCE_DISCRIMINATION", "Anjou", "REFUGEES_AND_ASYLUM_SEEKERS", "LEGAL_ACCOMPANIMENT")))
                    .doesNotContain(SHARED_OBJECTIVE);
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Anjou", "NEWCOMERS", "RIGHTS_INFORMATION"),
                    project("B", "NEWCOMER_RIGHTS", "Verdun", "REFUGEES_AND_ASYLUM_SEEKERS", "LEGAL_ACCOMPANIMENT")))
                    .doesNotContain(SHARED_OBJECTIVE);
        }
    }

    @Nested
    class Neighbours {
        @Test
        void pairs_the_same_primary_objective_in_neighbouring_boroughs() {
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Anjou", "NEWCOMERS", "RIGHTS_INFORMATION"),
                    project("B", "NEWCOMER_RIGHTS", "Saint-Léonard", "NEWCOMERS", "RIGHTS_INFORMATION")))
                    .containsExactly(NEIGHBOURS);
        }

        @Test
        void not_when_they_also_share_a_borough_nor_when_far_apart() {
            ApplicationFixture both = project("B", "NEWCOMER_RIGHTS", "Saint-Léonard", "NEWCOMERS", "RIGHTS_INFORMATION")
                    .list("/project/boroughsServed", "Saint-Léonard", "Anjou");
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Anjou", "NEWCOMERS", "RIGHTS_INFORMATION"), both))
                    .doesNotContain(NEIGHBOURS).contains(SHARED_OBJECTIVE);
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Anjou", "NEWCOMERS", "RIGHTS_INFORMATION"),
                    project("B", "NEWCOMER_RIGHTS", "Verdun", "NEWCOMERS", "RIGHTS_INFORMATION"))).doesNotContain(NEIGHBOURS);
        }
    }

    @Nested
    class Shared_target_group {
        @Test
        void pairs_different_objectives_for_the_same_people_in_the_same_borough() {
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Lachine", "IMMIGRANT_WOMEN", "RIGHTS_INFORMATION"),
                    project("B", "IMMIGRANT_WOMEN_AUTONOMY", "Lachine", "IMMIGRANT_WOMEN", "FINANCIAL_LITERACY")))
                    .containsExactly(SHARED_GROUP);
        }

        @Test
        void not_for_the_general_public_or_employers_nor_the_same_objective_nor_another_group() {
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Lachine", "GENERAL_PUBLIC", "RIGHTS_INFORMATION"),
                    project("B", "IMMIGRANT_WOMEN_AUTONOMY", "Lachine", "GENERAL_PUBLIC", "FINANCIAL_LITERACY")))
                    .doesNotContain(SHARED_GROUP);
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Lachine", "IMMIGRANT_WOMEN", "RIGHTS_INFORMATION"),
                    project("B", "NEWCOMER_RIGHTS", "Lachine", "IMMIGRANT_WOMEN", "FINANCIAL_LITERACY")))
                    .doesNotContain(SHARED_GROUP);
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Lachine", "EMPLOYERS", "RIGHTS_INFORMATION"),
                    project("B", "EMPLOYER_AWARENESS", "Lachine", "EMPLOYERS", "DIVERSITY_SHOWCASE")))
                    .as("employers are the complementary rules' business").doesNotContain(SHARED_GROUP);
            assertThat(pairedBy(project("A", "NEWCOMER_RIGHTS", "Lachine", "IMMIGRANT_WOMEN", "RIGHTS_INFORMATION"),
                    project("B", "IMMIGRANT_WOMEN_AUTONOMY", "Lachine", "IMMIGRANT_YOUTH", "FINANCIAL_LITERACY")))
                    .doesNotContain(SHARED_GROUP);
        }
    }

    @Nested
    class Likely_overlap {
        @Test
        void flags_the_same_objective_borough_group_and_activity_and_clusters_them_for_the_committee() {
            Application a = project("A", "HIRING_BARRIERS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "MENTORING").build();
            Application b = project("B", "HIRING_BARRIERS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "MENTORING").build();
            Application c = project("C", "HIRING_BARRIERS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "MENTORING", "PAID_INTERNSHIP").build();
            Application other = project("D", "NEWCOMER_RIGHTS", "Verdun", "NEWCOMERS", "RIGHTS_INFORMATION").build();
            PartnershipReport report = Catalog.SCORER.partnerships().suggest(List.of(other, c, b, a));
            assertThat(report.overlaps()).hasSize(1);
            assertThat(report.overlaps().get(0).applicationIds()).containsExactly("A", "B", "C");
            assertThat(report.overlaps().get(0).rules()).containsExactly(OVERLAP);
            Suggestion best = report.applications().get(0).suggestions().get(0);
            assertThat(best.rule()).isEqualTo(OVERLAP);
            assertThat(best.kind()).isEqualTo(SuggestionKind.LIKELY_OVERLAP);
        }

        @Test
        void not_when_one_of_the_four_differs() {
            ApplicationFixture a = project("A", "HIRING_BARRIERS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "MENTORING");
            assertThat(pairedBy(a, project("B", "HIRING_BARRIERS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "JOB_MATCHING")))
                    .doesNotContain(OVERLAP);
            assertThat(pairedBy(a, project("B", "HIRING_BARRIERS", "Saint-Laurent", "NEWCOMERS", "MENTORING")))
                    .doesNotContain(OVERLAP);
            assertThat(pairedBy(a, project("B", "HIRING_BARRIERS", "Lachine", "SKILLED_IMMIGRANTS", "MENTORING")))
                    .doesNotContain(OVERLAP);
            assertThat(pairedBy(a, project("B", "EMPLOYER_AWARENESS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "MENTORING")))
                    .doesNotContain(OVERLAP);
        }

        @Test
        void not_on_activities_of_type_other() {
            assertThat(pairedBy(project("A", "HIRING_BARRIERS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "OTHER"),
                    project("B", "HIRING_BARRIERS", "Saint-Laurent", "SKILLED_IMMIGRANTS", "OTHER"))).doesNotContain(OVERLAP);
        }
    }
}
