package org.grille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grille.api.application.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The keyed batch measured by {@code KeyedBatchBenchmark} fires, for each application, exactly the rules that fire
 * when it has a session of its own: no rule joins two applications' facts, so its timings compare like with like.
 */
class KeyedBatchTest {

    private static List<Application> applications;
    private static List<Set<String>> alone;
    private static KeyedBatch keyed;

    @BeforeAll
    static void setUp() {
        applications = Samples.generate(1_000, 7);
        NaivePeer naive = NaivePeer.compile();
        alone = new ArrayList<>();
        for (Application application : applications) {
            Set<String> fired = new HashSet<>();
            KieSession session = naive.kieBase().newKieSession();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            org.grille.engine.scoring.Facts.of(BundledFiles.CALL_TERMS, application).forEach(session::insert);
            session.fireAllRules();
            session.dispose();
            alone.add(fired);
        }
        keyed = KeyedBatch.compile();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100, 1_000})
    void eachApplicationFiresWhatItFiresAlone(int batch) {
        List<Set<String>> batched = keyed.firings(applications, batch);
        for (int i = 0; i < applications.size(); i++) {
            assertThat(batched.get(i)).as(applications.get(i).id()).isEqualTo(alone.get(i));
        }
        assertThat(alone.stream().mapToInt(Set::size).sum()).as("the sample fires rules").isGreaterThan(10_000);
    }

    @Test
    void everyRuleIsAnchoredAndEveryApplicationPatternKeyed() {
        for (var file : BundledFiles.read().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String original = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            String rewritten = KeyedBatch.rewrite(original);
            assertThat(count(rewritten, "Anchor( $k : key )")).as(file.getKey()).isEqualTo(count(original, "\nwhen"));
            assertThat(count(rewritten, "key == $k")).as(file.getKey())
                    .isEqualTo(count(rewritten, "Keyed")).isGreaterThan(0);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
