package org.grille.cli.publish;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.application.Application;
import org.grille.api.application.Organization;
import org.grille.api.application.Project;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The funded grants of a plan in the 360Giving Data Standard 1.4: a grant package in JSON, or one grants.csv whose
 * column titles are the standard's. Built from the plan's decisions and the applications, and from nothing else.
 */
public final class ThreeSixtyGiving {

    /** The standard's version the package declares (major.minor, as its package schema asks). */
    public static final String VERSION = "1.4";
    /** Amounts are Canadian dollars (ISO 4217). */
    public static final String CURRENCY = "CAD";
    /** org-id.guide's list code for the Registraire des entreprises du Québec: recipients are named by their NEQ. */
    public static final String QUEBEC_REGISTER = "CA-QC_QBC";
    /** Montréal inclusive is a call for projects that any eligible organization may answer. */
    static final String FROM_OPEN_CALL = "Yes";
    /** The standard's CSV column titles for the fields written, in this order. */
    public static final List<String> CSV_COLUMNS = List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded",
            "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
            "Grant Programme:Code", "From An Open Call?");

    private static final JsonMapper JSON = org.grille.cli.JsonOutput.DOCUMENT;

    private ThreeSixtyGiving() {
    }

    /**
     * The plan's funded decisions as grants, in the plan's order. A recipient without an NEQ is named under the
     * publisher's prefix, as the standard asks for organizations without an official number.
     *
     * @param plan         the funding plan
     * @param applications the applications it was made from
     * @param publisher    who publishes and funds
     * @param awardDate    the day the decision was made
     * @return one grant per funded decision; empty when nothing is funded
     */
    public static List<Grant> grants(FundingPlan plan, List<Application> applications, Publisher publisher, LocalDate awardDate) {
        Map<String, Application> byId = new HashMap<>();
        applications.forEach(a -> byId.putIfAbsent(a.id(), a));
        String programme = plan.catalog().id() + "-" + plan.catalog().version();
        List<Grant> grants = new ArrayList<>();
        for (FundingDecision decision : plan.decisions()) {
            if (!decision.funded()) {
                continue;
            }
            Application application = byId.get(decision.applicationId());
            Organization organization = application.organization();
            Project project = application.project();
            String recipientId = organization.registryNumber() == null
                    ? publisher.prefix() + "-org-" + application.id()
                    : QUEBEC_REGISTER + "-" + organization.registryNumber();
            String description = project.summary() == null || project.summary().isBlank() ? project.title() : project.summary();
            grants.add(new Grant(publisher.prefix() + "-" + programme + "-" + application.id(), project.title(), description,
                    decision.totalGranted(), awardDate, recipientId, organization.name(), publisher.funderId(),
                    publisher.funderName(), programme));
        }
        return List.copyOf(grants);
    }

    /**
     * Writes the grants as a 360Giving grant package, UTF-8, every string escaped by JSON's rules. Leaves {@code out} open.
     *
     * @param grants the grants, at least one (the standard's package needs one)
     * @param out    where to write
     * @throws tools.jackson.core.JacksonException when {@code out} fails
     */
    public static void writeJson(List<Grant> grants, OutputStream out) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("grants");
        for (Grant grant : grants) {
            ObjectNode node = array.addObject();
            node.put("id", grant.id());
            node.put("title", grant.title());
            node.put("description", grant.description());
            node.put("currency", CURRENCY);
            node.put("amountAwarded", grant.amountAwarded());
            node.put("awardDate", grant.awardDate().toString());
            organisation(node.putArray("recipientOrganization"), grant.recipientId(), grant.recipientName());
            organisation(node.putArray("fundingOrganization"), grant.funderId(), grant.funderName());
            node.putArray("grantProgramme").addObject().put("code", grant.programmeCode());
            node.put("fromOpenCall", FROM_OPEN_CALL);
        }
        root.put("version", VERSION);
        JSON.writeValue(out, root);
    }

    /**
     * The grants as CSV rows under {@link #CSV_COLUMNS}, raw: the caller makes every cell inert for spreadsheets.
     *
     * @param grants the grants
     * @return one row per grant
     */
    public static List<List<String>> csvRows(List<Grant> grants) {
        return grants.stream().map(Grant::row).toList();
    }

    private static void organisation(ArrayNode list, String id, String name) {
        list.addObject().put("id", id).put("name", name);
    }
}
