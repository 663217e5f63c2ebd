package org.grille.api.review;

/** How a reviews file is written. */
public enum ReviewFormat {
    /** A header {@code applicationId,reviewer,criterion,score,comment}, then one review a row (RFC 4180). */
    CSV,
    /** An array of objects with those fields, or an object whose {@code reviews} field is that array. */
    JSON
}
