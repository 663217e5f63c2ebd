package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.CommitteeDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code grille recheck RECORDS FILE.json}: makes the last run of a register again from the applications and the
 * catalog, and says for each record that it is reproduced or what differs. The policy, the solver's limit and the
 * committee's decisions come from the records themselves.
 */
@Command(name = "recheck", mixinStandardHelpOptions = true,
        description = {"Refait les décisions d'un registre et dit, pour chacune, qu'elle est reproduite ou ce qui diffère.",
                "Makes a register's decisions again and says, for each, that it is reproduced or what differs."},
        footer = "Code de sortie / exit code: 0 = tout est reproduit / all reproduced, 1 = une différence / a difference.")
final class RecheckCommand implements Callable<Integer> {

    /** Differences listed per record before the rest are counted: the first ones say enough to start looking. */
    static final int SHOWN_PER_RECORD = 8;

    private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Mixin
    ReviewOptions reviewOptions;

    @Parameters(index = "0", paramLabel = "RECORDS.jsonl", description = "Registre / the register.")
    Path records;

    @Parameters(index = "1", paramLabel = "FILE.json", description = "Les demandes du registre / the register's applications.")
    Path input;

    @Override
    public Integer call() throws Exception {
        Text text = common.text();
        common.requireInputFile(records);
        List<RecordsFile.Line> lines = RecordsFile.read(records, text);
        PrintWriter out = spec.commandLine().getOut();
        int broken = RecordsFile.brokenAt(lines);
        List<RecordsFile.Line> runLines = RecordsFile.lastRun(lines);
        if (runLines.isEmpty()) {
            throw new UsageException(text.get("records.empty", records));
        }
        List<JsonNode> run = runLines.stream().map(RecordsFile.Line::record).toList();
        // The run's settings are read back from what a hand may have changed: each must read, or the line is named.
        RecordsFile.Line first = runLines.get(0);
        RecordsFile.Line planLine = runLines.stream().filter(l -> l.record().has("plan")).findFirst().orElse(null);
        AllocationPolicy policy = planLine == null ? AllocationPolicy.RANK_ORDER
                : field(planLine, "plan.policy", text, () -> AllocationPolicy.valueOf(planLine.record().path("plan").path("policy").asString()));
        Duration limit = planLine == null ? null : field(planLine, "plan.timeLimitSeconds", text, () -> {
            double seconds = planLine.record().path("plan").path("timeLimitSeconds").asDouble();
            if (!(seconds > 0 && seconds <= 3600)) {
                throw new IllegalArgumentException("out of range");
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        });
        Instant recordedAt = field(first, "recordedAt", text, () -> Instant.parse(first.record().path("recordedAt").asString()));
        List<CommitteeDecision> decisions = new ArrayList<>();
        for (RecordsFile.Line line : runLines) {
            JsonNode c = line.record().get("committee");
            if (c != null) {
                decisions.add(field(line, "committee", text, () -> committee(line.record(), c)));
            }
        }
        org.grille.api.Scorer scorer = common.scorer();
        CallPlan call = CallPlan.of(scorer, common.read(input), policy, limit, decisions, text);
        ReviewedRun reviews = reviewOptions.read(scorer, call.batch().applications(), common);
        Map<String, JsonNode> now = new LinkedHashMap<>();
        List<ObjectNode> made = reviews == null ? DecisionRecord.of(call, recordedAt, "")
                : DecisionRecord.of(call, recordedAt, "", reviews.combine(call.scored().assessments()), reviews.reviews().reviews());
        for (ObjectNode record : made) {
            // through text, as the register was read: a number is then the same kind of node on both sides
            now.put(DecisionRecord.key(record), JSON.readTree(JSON.writeValueAsString(record)));
        }

        out.println(text.get("recheck.header", records, run.size(), recordedAt));
        out.println(broken == 0 ? text.get("recheck.chainWhole", lines.size()) : text.get("recheck.chainBroken", broken));
        int differing = 0;
        for (JsonNode recorded : run) {
            String key = DecisionRecord.key(recorded);
            JsonNode again = now.remove(key);
            List<String> differences = new ArrayList<>();
            if (again == null) {
                differences.add(text.get("recheck.missing"));
            } else {
                compare("", recorded, again, differences);
            }
            if (!differences.isEmpty()) {
                differing++;
                out.println(text.get("recheck.differs", TerminalText.visible(key), differences.size()));
                differences.stream().limit(SHOWN_PER_RECORD).forEach(d -> out.println("    " + d));
            }
        }
        for (String extra : now.keySet()) {
            differing++;
            out.println(text.get("recheck.unrecorded", TerminalText.visible(extra)));
        }
        out.println(differing == 0 && broken == 0
                ? text.get("recheck.reproduced", run.size())
                : text.get("recheck.summary", differing, run.size()));
        out.flush();
        return differing == 0 && broken == 0 ? Grille.EXIT_OK : 1;
    }

    /** The committee's decision as a record kept it. */
    private static CommitteeDecision committee(JsonNode record, JsonNode c) {
        JsonNode date = c.get("date");
        return new CommitteeDecision(record.path("applicationId").asString(),
                CommitteeDecision.Kind.valueOf(c.path("decision").asString()), c.path("reason").asString(),
                c.path("author").asString(), date == null || date.isNull() ? null : LocalDate.parse(date.asString()));
    }

    /** A field of the register read back, or a usage error naming its line and field when it no longer reads. */
    private <T> T field(RecordsFile.Line line, String name, Text text, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            throw new UsageException(text.get("records.field", records, line.number(), name));
        }
    }

    /** Every path where the two records differ, the circumstances of writing left out. */
    private static void compare(String path, JsonNode recorded, JsonNode again, List<String> differences) {
        if (recorded.isObject() && again.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            recorded.propertyNames().forEach(names::add);
            again.propertyNames().forEach(names::add);
            for (String name : names) {
                if (path.isEmpty() && DecisionRecord.CIRCUMSTANCES.contains(name)) {
                    continue;
                }
                compare(path.isEmpty() ? name : path + "." + name, recorded.path(name), again.path(name), differences);
            }
        } else if (recorded.isArray() && again.isArray() && recorded.size() == again.size()) {
            for (int i = 0; i < recorded.size(); i++) {
                compare(path + "[" + i + "]", recorded.get(i), again.get(i), differences);
            }
        } else if (!recorded.equals(again)) {
            differences.add(TerminalText.visible(path + ": " + shown(recorded) + " → " + shown(again)));
        }
    }

    private static String shown(JsonNode node) {
        String text = node.isMissingNode() ? "—" : node.toString();
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
