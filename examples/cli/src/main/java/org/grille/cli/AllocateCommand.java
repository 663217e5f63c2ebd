package org.grille.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.grille.api.ApplicationBatch;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Objective;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** {@code grille allocate FILE.json}: the funding plan, with a decision and its reason for every application. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Répartit l'enveloppe entre les demandes / allocates the envelope among the applications.")
final class AllocateCommand implements Callable<Integer> {

    enum Policy { rank, max_score }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--policy", defaultValue = "rank",
            description = "rank (ordre de rang, défaut) ou max-score (note totale maximale).", converter = PolicyConverter.class)
    Policy policy;

    @Option(names = "--format", defaultValue = "table", description = "table (défaut), json ou csv.")
    ScoreReport.Format format;

    @Override
    public Integer call() throws Exception {
        Scorer scorer = common.scorer();
        ApplicationBatch batch = common.read(input);
        FundingPlan plan = scorer.plan(batch.applications(),
                policy == Policy.max_score ? AllocationPolicy.MAX_SCORE : AllocationPolicy.RANK_ORDER);
        List<Rejection> rejections = new ArrayList<>(batch.rejections());
        rejections.addAll(plan.rejections());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(plan, rejections, common.text(), out);
            case json -> JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                    .build().writeValue(out, plan);
            case csv -> csv(plan, out);
        }
        out.flush();
        if (plan.decisions().isEmpty()) {
            return Grille.EXIT_NOTHING_USABLE;
        }
        return rejections.isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    static void table(FundingPlan plan, List<Rejection> rejections, Text text, PrintWriter out) {
        out.println(text.get("allocate.header", text.get("policy." + plan.policy().name()), plan.catalog().id(),
                plan.catalog().version(), plan.tieBreakSeed()));
        out.println();
        TextTable years = new TextTable(List.of(text.get("col.year"), text.get("col.envelope"), text.get("col.granted"),
                text.get("col.left")), true, true, true, true);
        for (int year = 0; year < plan.envelopePerYear().size(); year++) {
            years.row(List.of(String.valueOf(year + 1), money(plan.envelopePerYear().get(year)),
                    money(plan.grantedPerYear().get(year)), money(plan.leftPerYear().get(year))));
        }
        years.row(List.of(text.get("explain.total"), money(plan.envelopePerYear().stream().mapToLong(Long::longValue).sum()),
                money(plan.totalGranted()), money(plan.leftPerYear().stream().mapToLong(Long::longValue).sum())));
        years.print(out);
        out.println();

        List<FundingDecision> funded = plan.decisions().stream().filter(FundingDecision::funded).toList();
        out.println(text.get("allocate.funded", funded.size(), money(plan.totalGranted()), plan.fundedScore()));
        TextTable fundedTable = new TextTable(List.of(text.get("col.rank"), text.get("col.application"), text.get("col.total"),
                text.get("col.objective"), text.get("col.perYear"), text.get("col.granted"), text.get("col.decision")),
                true, false, true, false, false, true, false);
        for (FundingDecision d : funded) {
            fundedTable.row(List.of(String.valueOf(d.rank()), d.applicationId(), String.valueOf(d.total()),
                    text.get("objective.short." + d.objective().name()),
                    d.granted().stream().map(AllocateCommand::money).collect(Collectors.joining(" + ")),
                    money(d.totalGranted()), d.reason().name()));
        }
        fundedTable.print(out);
        out.println();

        List<FundingDecision> notFunded = plan.decisions().stream().filter(d -> !d.funded()).toList();
        out.println(text.get("allocate.notFunded", notFunded.size()));
        TextTable others = new TextTable(List.of(text.get("col.application"), text.get("col.total"), text.get("col.decision"),
                text.get("col.reason")), false, true, false, false);
        for (FundingDecision d : notFunded) {
            others.row(List.of(d.applicationId(), String.valueOf(d.total()), d.reason().name(), d.explanation()));
        }
        others.print(out);
        out.println();
        TextTable objectives = new TextTable(List.of(text.get("col.objective"), text.get("col.granted")), false, true);
        for (Objective objective : Objective.values()) {
            objectives.row(List.of(objective.name(), money(plan.grantedPerObjective().get(objective))));
        }
        objectives.print(out);
        if (!rejections.isEmpty()) {
            out.println();
            out.println(text.get("score.rejected", rejections.size()));
            rejections.forEach(r -> out.println("  #" + r.index() + " " + r.applicationId() + " — " + r.message()));
        }
        out.println();
        out.println(text.get("allocate.footer"));
    }

    private static void csv(FundingPlan plan, PrintWriter out) {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true)
                .addColumn("applicationId").addColumn("rank").addColumn("total").addColumn("objective")
                .addColumn("requested").addColumn("granted").addColumn("totalGranted").addColumn("decision")
                .addColumn("tieBreakKey").addColumn("explanation").build();
        List<List<String>> rows = new ArrayList<>();
        for (FundingDecision d : plan.decisions()) {
            rows.add(List.of(d.applicationId(), String.valueOf(d.rank()), String.valueOf(d.total()), d.objective().name(),
                    d.requested().stream().map(String::valueOf).collect(Collectors.joining(";")),
                    d.granted().stream().map(String::valueOf).collect(Collectors.joining(";")),
                    String.valueOf(d.totalGranted()), d.reason().name(), d.tieBreakKey(), d.explanation()));
        }
        CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build().writer(schema).writeValue(out, rows);
    }

    static String money(long dollars) {
        return String.format(java.util.Locale.ROOT, "%,d $", dollars).replace(',', ' ');
    }

    /** Accepts "max-score" as well as "max_score". */
    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<Policy> {
        @Override
        public Policy convert(String value) {
            return Policy.valueOf(value.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
