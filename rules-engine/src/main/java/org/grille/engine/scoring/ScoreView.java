package org.grille.engine.scoring;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Scores by id, in the grid's order, read straight from the tally's arrays: handed to {@link org.grille.api.Assessment},
 * which keeps its own copy, so nothing is built for it but this view. Read-only.
 */
final class ScoreView<K> extends AbstractMap<K, Integer> {

    private final K[] ids;
    private final int[] scores;

    ScoreView(K[] ids, int[] scores) {
        this.ids = ids;
        this.scores = scores;
    }

    @Override
    public Set<Map.Entry<K, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return ids.length;
            }

            @Override
            public Iterator<Map.Entry<K, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public Map.Entry<K, Integer> next() {
                        if (next >= ids.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<K, Integer> entry = new AbstractMap.SimpleImmutableEntry<>(ids[next], scores[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
