package org.grille.engine.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few results of a pure computation, by the exact input that produced them: what lets {@code validate
 * --watch} redo only what a save changed, since a staff member edits one file at a time. A key holds the whole input
 * (a file's text, not its name or date), so a result is never taken for another input; the values are immutable.
 * Bounded, so a long-running host keeps a few entries at most. Safe for concurrent use.
 *
 * @param <K> the input, with value equality
 * @param <V> the result, immutable
 */
public final class RecentResults<K, V> {

    /** Every instance, all of them held by static fields: what {@link #forgetAll()} empties. */
    private static final java.util.List<RecentResults<?, ?>> ALL = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Map<K, V> entries;

    /**
     * A cache of at most {@code capacity} results, the least recently used dropped first. Meant for a static field:
     * every instance stays reachable for {@link #forgetAll()}.
     *
     * @param capacity how many results to keep
     */
    public RecentResults(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
        ALL.add(this);
    }

    /**
     * Forgets every kept result of every instance, as a new JVM would start: a test compares a run that reused kept
     * results with a cold run on the same content.
     */
    public static void forgetAll() {
        for (RecentResults<?, ?> results : ALL) {
            synchronized (results.entries) {
                results.entries.clear();
            }
        }
    }

    /** The result kept for {@code key}, or null. */
    public V find(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Keeps {@code value} as the result for {@code key}. */
    public void keep(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    /** The result kept for {@code key}, or the one {@code compute} gives now (kept unless it is null). */
    public V get(K key, Supplier<V> compute) {
        synchronized (entries) {
            V kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // computed outside the lock: two threads may both compute a missing entry, and either result is the same
        V value = compute.get();
        if (value != null) {
            synchronized (entries) {
                entries.put(key, value);
            }
        }
        return value;
    }
}
