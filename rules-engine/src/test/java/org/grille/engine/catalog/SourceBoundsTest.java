package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;

/** The nesting bound, at its edge, and where it points. */
class SourceBoundsTest {

    private final ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));

    @Test
    void twenty_four_levels_pass_and_twenty_five_do_not() {
        assertThat(SourceBounds.check("a.drl", "(".repeat(24) + ")".repeat(24), problems)).isTrue();
        assertThat(SourceBounds.check("a.drl", "(".repeat(25), problems)).isFalse();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("GRILLE-RULE-NESTING-TOO-DEEP");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(25);
        });
    }

    @Test
    void brackets_and_braces_count_and_closing_ones_bring_the_depth_down() {
        assertThat(SourceBounds.check("a.drl", "([{".repeat(8) + "}])".repeat(8) + "(".repeat(24), problems)).isTrue();
        assertThat(SourceBounds.check("a.drl", "[{".repeat(13), problems)).isFalse();
        // more closing than opening never makes room for more
        assertThat(SourceBounds.check("a.drl", ")".repeat(10) + "(".repeat(25), problems)).isFalse();
    }

    @Test
    void parentheses_in_quoted_text_do_not_count_and_a_quote_ends_with_its_line() {
        assertThat(SourceBounds.check("a.drl", "\"" + "(".repeat(30) + "\" ()", problems)).isTrue();
        assertThat(SourceBounds.check("a.drl", "\"unclosed\n" + "(".repeat(25), problems)).isFalse();
        assertThat(problems.sorted()).extracting(CatalogProblem::line).containsExactly(2);
    }

    @Test
    void the_place_is_counted_in_lines_and_columns() {
        assertThat(SourceBounds.check("a.drl", "rule\n  when\n   " + "(".repeat(25), problems)).isFalse();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(3 + 25);
        });
    }
}
