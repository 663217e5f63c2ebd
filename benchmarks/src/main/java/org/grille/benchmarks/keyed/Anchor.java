package org.grille.benchmarks.keyed;

/** The first fact of every rewritten rule: it binds the key that every other pattern of the rule must equal. */
public record Anchor(int key) {
}
