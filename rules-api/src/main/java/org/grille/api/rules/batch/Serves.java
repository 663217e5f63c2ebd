package org.grille.api.rules.batch;

/**
 * The application of this key runs activities in this borough.
 *
 * @param key     the application's opaque key in this batch
 * @param borough one of the boroughs it serves, as spelled in the catalog's adjacency table
 */
public record Serves(int key, String borough) {
}
