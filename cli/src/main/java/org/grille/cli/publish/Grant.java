package org.grille.cli.publish;

import java.time.LocalDate;
import java.util.List;

/**
 * One funded grant as 360Giving publishes it: only the standard's required fields, the programme and "from an open
 * call". Everything here is either public-registry data (the recipient's name and NEQ), the project's own public
 * description, or the City's decision.
 *
 * @param id            the grant's identifier: publisher prefix, programme and application id
 * @param title         the project's title
 * @param description   the project's summary
 * @param amountAwarded dollars granted over the whole project
 * @param awardDate     the day the decision was made
 * @param recipientId   the recipient's identifier: CA-QC_QBC and its NEQ
 * @param recipientName the recipient's legal name
 * @param funderId      the funding organisation's identifier
 * @param funderName    the funding organisation's name
 * @param programmeCode the grant programme: the catalog's id and version
 */
public record Grant(String id, String title, String description, long amountAwarded, LocalDate awardDate,
                    String recipientId, String recipientName, String funderId, String funderName, String programmeCode) {

    /**
     * The grant as one CSV row, in the order of {@link ThreeSixtyGiving#CSV_COLUMNS}; cells are not yet made inert.
     *
     * @return the cells
     */
    public List<String> row() {
        return List.of(id, title, description, ThreeSixtyGiving.CURRENCY, String.valueOf(amountAwarded), awardDate.toString(),
                recipientId, recipientName, funderId, funderName, programmeCode, ThreeSixtyGiving.FROM_OPEN_CALL);
    }
}
