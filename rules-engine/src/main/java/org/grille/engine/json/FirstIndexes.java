package org.grille.engine.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The entry that first used each application id, for refusing a duplicate in a batch read entry by entry. A stream of
 * any length has to keep every id it has read, so they are kept packed: the ids' UTF-8 bytes one after the other, an
 * open-addressing table of their numbers, and their hashes and first indexes in arrays. That is 22 bytes an id of ten
 * characters, about 36 with the arrays' room to grow, where a {@code HashMap<String, Integer>} takes about 115 (a node, a
 * string, its bytes, a boxed index and a table slot): 200 000 ids take about 7 MB instead of about 23 MB of a small heap.
 */
final class FirstIndexes {

    private static final int ABSENT = -1;

    /** The ids' UTF-8 bytes; id {@code n} is {@code bytes[starts[n] .. starts[n + 1])}. */
    private byte[] bytes = new byte[1 << 10];
    private int[] starts = new int[65];
    private int[] hashes = new int[64];
    private int[] firstIndexes = new int[64];
    private int size;
    /** Open addressing, linear probing: 0 is a free slot, otherwise an id's number plus one. Never fuller than half. */
    private int[] table = new int[128];

    /**
     * Records {@code index} as the first entry with {@code id} unless one came before.
     *
     * @return the index recorded earlier for this id, or -1 when it is new (and now recorded)
     */
    int putIfAbsent(String id, int index) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(key);
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            int n = entry - 1;
            if (hashes[n] == hash && Arrays.equals(bytes, starts[n], starts[n + 1], key, 0, key.length)) {
                return firstIndexes[n];
            }
            slot = (slot + 1) & mask;
        }
        add(key, hash, index);
        table[slot] = size;
        if (size * 2 > table.length) {
            rehash();
        }
        return ABSENT;
    }

    private void add(byte[] key, int hash, int index) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            firstIndexes = Arrays.copyOf(firstIndexes, size * 2);
            starts = Arrays.copyOf(starts, size * 2 + 1);
        }
        int start = starts[size];
        if (start + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + key.length));
        }
        System.arraycopy(key, 0, bytes, start, key.length);
        hashes[size] = hash;
        firstIndexes[size] = index;
        size++;
        starts[size] = start + key.length;
    }

    private void rehash() {
        int[] larger = new int[table.length * 2];
        int mask = larger.length - 1;
        for (int n = 0; n < size; n++) {
            int slot = spread(hashes[n]) & mask;
            while (larger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            larger[slot] = n + 1;
        }
        table = larger;
    }

    /** Mixes the hash's high bits into the low ones that pick a slot: ids often differ only in their last digits. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
