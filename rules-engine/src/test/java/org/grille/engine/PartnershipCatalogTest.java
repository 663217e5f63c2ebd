package org.grille.engine;

import org.grille.engine.partnerships.BatchFacts;
import org.grille.engine.partnerships.PartnershipFinder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.engine.PartnershipCatalogs.ENGLISH;
import static org.grille.engine.PartnershipCatalogs.RULES;
import static org.grille.engine.PartnershipCatalogs.withPartnerships;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.grille.api.CatalogProblem;
import org.grille.api.application.Application;
import org.grille.api.application.Gender;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.fairness.Corpus;
import org.grille.engine.fairness.FairnessGate;
import org.grille.engine.fairness.PartnershipFairness;
import org.grille.api.rules.batch.Serves;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Partnership rules: grammar, borough table and fairness")
class PartnershipCatalogTest {

    @TempDir
    Path temp;

    private List<CatalogProblem> problems(String rules) {
        Path fresh;
        try {
            fresh = java.nio.file.Files.createTempDirectory(temp, "catalog");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(withPartnerships(fresh, rules))).problems().stream()
                .filter(p -> p.severity() == CatalogProblem.Severity.ERROR).toList();
    }

    private static String rule(String metadata, String conditions) {
        return """
                package org.grille.catalog.mini;

                import org.grille.api.rules.batch.*;
                import org.grille.api.application.ActivityType;

                rule "Under test"
                    %s
                when
                %s
                then
                end
                """.formatted(metadata, conditions);
    }

    private static final String METADATA = "@suggests(SHARED_OBJECTIVE) @strength(3) @reason(\"partner.shared\")";

    @Test
    void a_catalog_with_partnership_rules_compiles_with_their_metadata() {
        CompiledCatalog catalog = PartnershipCatalogs.compile(withPartnerships(temp, RULES));
        assertThat(catalog.partnerships().rules()).extracting(r -> r.name() + " " + r.strength() + " " + r.symmetric())
                .containsExactly("Same objective, same borough 3 true", "Training next to employer workshops 4 false");
        assertThat(catalog.partnerships().adjacency().of("LaSalle")).containsExactly("Lachine", "Verdun");
    }

    @Test
    void refuses_a_rule_that_does_not_bind_its_pair_with_file_and_line() {
        List<CatalogProblem> problems = problems(rule(METADATA, """
                    Serves( $a : key, $bor : borough )
                    Serves( $kb : key != $a, borough == $bor )
                """));
        assertThat(problems).extracting(CatalogProblem::code).containsExactly("GRILLE-RULE-PAIR-UNBOUND");
        assertThat(problems.get(0).file()).isEqualTo("partnerships.drl");
        assertThat(problems.get(0).line()).isEqualTo(6);
        assertThat(problems.get(0).message()).contains("$ka");
    }

    @Test
    void refuses_a_pair_bound_inside_not_or_exists() {
        assertThat(problems(rule(METADATA, """
                    Serves( $ka : key, $bor : borough )
                    exists( Serves( $kb : key != $ka, borough == $bor ) )
                """))).extracting(CatalogProblem::code).contains("GRILLE-RULE-PAIR-UNBOUND");
    }

    @Test
    void refuses_a_third_pattern_no_equality_ties_to_the_pair() {
        List<CatalogProblem> problems = problems(rule(METADATA, """
                    Submission( $ka : key )
                    Submission( $kb : key != $ka )
                    Offers( activityType == ActivityType.MENTORING )
                """));
        assertThat(problems).extracting(CatalogProblem::code).containsExactly("GRILLE-RULE-BATCH-UNTIED");
        assertThat(problems.get(0).line()).isEqualTo(6);
    }

    @Test
    void refuses_scoring_facts_in_a_partnership_file_and_eval_as_everywhere() {
        assertThat(problems(rule(METADATA, """
                    Submission( $ka : key )
                    Submission( $kb : key != $ka )
                    Project( hasSummary == true )
                """))).extracting(CatalogProblem::code).contains("GRILLE-DRL-UNKNOWN-TYPE");
        assertThat(problems(rule(METADATA, """
                    Submission( $ka : key )
                    Submission( $kb : key != $ka )
                    eval( $ka > 3 )
                """))).extracting(CatalogProblem::code).contains("GRILLE-RULE-CONSTRUCT-FORBIDDEN");
    }

    @Test
    void refuses_a_consequence_even_an_insert() {
        assertThat(problems(rule(METADATA, """
                    Submission( $ka : key )
                    Submission( $kb : key != $ka )
                then
                    insert(new Finding("X"));
                """).replace("then\nend", "end"))).extracting(CatalogProblem::code).contains("GRILLE-RULE-CONSEQUENCE-NOT-EMPTY");
    }

    @Test
    void refuses_batch_facts_in_a_scoring_file() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.append(catalog, "points.drl", """

                rule "Reads the batch"
                    @criterion(BUDGET_REALISM) @points(3) @reason("fit.rights")
                when
                    org.grille.api.rules.batch.Submission( key > 0 )
                then
                end
                """);
        assertThat(new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog)).problems())
                .extracting(CatalogProblem::code).contains("GRILLE-DRL-UNKNOWN-TYPE");
    }

    @Test
    void refuses_unknown_suggestions_and_strengths_out_of_range() {
        assertThat(problems(rule("@suggests(FRIENDS) @strength(3) @reason(\"partner.shared\")", """
                    Submission( $ka : key )
                    Submission( $kb : key != $ka )
                """))).extracting(CatalogProblem::code).containsExactly("GRILLE-PARTNER-SUGGESTS-UNKNOWN");
        assertThat(problems(rule("@suggests(SHARED_OBJECTIVE) @strength(11) @reason(\"partner.shared\")", """
                    Submission( $ka : key )
                    Submission( $kb : key != $ka )
                """))).extracting(CatalogProblem::code).containsExactly("GRILLE-PARTNER-STRENGTH-INVALID");
        assertThat(problems(rule("@suggests(SHARED_OBJECTIVE) @strength(2)", """
                    Submission( $ka : key )
                    Submission( $kb : key != $ka )
                """))).extracting(CatalogProblem::code).containsExactly("GRILLE-RULE-REASON-MISSING");
    }

    @Test
    void refuses_a_borough_table_naming_an_unknown_neighbour_with_its_json_path() {
        Path catalog = withPartnerships(temp, RULES);
        PartnershipCatalogs.write(catalog, "boroughs.json", "{\"boroughs\": {\"Verdun\": [\"Lasalle\"], \"LaSalle\": []}}");
        List<CatalogProblem> problems = new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog)).problems();
        assertThat(problems).extracting(CatalogProblem::code).containsExactly("GRILLE-BOROUGHS-UNKNOWN");
        assertThat(problems.get(0).file()).isEqualTo("boroughs.json");
        assertThat(problems.get(0).message()).contains("$.boroughs[\"Verdun\"][0]").contains("LaSalle");
    }

    @Test
    void the_fairness_gate_passes_the_real_projection_of_a_corpus_batch() {
        CompiledCatalog catalog = PartnershipCatalogs.compile(withPartnerships(temp, RULES));
        PartnershipFinder finder = PartnershipCatalogs.finder(catalog);
        List<Application> batch = Corpus.generate(FairnessGate.CORPUS_SEED, PartnershipFairness.BATCH_SIZE, catalog.manifest().objectiveIds());
        assertThat(finder.firings(batch)).as("the corpus batch exercises the rules")
                .extracting(PartnershipFinder.Firing::rule).contains("Same objective, same borough");
        assertThat(new PartnershipFairness(ENGLISH).check(catalog, finder::firings, PartnershipFinder.Firing::rule, finder::facts))
                .isEmpty();
    }

    @Test
    void validation_refuses_a_rule_marked_symmetric_that_pairs_one_way_only() throws java.io.IOException {
        // $ka trains job seekers, $kb runs employer workshops, same borough: a one-way rule, wrongly marked @symmetric
        Path directory = withPartnerships(java.nio.file.Files.createTempDirectory(temp, "one-way"), rule(METADATA + " @symmetric", """
                    Offers( $ka : key, activityType == ActivityType.JOB_SKILLS_TRAINING )
                    Serves( key == $ka, $bor : borough )
                    Serves( $kb : key != $ka, borough == $bor )
                    Offers( key == $kb, activityType == ActivityType.EMPLOYER_WORKSHOP )
                    not Offers( key == $kb, activityType == ActivityType.JOB_SKILLS_TRAINING )
                """));
        List<CatalogProblem> problems = new org.grille.engine.live.CatalogValidator(ENGLISH)
                .validate(new DirectoryCatalogSource(directory), 1_000).validation().problems();
        assertThat(problems).filteredOn(p -> p.code().equals("GRILLE-PARTNER-NOT-SYMMETRIC")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("@symmetric", "not"));

        Path symmetric = withPartnerships(java.nio.file.Files.createTempDirectory(temp, "both-ways"), rule(METADATA + " @symmetric", """
                    Focus( $ka : key, $objective : objective, $bor : borough )
                    Focus( $kb : key != $ka, objective == $objective, borough == $bor )
                """));
        assertThat(new org.grille.engine.live.CatalogValidator(ENGLISH).validate(new DirectoryCatalogSource(symmetric), 1_000)
                .validation().problems()).extracting(CatalogProblem::code).doesNotContain("GRILLE-PARTNER-NOT-SYMMETRIC");
    }

    @Test
    void the_fairness_gate_catches_a_projection_that_leaks_the_leaders_gender_into_a_borough() {
        Path directory = withPartnerships(temp, rule(METADATA, """
                    Serves( $ka : key, borough == "Verdun" )
                    Serves( $kb : key != $ka, borough == "Verdun" )
                """));
        CompiledCatalog catalog = PartnershipCatalogs.compile(directory);
        // A projection that serves Verdun for every woman-led application: a rule on Verdun now reads gender.
        PartnershipFinder leaky = new PartnershipFinder(catalog, ENGLISH,
                new org.grille.engine.validation.ApplicationValidator(ENGLISH, 36, catalog.manifest().objectiveIds()), (applications, seed) -> {
                    BatchFacts real = BatchFacts.of(applications, seed, catalog.partnerships().adjacency());
                    List<Object> facts = new ArrayList<>(real.facts());
                    real.ids().forEach((key, id) -> applications.stream().filter(a -> a.id().equals(id)).findFirst()
                            .filter(a -> a.leadership().gender() == Gender.WOMAN).ifPresent(a -> facts.add(new Serves(key, "Verdun"))));
                    return new BatchFacts(facts, real.ids());
                });
        List<CatalogProblem> problems = new PartnershipFairness(ENGLISH).check(catalog, leaky::firings,
                PartnershipFinder.Firing::rule, leaky::facts);
        assertThat(problems).extracting(CatalogProblem::code).contains("GRILLE-FAIRNESS-PARTNERSHIP");
        assertThat(problems).extracting(CatalogProblem::rule).containsOnly("Under test");
        assertThat(problems).extracting(CatalogProblem::message).anyMatch(m -> m.contains("leadership"));
        assertThat(Set.copyOf(problems.stream().map(CatalogProblem::line).toList())).containsExactly(6);
    }

    @Test
    void the_partnership_rules_inputs_change_with_every_file_they_read_and_with_no_scoring_file() {
        Path directory = withPartnerships(temp, RULES);
        String before = PartnershipCatalogs.compile(directory).partnerships().inputs();

        TestCatalogs.append(directory, "points.drl", "\n// a scoring file edited\n");
        assertThat(PartnershipCatalogs.compile(directory).partnerships().inputs()).isEqualTo(before);

        TestCatalogs.append(directory, "partnerships.drl", "\n// a partnership file edited\n");
        String partnershipEdited = PartnershipCatalogs.compile(directory).partnerships().inputs();
        assertThat(partnershipEdited).isNotEqualTo(before);

        PartnershipCatalogs.write(directory, "boroughs.json", PartnershipCatalogs.BOROUGHS.replace("\"Lachine\": []",
                "\"Lachine\": [\"Verdun\"]"));
        String boroughsEdited = PartnershipCatalogs.compile(directory).partnerships().inputs();
        assertThat(boroughsEdited).isNotEqualTo(partnershipEdited);

        TestCatalogs.edit(directory, "manifest.json", "\"ruleFiles\"", " \"ruleFiles\"");
        assertThat(PartnershipCatalogs.compile(directory).partnerships().inputs()).isNotEqualTo(boroughsEdited);
    }
}
