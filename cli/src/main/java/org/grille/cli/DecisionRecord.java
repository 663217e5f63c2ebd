package org.grille.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.Contribution;
import org.grille.api.FieldViolation;
import org.grille.api.GateFailure;
import org.grille.api.JsonCodec;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.review.CommitteeScores;
import org.grille.api.review.ExcludedReview;
import org.grille.api.review.FinalScore;
import org.grille.api.review.Review;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The record of one application's decision: what went in (the application's hash, the catalog and the committee's
 * decision), every point and why, the plan's policy and limits, and the decision. Language-neutral (codes and
 * numbers, no sentence that depends on {@code --lang}), so that a record made in French is re-checked in English.
 * Made from the same call as the plan staff saw ({@link CallPlan}), and compared field by field by {@code recheck}.
 */
final class DecisionRecord {

    /** The record format; a reader refuses another. */
    static final int FORMAT = 1;
    /** Fields that say when and after what a record was written: not part of what a re-check reproduces. */
    static final List<String> CIRCUMSTANCES = List.of("recordedAt", "previous", "run", "grille");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DecisionRecord() {
    }

    /** The record of every application of the call, rejected entries included, in the order of the plan then the input. */
    static List<ObjectNode> of(CallPlan call, Instant recordedAt, String grilleVersion) {
        return of(call, recordedAt, grilleVersion, null, List.of());
    }

    /**
     * The records, each with the reviews used and excluded for its application and its final score, when reviews were
     * given ({@code scores} not null).
     */
    static List<ObjectNode> of(CallPlan call, Instant recordedAt, String grilleVersion, CommitteeScores scores,
                               List<Review> reviews) {
        Map<String, Application> applications = call.applicationsById();
        Map<String, Assessment> assessments = new java.util.HashMap<>();
        call.scored().assessments().forEach(a -> assessments.put(a.applicationId(), a));
        FundingPlan plan = call.plan();
        List<ObjectNode> records = new java.util.ArrayList<>();
        for (FundingDecision decision : plan.decisions()) {
            ObjectNode record = start(recordedAt, grilleVersion, decision.applicationId());
            record.set("input", NODES.objectNode().put("sha256", inputHash(applications.get(decision.applicationId()))));
            record.set("catalog", catalog(plan.catalog()));
            record.set("assessment", assessment(assessments.get(decision.applicationId())));
            plan.committeeDecisions().stream().filter(d -> d.applicationId().equals(decision.applicationId())).findFirst()
                    .ifPresent(d -> record.set("committee", committee(d)));
            if (scores != null) {
                record.set("reviews", reviews(decision.applicationId(), scores, reviews));
            }
            record.set("plan", plan(plan, call));
            record.set("decision", decision(decision, plan));
            records.add(record);
        }
        for (Rejection rejection : call.scored().rejections()) {
            ObjectNode record = start(recordedAt, grilleVersion, rejection.applicationId());
            record.put("index", rejection.index());
            record.set("catalog", catalog(plan.catalog()));
            ArrayNode violations = record.putObject("rejected").putArray("violations");
            for (FieldViolation v : rejection.violations()) {
                violations.addObject().put("path", v.path()).put("line", v.line()).put("column", v.column());
            }
            records.add(record);
        }
        return records;
    }

    /** The key a record is matched by on a re-check: the application's id, or its place for an entry without one. */
    static String key(JsonNode record) {
        JsonNode id = record.get("applicationId");
        return id != null && !id.isNull() ? id.asString() : "#" + record.path("index").asInt();
    }

    /** SHA-256 of the application as Grille reads it, written canonically: spacing and field order do not change it. */
    static String inputHash(Application application) {
        return sha256(JsonCodec.standard().writeApplication(application));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static ObjectNode start(Instant recordedAt, String grilleVersion, String applicationId) {
        ObjectNode record = NODES.objectNode();
        record.put("record", FORMAT);
        record.put("run", recordedAt.toString());
        record.put("recordedAt", recordedAt.toString());
        record.put("grille", grilleVersion);
        record.put("applicationId", applicationId);
        return record;
    }

    private static ObjectNode catalog(CatalogInfo catalog) {
        return NODES.objectNode().put("id", catalog.id()).put("version", catalog.version()).put("fingerprint", catalog.fingerprint());
    }

    private static ObjectNode assessment(Assessment a) {
        ObjectNode node = NODES.objectNode();
        node.put("eligible", a.eligible());
        node.put("fundable", a.fundable());
        node.put("total", a.total());
        ArrayNode gates = node.putArray("failedGates");
        for (GateFailure g : a.failedGates()) {
            gates.addObject().put("gate", g.gate()).put("rule", g.rule()).put("file", g.file()).put("line", g.line())
                    .put("reasonKey", g.reasonKey());
        }
        ObjectNode criteria = node.putObject("criterionScores");
        a.criterionScores().forEach((criterion, points) -> criteria.put(criterion.id(), points));
        ObjectNode objectives = node.putObject("objectiveScores");
        a.objectiveScores().forEach((objective, points) -> objectives.put(objective.id(), points));
        ArrayNode contributions = node.putArray("contributions");
        for (Contribution c : a.contributions()) {
            ObjectNode entry = contributions.addObject().put("rule", c.rule()).put("file", c.file()).put("line", c.line())
                    .put("criterion", c.criterion().id());
            entry.put("objective", c.objective() == null ? null : c.objective().id());
            entry.put("points", c.points()).put("counted", c.counted()).put("reasonKey", c.reasonKey());
        }
        return node;
    }

    /** The reviews counted and excluded for one application, and the final score they give. */
    private static ObjectNode reviews(String applicationId, CommitteeScores scores, List<Review> reviews) {
        ObjectNode node = NODES.objectNode();
        java.util.Set<Review> excluded = new java.util.HashSet<>();
        ArrayNode out = node.putArray("excluded");
        for (ExcludedReview x : scores.excluded()) {
            if (x.review().applicationId().equals(applicationId)) {
                excluded.add(x.review());
                out.addObject().put("reviewer", x.review().reviewer()).put("criterion", x.review().criterion().id())
                        .put("score", x.review().score()).put("link", x.conflict().link().name()).put("found", x.conflict().found());
            }
        }
        ArrayNode used = node.putArray("used");
        for (Review r : reviews) {
            if (r.applicationId().equals(applicationId) && !excluded.contains(r)) {
                used.addObject().put("reviewer", r.reviewer()).put("criterion", r.criterion().id()).put("score", r.score());
            }
        }
        FinalScore score = scores.of(applicationId);
        if (score != null) {
            node.put("finalScore", score.score());
            node.put("calibratedScore", score.calibratedScore());
            ArrayNode flags = node.putArray("flags");
            score.flags().forEach(f -> flags.add(String.valueOf(f)));
        }
        return node;
    }

    private static ObjectNode committee(CommitteeDecision d) {
        ObjectNode node = NODES.objectNode().put("decision", d.kind().name()).put("reason", d.reason()).put("author", d.author());
        node.put("date", d.date() == null ? null : d.date().toString());
        return node;
    }

    private static ObjectNode plan(FundingPlan plan, CallPlan call) {
        ObjectNode node = NODES.objectNode();
        node.put("policy", plan.policy().name());
        node.put("tieBreakSeed", plan.tieBreakSeed());
        node.put("timeLimitSeconds", call.planner().timeLimit().toNanos() / 1e9);
        node.put("optimality", plan.optimality().status().name());
        ArrayNode envelope = node.putArray("envelopePerYear");
        plan.envelopePerYear().forEach(envelope::add);
        node.put("committeeDecisions", plan.committeeDecisions().size());
        return node;
    }

    private static ObjectNode decision(FundingDecision d, FundingPlan plan) {
        ObjectNode node = NODES.objectNode();
        node.put("reason", d.reason().name());
        node.put("funded", d.funded());
        node.put("rank", d.rank());
        node.put("tieBreakKey", d.tieBreakKey());
        ArrayNode requested = node.putArray("requested");
        d.requested().forEach(requested::add);
        ArrayNode granted = node.putArray("granted");
        d.granted().forEach(granted::add);
        plan.departures().stream().filter(x -> x.applicationId().equals(d.applicationId())).findFirst().ifPresent(x ->
                node.putObject("departure").put("byRules", x.byRules().name()).put("decided", x.decided().name())
                        .put("byCommittee", x.direct()));
        return node;
    }
}
