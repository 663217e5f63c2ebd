package org.grille.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grille.api.Scorer;
import org.grille.api.application.Activity;
import org.grille.api.application.Application;
import org.grille.api.application.Outcome;
import org.grille.api.application.Project;

/**
 * The most a catalog can cost per application once the bounds of the rule checker hold (issue 27): the bundled catalog
 * plus 18 rules that each join every activity with every outcome (80 200 evaluations each by the estimate, 1 443 600 in
 * all, just under the catalog bound of 1 500 000), scored on one application with 200 activities and 200 outcomes, the
 * most the validator accepts. The baseline is the bundled catalog from a folder, on the same application, timed in turn
 * in the same JVM:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.grille.benchmarks.WorstCaseCatalog [ROUNDS]     (from the project root)
 * </pre>
 */
public final class WorstCaseCatalog {

    static final int COSTLY_RULES = 18;
    /** The whole bundled catalog, scenarios and partnership files included: what a directory scorer validates. */
    private static final Path CATALOG = Path.of("rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");

    private WorstCaseCatalog() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path baselineDir = copy();
        Path worstDir = copy();
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < COSTLY_RULES; i++) {
            rules.append("\nrule \"Coût maximal ").append(i).append("\"\n")
                    .append("    @criterion(IMPACT_DESIGN) @points(1) @reason(\"quality.impact.activities\")\nwhen\n")
                    .append("    Activity( sessions != null, $s").append(i).append(" : sessions )\n")
                    .append("    Outcome( target != null, target < $s").append(i).append(" - 100000 )\nthen\nend\n");
        }
        Files.writeString(worstDir.resolve("quality.drl"), rules, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Application application = widest(Samples.generate(1).get(0));
        try (Scorer baseline = Scorer.builder().catalogDirectory(baselineDir).build();
             Scorer worst = Scorer.builder().catalogDirectory(worstDir).build()) {
            long[] base = new long[rounds];
            long[] costly = new long[rounds];
            double[] ratios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                base[i] = time(baseline, application);
                costly[i] = time(worst, application);
                ratios[i] = (double) costly[i] / base[i];
            }
            System.out.printf("first call (cold): worst %d µs, baseline %d µs%n", costly[0], base[0]);
            Arrays.sort(base);
            Arrays.sort(costly);
            Arrays.sort(ratios);
            System.out.printf("%d rounds, in turn; worst: min %d µs, median %d µs; baseline: min %d µs, median %d µs;"
                    + " worst ÷ baseline, round by round: median %.1f%n", rounds, costly[0], costly[rounds / 2], base[0],
                    base[rounds / 2], ratios[rounds / 2]);
        } finally {
            BundledFiles.delete(baselineDir);
            BundledFiles.delete(worstDir);
        }
    }

    private static Path copy() throws IOException {
        Path target = Files.createTempDirectory("grille-worst-");
        try (var files = Files.walk(CATALOG)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(CATALOG.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }

    private static long time(Scorer scorer, Application application) {
        long started = System.nanoTime();
        scorer.assess(application);
        return (System.nanoTime() - started) / 1_000;
    }

    /** The application with 200 activities and 200 outcomes, copies of its own. */
    private static Application widest(Application application) {
        Project p = application.project();
        List<Activity> activities = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            activities.add(p.activities().get(i % p.activities().size()));
            outcomes.add(p.outcomes().get(i % p.outcomes().size()));
        }
        Project wide = new Project(p.title(), p.summary(), p.primaryObjective(), p.objectives(), p.targetGroups(),
                p.boroughsServed(), p.start(), p.end(), p.expectedParticipants(), p.needEvidence(),
                p.participantsInvolvedInDesign(), p.theoryOfChange(), activities, outcomes, p.evaluationPlan(),
                p.trainingModulesCompleted(), p.coCreationWorkshopAttended());
        return new Application(application.id(), application.language(), application.organization(), wide,
                application.budget(), application.partners(), application.leadership());
    }
}
