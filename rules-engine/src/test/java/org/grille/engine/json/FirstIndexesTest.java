package org.grille.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed id table answers exactly as a {@code HashMap<String, Integer>} would, through every growth. */
class FirstIndexesTest {

    @Test
    void a_new_id_is_recorded_and_a_repeated_one_names_its_first_entry() {
        FirstIndexes ids = new FirstIndexes();
        assertThat(ids.putIfAbsent("A-1", 0)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("A-2", 1)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("A-1", 2)).isEqualTo(0);
        assertThat(ids.putIfAbsent("A-1", 3)).isEqualTo(0);
        assertThat(ids.putIfAbsent("", 4)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("", 5)).isEqualTo(4);
    }

    @Test
    void it_agrees_with_a_hash_map_on_many_ids_with_accents_and_equal_hashes() {
        FirstIndexes ids = new FirstIndexes();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(26);
        // "Aa" and "BB" have the same String hash; so do all their concatenations
        String[] collide = {"Aa", "BB"};
        for (int index = 0; index < 300_000; index++) {
            String id = switch (random.nextInt(4)) {
                case 0 -> "GEN-" + random.nextInt(200_000);
                case 1 -> "Montréal–" + random.nextInt(5_000) + "-é";
                case 2 -> collide[random.nextInt(2)] + collide[random.nextInt(2)] + collide[random.nextInt(2)];
                default -> Integer.toString(random.nextInt(1_000_000), 36);
            };
            Integer first = expected.putIfAbsent(id, index);
            assertThat(ids.putIfAbsent(id, index)).as(id).isEqualTo(first == null ? -1 : first);
        }
    }
}
