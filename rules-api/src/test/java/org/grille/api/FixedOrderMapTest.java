package org.grille.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedOrderMapTest {

    private static Map<String, Integer> source() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("ZETA", 3);
        map.put("ALPHA", 0);
        map.put(null, null);
        map.put("MU", 12);
        return map;
    }

    @Test
    void it_reads_as_the_unmodifiable_linked_copy_it_replaces() {
        Map<String, Integer> copy = FixedOrderMap.copyOf(source());
        Map<String, Integer> linked = Collections.unmodifiableMap(new LinkedHashMap<>(source()));

        assertThat(copy).isEqualTo(linked);
        assertThat(linked).isEqualTo(copy);
        assertThat(copy.hashCode()).isEqualTo(linked.hashCode());
        assertThat(copy.toString()).isEqualTo(linked.toString());
        assertThat(List.copyOf(copy.entrySet()).toString()).isEqualTo(List.copyOf(linked.entrySet()).toString());
        assertThat(copy.keySet()).containsExactly("ZETA", "ALPHA", null, "MU");
        assertThat(copy.values()).containsExactly(3, 0, null, 12);
        assertThat(copy.get("MU")).isEqualTo(12);
        assertThat(copy.get("OTHER")).isNull();
        assertThat(copy.getOrDefault(null, 7)).isNull();
        assertThat(copy.getOrDefault("OTHER", 7)).isEqualTo(7);
        assertThat(copy.containsKey(null)).isTrue();
        assertThat(copy.containsValue(12)).isTrue();
        assertThat(copy).hasSize(4);
    }

    @Test
    void every_change_is_refused_even_one_that_would_change_nothing() {
        Map<String, Integer> copy = FixedOrderMap.copyOf(source());

        assertThatThrownBy(() -> copy.put("MU", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove("OTHER")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.merge("MU", 1, Integer::sum)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.keySet().remove("OTHER")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue(1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_copy_does_not_follow_its_source() {
        Map<String, Integer> source = source();
        Map<String, Integer> copy = FixedOrderMap.copyOf(source);
        source.put("ZETA", 99);
        source.remove("MU");

        assertThat(copy.get("ZETA")).isEqualTo(3);
        assertThat(copy).containsKey("MU");
    }
}
