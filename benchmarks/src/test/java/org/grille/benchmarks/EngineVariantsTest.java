package org.grille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.grille.api.Assessment;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The session variants measured by the benchmarks produce exactly what the engine produces, so their timings
 * compare like with like; and the naive peer does the same rule work.
 */
class EngineVariantsTest {

    private static final int COUNT = 1_000;

    private static List<Application> applications;
    private static List<Assessment> engine;
    private static EngineVariants variants;

    @BeforeAll
    static void setUp() {
        applications = Samples.generate(COUNT, 99);
        engine = Scorer.builder().build().assessAll(applications).assessments();
        variants = new EngineVariants();
    }

    @AfterAll
    static void tearDown() {
        variants.close();
    }

    @Test
    void newSessionWithListenerIsTheEngine() {
        assertSameAsEngine(variants::newSessionWithListener);
    }

    @Test
    void newSessionWithFilter() {
        assertSameAsEngine(variants::newSessionWithFilter);
    }

    @Test
    void pooledSession() {
        assertSameAsEngine(variants::pooledSession);
    }

    @Test
    void statelessSession() {
        assertSameAsEngine(variants::statelessSession);
    }

    @Test
    void theExecutableModelScoresLikeTheEngine() {
        EngineVariants executableModel = EngineVariants.executableModel();
        try {
            assertSameAsEngine(executableModel::newSessionWithListener);
        } finally {
            executableModel.close();
        }
    }

    @Test
    void aDirectoryBuildScoresLikeTheEngine() {
        EngineVariants directory = EngineVariants.directoryBuild();
        try {
            assertSameAsEngine(directory::newSessionWithListener);
        } finally {
            directory.close();
        }
    }

    @Test
    void theNaivePeerDoesTheSameRuleWork() {
        NaivePeer naive = NaivePeer.compile();
        for (int i = 0; i < 200; i++) {
            Application application = applications.get(i);
            assertThat(naive.run(application)).as(application.id())
                    .isEqualTo(variants.newSessionNothingCollected(application))
                    .isGreaterThanOrEqualTo(engine.get(i).firedRules().size());
        }
    }

    private static void assertSameAsEngine(Function<Application, Assessment> variant) {
        for (int i = 0; i < COUNT; i++) {
            assertThat(variant.apply(applications.get(i))).isEqualTo(engine.get(i));
        }
    }
}
