package org.grille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grille.api.application.Application;
import org.junit.jupiter.api.Test;

/** What {@code SessionModesBenchmark} times is what its names say. */
class SessionModesTest {

    private final SessionModes modes = new SessionModes();

    @Test
    void the_alpha_compiled_kie_base_runs_compiled_java_networks() {
        assertThat(modes.compiledObjectTypes()).as("object types with a compiled alpha network").isNotEmpty();
    }

    @Test
    void the_one_line_and_the_alpha_compiled_kie_bases_fire_as_many_rules_as_the_engines_pooled_session() {
        List<Application> applications = Samples.generate(300, 5);
        for (Application application : applications) {
            int engine = modes.pooledSession(application);
            assertThat(modes.oneLinePooledSession(application)).as(application.id()).isEqualTo(engine);
            assertThat(modes.alphaNetworkCompiled(application)).as(application.id()).isEqualTo(engine);
        }
    }

    @Test
    void conditions_on_one_line_change_only_the_line_breaks_between_when_and_then() {
        String drl = """
                rule "A"
                    @points(3)
                when
                    Project( a == 1,
                             b == 2 )
                    not Budget()
                then
                end
                """;

        assertThat(SessionModes.conditionsOnOneLine(drl)).isEqualTo("""
                rule "A"
                    @points(3)
                when
                    Project( a == 1, b == 2 ) not Budget()
                then
                end
                """);
    }
}
