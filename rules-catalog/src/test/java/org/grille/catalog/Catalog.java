package org.grille.catalog;

import org.grille.api.Scorer;

/** The bundled catalog's scorer, built once for the whole test run (it is immutable and thread-safe). */
final class Catalog {

    static final Scorer SCORER = Scorer.builder().build();

    private Catalog() {
    }
}
