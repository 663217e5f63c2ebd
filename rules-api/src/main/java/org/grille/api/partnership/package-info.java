/**
 * Co-creation: partnership suggestions between the applications of one call, and the possible overlaps the
 * committee should look at. {@link org.grille.api.Scorer#partnerships()} runs the catalog's
 * partnership rules over the whole batch, apart from scoring (it never changes a score), and returns a
 * {@link org.grille.api.partnership.PartnershipReport}.
 *
 * <pre>{@code
 * PartnershipReport report = scorer.partnerships().suggest(applications);
 * for (ApplicationSuggestions a : report.applications()) {
 *     a.suggestions().forEach(s -> System.out.println(a.applicationId() + " → " + s.partnerId() + ": " + s.reason()));
 * }
 * }</pre>
 */
package org.grille.api.partnership;
