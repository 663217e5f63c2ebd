package org.grille.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grille.api.CatalogInfo;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingPlan;
import org.grille.engine.funding.Allocator;
import org.grille.engine.funding.Candidate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Plain timed comparison of the two solver libraries on the same generated calls ({@link Calls}), whole plans:
 *
 * <ul>
 *   <li>rank order ({@code Allocator}, no search): the baseline of the same run;</li>
 *   <li>CP-SAT (OR-Tools 9.12) as Grille runs it: {@code Allocator} with {@code MAX_SCORE}, i.e. the best score, then
 *       the two tie-break objectives, then the decisions and their explanations;</li>
 *   <li>ojAlgo 55.0.0's MIP solver on the first objective only (the best score), with the same time limit.</li>
 * </ul>
 *
 * <p>Each call is solved {@code repeats} times after one warm-up; the median is printed. Usage:
 * {@code java -cp benchmarks.jar org.grille.benchmarks.SolverComparison [applications=1000] [calls=3] [repeats=5] [limitSeconds=20] [cp-sat-only]}
 */
public final class SolverComparison {

    /** The process's CPU time (every thread, the solver's native ones too): a figure the machine's load barely inflates. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static final CatalogInfo CATALOG = new CatalogInfo("montreal-inclusive", "bench", "0".repeat(64), PlainJavaRubric.rubric());

    private SolverComparison() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double limit = args.length > 3 ? Double.parseDouble(args[3]) : 20;
        boolean withOjAlgo = args.length <= 4 || !args[4].equals("cp-sat-only");
        Allocator allocator = Calls.allocator(limit);

        long load = System.nanoTime();
        allocator.plan(Calls.generate(0, 10), List.of(), AllocationPolicy.MAX_SCORE, CATALOG);
        System.out.printf("CP-SAT native library loaded and first tiny plan in %.0f ms%n", (System.nanoTime() - load) / 1e6);
        System.out.printf("%d fundable applications per call, envelope %s, time limit %.0f s, median of %d runs%n%n",
                n, Calls.ENVELOPE, limit, repeats);
        System.out.printf("load average at start: %.2f on %d cores%n%n", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.println("call  rank order ms  score | CP-SAT ms  CPU ms  score  status                   | ojAlgo ms  score  bound  state");
        for (long seed = 1; seed <= calls; seed++) {
            List<Candidate> call = Calls.generate(seed, n);
            double[] rank = new double[repeats];
            double[] sat = new double[repeats];
            double[] satCpu = new double[repeats];
            FundingPlan rankPlan = null;
            FundingPlan satPlan = null;
            allocator.plan(call, List.of(), AllocationPolicy.MAX_SCORE, CATALOG); // warm-up
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                rankPlan = allocator.plan(call, List.of(), AllocationPolicy.RANK_ORDER, CATALOG);
                long t1 = System.nanoTime();
                long c1 = CPU.getProcessCpuTime();
                satPlan = allocator.plan(call, List.of(), AllocationPolicy.MAX_SCORE, CATALOG);
                long t2 = System.nanoTime();
                satCpu[r] = (CPU.getProcessCpuTime() - c1) / 1e6;
                rank[r] = (t1 - t0) / 1e6;
                sat[r] = (t2 - t1) / 1e6;
            }
            OjAlgoResult oj = withOjAlgo ? ojAlgo(call, limit) : new OjAlgoResult(0, 0, 0, null);
            System.out.printf("%4d  %13.1f  %5d | %9.0f  %6.0f  %5d  %-24s | %9.0f  %5.0f  %5.0f  %s%n", seed, median(rank),
                    rankPlan.fundedScore(), median(sat), median(satCpu), satPlan.fundedScore(), satPlan.optimality().status(),
                    oj.millis, oj.score, oj.bound, oj.state);
        }
    }

    private record OjAlgoResult(double millis, double score, double bound, Optimisation.State state) {
    }

    /** The best score alone, as a 0/1 MIP: one binary per application, one constraint per year. */
    private static OjAlgoResult ojAlgo(List<Candidate> call, double limitSeconds) {
        long t0 = System.nanoTime();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<Variable> x = new ArrayList<>();
        for (Candidate c : call) {
            x.add(model.addVariable(c.id()).binary().weight(c.total()));
        }
        for (int year = 0; year < Calls.ENVELOPE.size(); year++) {
            Expression envelope = model.addExpression("year" + (year + 1)).upper(Calls.ENVELOPE.get(year));
            for (int i = 0; i < call.size(); i++) {
                List<Long> asked = call.get(i).requested();
                if (year < asked.size() && asked.get(year) > 0) {
                    envelope.set(x.get(i), asked.get(year));
                }
            }
        }
        model.options.time_abort = (long) (limitSeconds * 1000);
        Optimisation.Result result = model.maximise();
        double millis = (System.nanoTime() - t0) / 1e6;
        // ojAlgo reports no bound on an aborted search: the LP relaxation bounds it from above.
        ExpressionsBasedModel relaxed = model.copy(false, true);
        relaxed.relax();
        double bound = relaxed.maximise().getValue();
        return new OjAlgoResult(millis, result.getValue(), Math.floor(bound + 1e-6), result.getState());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
