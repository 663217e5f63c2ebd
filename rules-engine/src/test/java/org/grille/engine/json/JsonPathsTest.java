package org.grille.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final byte[] JSON = """
            {
              "base": "a.json",
              "other": { "scenarios": [ { "name": "not this one" } ] },
              "scenarios": [
                { "name": "first", "set": { "/project/title": "x" } },

                  { "name": "second" },
                "third"
              ]
            }
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void elements_gives_the_start_of_each_element_of_the_array_as_locate_does_for_each_index() {
        List<TokenStreamLocation> starts = JsonPaths.elements(MAPPER, JSON, "/scenarios");

        assertThat(starts).extracting(TokenStreamLocation::getLineNr).containsExactly(5, 7, 8);
        assertThat(starts).extracting(TokenStreamLocation::getColumnNr).containsExactly(5, 7, 5);
        for (int i = 0; i < starts.size(); i++) {
            TokenStreamLocation one = JsonPaths.locate(MAPPER, JSON, "/scenarios/" + i);
            assertThat(starts.get(i).getLineNr()).isEqualTo(one.getLineNr());
            assertThat(starts.get(i).getColumnNr()).isEqualTo(one.getColumnNr());
        }
    }

    @Test
    void elements_is_empty_when_the_text_has_no_such_array_and_stops_where_the_text_breaks() {
        assertThat(JsonPaths.elements(MAPPER, JSON, "/missing")).isEmpty();

        byte[] broken = "{ \"scenarios\": [ {}, {} , { \"name\": ".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonPaths.elements(MAPPER, broken, "/scenarios")).hasSize(3);
    }
}
