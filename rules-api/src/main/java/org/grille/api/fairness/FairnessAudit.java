package org.grille.api.fairness;

import java.util.List;
import org.grille.api.CatalogInfo;

/**
 * A fairness audit of a real batch: for each protected attribute, how each group fared at every step
 * (eligibility, score, fundable, funded), with the four-fifths rule applied to the funded rate.
 *
 * @param catalog          the catalog that scored the batch
 * @param minimumGroupSize groups smaller than this are reported as too few to judge
 * @param assessed         applications assessed (rejected ones are not audited)
 * @param notice           the statement that self-declared attributes serve this audit only, in the audit's language
 * @param attributes       one audit per protected attribute
 */
public record FairnessAudit(CatalogInfo catalog, int minimumGroupSize, int assessed, String notice,
                            List<AttributeAudit> attributes) {

    /**
     * Copies {@code attributes}; it may not be null nor hold null.
     *
     * @param catalog the catalog that scored the batch
     * @param minimumGroupSize groups smaller than this are reported as too few to judge
     * @param assessed applications assessed (rejected ones are not audited)
     * @param notice the statement that self-declared attributes serve this audit only, in the audit's language
     * @param attributes one audit per protected attribute
     */
    public FairnessAudit {
        attributes = List.copyOf(attributes);
    }
}
