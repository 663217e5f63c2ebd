package org.grille.engine.catalog;

import java.util.List;
import java.util.Optional;

/** Where a catalog's files come from: a directory policy staff edit, or the class path for a bundled one. */
public interface CatalogSource {

    /**
     * The file's bytes, or empty when it does not exist or is refused ({@link #refusal}). {@code path} is relative to
     * the catalog root, with '/'.
     */
    Optional<byte[]> read(String path);

    /**
     * Why {@link #read} gives nothing for a path that exists: {@code FILE-OUTSIDE-CATALOG}, {@code FILE-NOT-REGULAR} or
     * {@code FILE-TOO-LARGE}; empty when the file is read, or simply missing.
     */
    default Optional<String> refusal(String path) {
        return Optional.empty();
    }

    /** The rule files ({@code .drl}) in the catalog, whether or not its manifest lists them. */
    default List<String> ruleFilesPresent() {
        return List.of();
    }

    /** Where the catalog is, for messages and logs. */
    String describe();
}
