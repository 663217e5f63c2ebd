package org.grille.cli.publish;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who publishes the grants and funds them: the 360Giving publisher prefix its grant ids start with, and the funding
 * organisation's identifier and name.
 *
 * @param prefix     the publisher prefix 360Giving registered, e.g. {@code 360G-montreal}
 * @param funderId   the funding organisation's identifier, an org-id.guide list code and the number in that list
 * @param funderName the funding organisation's name
 */
public record Publisher(String prefix, String funderId, String funderName) {

    /** Every registered prefix starts with 360G-; the rest stays one token without slashes (the standard's advice). */
    private static final Pattern PREFIX = Pattern.compile("360G-[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** An org-id: a list code (country, optional region, list) then the organisation's number in that list. */
    private static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}(-[A-Z]{2})?-[A-Z0-9_]{2,}-[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"
            + "|360G-[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    /**
     * Checks that every part is given and well formed.
     *
     * @param prefix the publisher prefix 360Giving registered, e.g. {@code 360G-montreal}
     * @param funderId the funding organisation's identifier
     * @param funderName the funding organisation's name
     * @throws IllegalArgumentException when the prefix or the identifier is malformed, or the name blank
     */
    public Publisher {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(funderId, "funderId");
        Objects.requireNonNull(funderName, "funderName");
        if (!isPrefix(prefix) || !isOrganisationId(funderId) || funderName.isBlank()) {
            throw new IllegalArgumentException("publisher: prefix " + prefix + ", funder " + funderId);
        }
    }

    /**
     * Whether {@code value} can be a 360Giving publisher prefix.
     *
     * @param value what was given
     * @return true for 360G- followed by letters, digits, '.', '_' or '-'
     */
    public static boolean isPrefix(String value) {
        return value != null && PREFIX.matcher(value).matches();
    }

    /**
     * Whether {@code value} can be an organisation identifier: an org-id.guide list code and a number, such as
     * {@code CA-QC_QBC-8800000000}, or an identifier under the publisher's own prefix.
     *
     * @param value what was given
     * @return true when it has that shape
     */
    public static boolean isOrganisationId(String value) {
        return value != null && ORG_ID.matcher(value).matches();
    }
}
