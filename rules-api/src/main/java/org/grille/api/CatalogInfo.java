package org.grille.api;

import java.util.Objects;

/**
 * Which rules made an assessment: the catalog's id and version as its manifest declares them, and a
 * SHA-256 fingerprint of its content (manifest, rule files, messages), so two catalogs that claim the same
 * version but differ are told apart.
 *
 * @param id          catalog id, e.g. {@code montreal-inclusive}
 * @param version     the version the manifest declares
 * @param fingerprint hex SHA-256 of the catalog's files
 * @param rubric      the catalog's criteria and objectives, with their maxima and labels
 */
public record CatalogInfo(String id, String version, String fingerprint, Rubric rubric) {

    /**
     * Checks that every part is given.
     *
     * @param id catalog id, e.g. {@code montreal-inclusive}
     * @param version the version the manifest declares
     * @param fingerprint hex SHA-256 of the catalog's files
     * @param rubric the catalog's criteria and objectives, with their maxima and labels
     */
    public CatalogInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(rubric, "rubric");
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + fingerprint.substring(0, Math.min(12, fingerprint.length())) + ")";
    }
}
