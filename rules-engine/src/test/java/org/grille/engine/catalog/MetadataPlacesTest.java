package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;

class MetadataPlacesTest {

    private static final String DRL = """
            package org.grille.catalog.test;

            // @points(99) in a comment is not the rule's
            rule "Signed: @criterion(WRONG) in a name is not an annotation"
                @criterion(PARTNERSHIPS)   @points( 3 )
                /* @reason("not.this") */
                @reason("quality.partners.signed")
                @symmetric
            when
                Partner( name == "@objective(NONE)" )
            then
            end

            rule Second @points(2) when then end
            """;

    private static RuleDescr rule(int index) throws Exception {
        return new DrlParser().parse(false, DRL).getRules().get(index);
    }

    @Test
    void an_annotation_is_placed_at_its_value_on_its_own_line() throws Exception {
        MetadataPlaces places = MetadataPlaces.of(rule(0), DRL);

        assertThat(places.line("criterion")).isEqualTo(5);
        assertThat(places.column("criterion")).isEqualTo(16);
        assertThat(places.line("points")).isEqualTo(5);
        assertThat(places.column("points")).isEqualTo(41);
        assertThat(places.line("reason")).isEqualTo(7);
        assertThat(places.column("reason")).isEqualTo(13);
        assertThat(places.line("symmetric")).isEqualTo(8);
        assertThat(places.column("symmetric")).isEqualTo(6);
    }

    @Test
    void comments_quoted_text_and_conditions_are_not_read_and_a_missing_annotation_is_placed_at_the_rule() throws Exception {
        MetadataPlaces places = MetadataPlaces.of(rule(0), DRL);

        assertThat(places.line("objective")).isEqualTo(4);
        assertThat(places.column("objective")).isZero();
        assertThat(places.line("gate")).isEqualTo(4);
    }

    @Test
    void a_rule_named_by_a_word_on_one_line_is_read_too() throws Exception {
        MetadataPlaces places = MetadataPlaces.of(rule(1), DRL);

        assertThat(places.line("points")).isEqualTo(14);
        assertThat(places.column("points")).isEqualTo(21);
    }
}
