package org.grille.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.grille.api.JsonCodec;
import org.grille.api.application.Application;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds test applications the way policy staff describe scenarios: start from a known application and
 * change a few fields, named by JSON pointer ({@code /organization/yearsActive}). The result goes through the
 * real JSON reader, so a fixture can never hold a field the format does not have.
 */
final class ApplicationFixture {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonCodec CODEC = JsonCodec.standard();

    private final ObjectNode tree;

    private ApplicationFixture(ObjectNode tree) {
        this.tree = tree;
    }

    /** A strong, eligible application: immigrant women's autonomy, with hiring barriers as secondary objective. */
    static ApplicationFixture strong() {
        try (InputStream in = ApplicationFixture.class.getResourceAsStream("/strong-application.json")) {
            return new ApplicationFixture((ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strong application turned into a project for one objective only, with no activity of any objective. */
    static ApplicationFixture neutralProjectFor(String objective) {
        return strong()
                .set("/project/primaryObjective", objective)
                .set("/project/objectives", MAPPER.createArrayNode().add(objective))
                .set("/project/targetGroups", MAPPER.createArrayNode().add("GENERAL_PUBLIC"))
                .set("/project/expectedParticipants", 40)
                .activities("OTHER");
    }

    /** Sets a field; {@code value} may be a String, a number, a boolean, null or a JsonNode. */
    ApplicationFixture set(String pointer, Object value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = tree.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(field, MAPPER.valueToTree(value));
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), MAPPER.<JsonNode>valueToTree(value));
        } else {
            throw new IllegalArgumentException("No object or array at " + pointer.substring(0, slash));
        }
        return this;
    }

    /** Removes a field, or an element of a list ({@code /project/outcomes/1}); later elements move up. */
    ApplicationFixture remove(String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = tree.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.remove(field);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(field));
        } else {
            throw new IllegalArgumentException("No object or array at " + pointer.substring(0, slash));
        }
        return this;
    }

    /** Replaces the activities with one activity (three sessions) of each given type. */
    ApplicationFixture activities(String... types) {
        return activities(3, types);
    }

    /** Replaces the activities with one activity of each given type, each held {@code sessions} times. */
    ApplicationFixture activities(int sessions, String... types) {
        ArrayNode activities = MAPPER.createArrayNode();
        for (String type : types) {
            activities.add(MAPPER.createObjectNode().put("type", type).put("description", type).put("sessions", sessions));
        }
        return set("/project/activities", activities);
    }

    /** Replaces a list field with these strings. */
    ApplicationFixture list(String pointer, String... values) {
        ArrayNode array = MAPPER.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return set(pointer, array);
    }

    /** Replaces the partners with these (role, commitment) pairs, each contributing nothing. */
    ApplicationFixture partners(String... roleCommitmentPairs) {
        ArrayNode partners = MAPPER.createArrayNode();
        for (int i = 0; i < roleCommitmentPairs.length; i += 2) {
            partners.add(MAPPER.createObjectNode()
                    .put("name", "Partenaire " + i)
                    .put("role", roleCommitmentPairs[i])
                    .put("commitment", roleCommitmentPairs[i + 1])
                    .put("cashContribution", 0)
                    .put("inKindContribution", 0));
        }
        return set("/partners", partners);
    }

    Application build() {
        return CODEC.readApplication(tree.toString());
    }

    String json() {
        return tree.toString();
    }
}
