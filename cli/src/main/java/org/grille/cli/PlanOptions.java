package org.grille.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.grille.api.ApplicationBatch;
import org.grille.api.Scorer;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.CommitteeDecision;
import picocli.CommandLine.Option;

/**
 * The funding plan's options ({@code --policy}, {@code --time-limit}, {@code --decisions}), shared by the commands that
 * make a plan, so that {@code allocate}, {@code record} and {@code publish} make the same plan from the same call.
 */
final class PlanOptions {

    @Option(names = "--policy", defaultValue = "rank",
            description = "rank (ordre de rang, défaut) ou max-score (note totale maximale).",
            converter = AllocateCommand.PolicyConverter.class)
    AllocateCommand.Policy policy;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Limite de travail du solveur max-score, en secondes déterministes : le même plan sur tout ordinateur "
                    + "(défaut : celle du manifeste, 10) / max-score solver work limit, in deterministic seconds.")
    Double timeLimit;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = {"Décisions du comité (CSV ou JSON : applicationId,decision,reason,author,date) ; le plan est fait autour.",
                    "The committee's decisions (CSV or JSON); the plan is made around them."})
    Path decisionsFile;

    /** Refuses a time limit outside (0, 3600] seconds before anything is read. */
    void check(Text text) {
        if (timeLimit != null && !(timeLimit > 0 && timeLimit <= 3600)) {
            throw new UsageException(text.get("error.timeLimit", timeLimit));
        }
    }

    AllocationPolicy policy() {
        return policy == AllocateCommand.Policy.max_score ? AllocationPolicy.MAX_SCORE : AllocationPolicy.RANK_ORDER;
    }

    /** The committee's decisions, read and checked before anything is scored; none without {@code --decisions}. */
    List<CommitteeDecision> decisions(Text text) throws IOException {
        return decisionsFile == null ? List.of() : DecisionsFile.read(decisionsFile, text);
    }

    /** Scores the batch once and plans from the assessments, around the committee's decisions. */
    CallPlan plan(Scorer scorer, ApplicationBatch batch, List<CommitteeDecision> decisions, Text text) {
        Duration limit = timeLimit == null ? null : Duration.ofNanos(Math.max(1, Math.round(timeLimit * 1e9)));
        return CallPlan.of(scorer, batch, policy(), limit, decisions, text);
    }
}
