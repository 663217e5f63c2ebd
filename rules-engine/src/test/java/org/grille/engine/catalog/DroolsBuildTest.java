package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.parser.DrlParser;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.grille.api.CatalogProblem;
import org.grille.api.rules.Finding;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

class DroolsBuildTest {

    private static final String HEADER = """
            package org.grille.catalog.test;
            import org.grille.api.rules.*;
            """;

    @Test
    void a_consequence_reads_as_the_findings_it_inserts_or_as_nothing() {
        assertThat(FindingConsequence.of("").findings()).isEmpty();
        assertThat(FindingConsequence.of("\n   \n").findings()).isEmpty();
        assertThat(FindingConsequence.of("\n  insert(new Finding(\"SIGNED\"));\n insert( new Finding( \"LOCAL_2\" ) ) ;\n")
                .findings()).containsExactly("SIGNED", "LOCAL_2");
    }

    @Test
    void any_other_statement_is_not_a_finding_consequence() {
        assertThat(FindingConsequence.of("insert(new Finding(\"A\")); System.exit(3);")).isNull();
        assertThat(FindingConsequence.of("System.exit(3); insert(new Finding(\"A\"));")).isNull();
        assertThat(FindingConsequence.of("insert(new Finding(\"lower\"));")).isNull();
        assertThat(FindingConsequence.of("insert(new Finding(\"A\" + x));")).isNull();
        assertThat(FindingConsequence.of("// a comment\n")).isNull();
    }

    @Test
    void the_build_inserts_the_findings_a_rule_names_without_compiling_its_consequence() throws Exception {
        InternalKnowledgeBase kieBase = build(HEADER + """
                rule "derives"
                when
                    not Finding( name == "FIRST" )
                then
                    insert(new Finding("FIRST"));
                    insert(new Finding("SECOND"));
                end

                rule "reads"
                when
                    Finding( name == "SECOND" )
                then
                end
                """, new ArrayList<>());

        assertThat(kieBase.getKiePackages()).flatMap(p -> p.getRules())
                .allSatisfy(rule -> assertThat(((RuleImpl) rule).getConsequence()).isInstanceOf(FindingConsequence.class));
        KieSession session = kieBase.newKieSession();
        try {
            List<String> fired = new ArrayList<>();
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.fireAllRules();
            assertThat(fired).containsExactly("derives", "reads");
            assertThat(List.<Object>copyOf(session.getObjects(o -> o instanceof Finding))).containsExactlyInAnyOrder(
                    new Finding("FIRST"), new Finding("SECOND"));
        } finally {
            session.dispose();
        }
    }

    @Test
    void a_consequence_the_grammar_would_refuse_is_refused_by_the_build_too_and_never_runs(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("marker");
        List<CatalogProblem> problems = new ArrayList<>();

        InternalKnowledgeBase kieBase = build(HEADER + """
                rule "writes a file"
                when
                    not Finding( name == "X" )
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");
                end
                """.formatted(marker.toString().replace("\\", "/")), problems);

        assertThat(kieBase).isNull();
        assertThat(problems).singleElement().satisfies(problem -> {
            // refused while reading it into Grille's tree: the printer never had it to print, Drools never saw it
            assertThat(problem.code()).isEqualTo("GRILLE-RULE-CONSTRUCT-FORBIDDEN");
            assertThat(problem.rule()).isEqualTo("writes a file");
        });
        assertThat(Files.exists(marker)).isFalse();
    }

    @Test
    void the_same_files_built_again_give_a_kie_base_of_its_own_and_an_edit_is_built_anew() throws Exception {
        String rules = HEADER + """
                rule "derives"
                when
                    not Finding( name == "FIRST" )
                then
                    insert(new Finding("FIRST"));
                end
                """;
        InternalKnowledgeBase first = build(rules, new ArrayList<>());
        InternalKnowledgeBase again = build(rules, new ArrayList<>());
        InternalKnowledgeBase edited = build(rules.replace("insert(new Finding(\"FIRST\"))", "insert(new Finding(\"EDITED\"))"),
                new ArrayList<>());

        assertThat(again).isNotSameAs(first);
        assertThat(again.getRule("org.grille.catalog.test", "derives")).isNotSameAs(first.getRule("org.grille.catalog.test", "derives"));
        assertThat(findings(first)).containsExactly(new Finding("FIRST"));
        assertThat(findings(again)).containsExactly(new Finding("FIRST"));
        assertThat(findings(edited)).containsExactly(new Finding("EDITED"));
    }

    private static List<Object> findings(InternalKnowledgeBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            session.fireAllRules();
            return List.copyOf(session.getObjects(o -> o instanceof Finding));
        } finally {
            session.dispose();
        }
    }

    private static InternalKnowledgeBase build(String text, List<CatalogProblem> found) throws Exception {
        DrlParser parser = new DrlParser();
        DrlFile file = new DrlFile("test.drl", text, text.lines().toList(), parser.parse(false, text));
        ProblemCollector problems = new ProblemCollector(Messages.DEVELOPER);
        PrintedFile printed = PrintedFile.of(file, Vocabulary.Kind.SCORING, TestTerms.BUNDLED, problems);
        InternalKnowledgeBase kieBase = printed == null ? null : DroolsBuild.build(List.of(printed), problems);
        found.addAll(problems.sorted());
        return kieBase;
    }
}
