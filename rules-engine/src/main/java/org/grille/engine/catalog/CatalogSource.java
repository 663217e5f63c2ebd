package org.grille.engine.catalog;

import java.util.Optional;

/** Where a catalog's files come from: a directory policy staff edit, or the class path for a bundled one. */
public interface CatalogSource {

    /** The file's bytes, or empty when it does not exist. {@code path} is relative to the catalog root, with '/'. */
    Optional<byte[]> read(String path);

    /** Where the catalog is, for messages and logs. */
    String describe();
}
