package org.grille.engine;

import org.grille.engine.catalog.RecentResults;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

    @Test
    void a_result_is_computed_once_per_input_and_given_back_for_an_equal_input() {
        RecentResults<String, String> results = new RecentResults<>(4);
        AtomicInteger computed = new AtomicInteger();

        String first = results.get(new String("rule text"), () -> "parsed " + computed.incrementAndGet());
        String again = results.get("rule text", () -> "parsed " + computed.incrementAndGet());
        String other = results.get("another text", () -> "parsed " + computed.incrementAndGet());

        assertThat(first).isEqualTo("parsed 1").isSameAs(again);
        assertThat(other).isEqualTo("parsed 2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void a_null_result_is_not_kept_so_a_failure_is_computed_again() {
        RecentResults<String, String> results = new RecentResults<>(4);
        AtomicInteger computed = new AtomicInteger();

        results.get("broken", () -> {
            computed.incrementAndGet();
            return null;
        });
        String second = results.get("broken", () -> "computed again " + computed.incrementAndGet());

        assertThat(second).isEqualTo("computed again 2");
    }

    @Test
    void it_keeps_the_most_recently_used_entries_up_to_its_capacity() {
        RecentResults<Integer, String> results = new RecentResults<>(2);
        results.keep(1, "one");
        results.keep(2, "two");
        results.find(1); // used: 2 is now the eldest
        results.keep(3, "three");

        assertThat(results.find(1)).isEqualTo("one");
        assertThat(results.find(2)).isNull();
        assertThat(results.find(3)).isEqualTo("three");
    }
}
