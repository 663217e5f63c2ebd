package org.grille.engine.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.grille.engine.messages.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first Drools build in a JVM costs several times a later one: class loading, MVEL's and the Java compiler's
 * start-up, code the JIT has not seen yet. The first directory compile therefore builds a small rule of Grille's own
 * on a second thread while the first thread reads and checks the catalog's files, so the catalog's own build finds
 * Drools ready. The rule is a constant of this class: nothing of a catalog runs or loads before its checks pass.
 */
final class BuilderWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(BuilderWarmUp.class);

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** The warm-up rule's file name, which no catalog file can have (a catalog path has no spaces here). */
    static final String FILE = "grille warm-up.drl";

    /** Grille's own rule, shaped like a catalog's: a pattern with constraints, a condition element, a finding. */
    private static final String RULE = """
            package org.grille.catalog.warmup;

            rule "Warm-up: a project with activities and a measurable outcome"
            when
                Project( activities.size() > 0, durationMonths <= 36 )
                exists Outcome( measurable == true )
                not Partner( commitment == Commitment.NONE )
            then
                insert(new Finding("WARM_UP"));
            end
            """;

    private BuilderWarmUp() {
    }

    /** Starts the warm-up the first time this is called in the JVM; later calls do nothing. */
    static void startOnce(Messages messages) {
        if (STARTED.compareAndSet(false, true)) {
            Beside.start("grille-builder-warm-up", () -> warmUp(messages));
        }
    }

    private static Void warmUp(Messages messages) {
        long started = System.nanoTime();
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, RULE);
            if (descr == null || parser.hasErrors()) {
                LOG.debug("Warm-up rule did not parse: {}", parser.getErrors());
                return null;
            }
            ProblemCollector problems = new ProblemCollector(messages);
            PrintedFile printed = PrintedFile.of(new DrlFile(FILE, RULE, RULE.lines().toList(), descr),
                    Vocabulary.Kind.SCORING, new RuleTerms(java.util.Set.of(), List.of()), problems);
            if (printed != null) {
                DroolsBuild.build(List.of(printed), problems);
            }
            LOG.debug("Drools builder warmed up in {} ms ({} problems)", (System.nanoTime() - started) / 1_000_000,
                    problems.errorCount());
        } catch (DroolsParserException | RuntimeException e) {
            // Only time is at stake: the catalog's build works the same without the warm-up.
            LOG.debug("Drools builder warm-up failed", e);
        }
        return null;
    }
}
