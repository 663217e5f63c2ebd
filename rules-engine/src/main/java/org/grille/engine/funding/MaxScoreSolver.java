package org.grille.engine.funding;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The max-score plan as an integer program solved by Google's CP-SAT: one yes/no variable per fundable application,
 * one envelope constraint per program year, and three objectives in turn, each solved to proof before the next:
 *
 * <ol>
 *   <li>the highest total score of the funded applications;</li>
 *   <li>among plans of that score, the highest sum of rank weights ({@code n - position} in the ranking by score, then
 *       by the published tie-break key), so better-ranked applications win ties;</li>
 *   <li>among plans equal on both, the one that funds the better-ranked application at the first place where they
 *       differ (checked one application at a time, only when step 2 left more than one plan).</li>
 * </ol>
 *
 * <p>Steps 1 and 2 are one solve of the objective {@code score × (1 + max rank weight) + rank weight}, exact in 64-bit
 * integers for any call size Grille meets (100 points × 1 000 applications × 500 501 is far below 2^63).
 *
 * <p>So the plan is unique: no solver accident, thread count or machine chooses among equal plans. The solver runs on
 * one worker with a fixed seed. Candidates must be given in ranking order (best first). Not thread-confined: every call
 * builds its own models.
 */
final class MaxScoreSolver {

    private static final int SEED = 20_27;

    private final List<Candidate> ranked;
    private final long[][] requests;
    private final long[] envelope;
    private final BitSet neverFits = new BitSet();
    private final int n;

    /** The outcome of one solve: who is funded, what was proven, the bound on the score. */
    /**
     * @param wallClockCut true when the safety limit on wall-clock time, not the work limit, stopped the search: only
     *                     then may another machine, or a busier one, find another plan
     */
    record Result(BitSet funded, Stage stage, int score, int bound, long millis, boolean wallClockCut) {
    }

    /** How many times the work limit the search may take in wall-clock time before it is cut anyway. */
    static final int WALL_CLOCK_FACTOR = 20;

    /**
     * The solver's budget: deterministic time (the solver's count of work done, the same on every machine and at any
     * load, with one worker and a fixed seed) shared by every step of a solve, and a wall-clock safety limit.
     */
    private static final class Budget {
        private double work;
        private final long wallDeadline;
        private boolean wallClockCut;

        Budget(Duration limit) {
            this.work = limit.toNanos() / 1e9;
            this.wallDeadline = System.nanoTime() + limit.toNanos() * WALL_CLOCK_FACTOR;
        }

        boolean spent() {
            return work <= 0 || System.nanoTime() >= wallDeadline;
        }

        CpSolver solver() {
            CpSolver solver = new CpSolver();
            double wall = Math.max(0.001, (wallDeadline - System.nanoTime()) / 1e9);
            solver.getParameters().setMaxDeterministicTime(Math.max(0.0001, work)).setMaxTimeInSeconds(wall)
                    .setNumWorkers(1).setRandomSeed(SEED).setLogSearchProgress(false);
            return solver;
        }

        /** Counts the work of a solve that ended with {@code status}. */
        void charge(CpSolver solver, CpSolverStatus status) {
            work -= solver.response().getDeterministicTime();
            boolean finished = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE;
            if (!finished && work > 0 && System.nanoTime() >= wallDeadline - 1_000_000) {
                wallClockCut = true;
            }
        }
    }

    /** How far the solve got before its time ran out. */
    enum Stage { SCORE_UNPROVEN, SCORE_PROVEN, TIES_BROKEN }

    MaxScoreSolver(List<Candidate> ranked, List<Long> envelopePerYear) {
        NativeSolver.load();
        this.ranked = List.copyOf(ranked);
        this.n = ranked.size();
        this.envelope = envelopePerYear.stream().mapToLong(Long::longValue).toArray();
        this.requests = new long[envelope.length][n];
        for (int i = 0; i < n; i++) {
            List<Long> asked = ranked.get(i).requested();
            for (int year = 0; year < asked.size(); year++) {
                if (year < envelope.length) {
                    requests[year][i] = asked.get(year);
                } else if (asked.get(year) > 0) {
                    neverFits.set(i); // asks for a year the program does not have
                }
            }
        }
    }

    /** The unique best plan, or the best found when {@code limit} runs out; {@code start} is a feasible plan to improve. */
    Result solve(BitSet start, Duration limit) {
        long began = System.nanoTime();
        Budget deadline = new Budget(limit);
        int startScore = score(start);

        // Score and rank weight in one objective: score × (1 + the largest rank weight) + rank weight, so any point of
        // score outweighs every rank weight and the optimum is the best score, then the best rank weight.
        long scale = (long) n * (n + 1) / 2 + 1;
        Model first = new Model();
        first.hint(start);
        long[] combined = new long[n];
        for (int i = 0; i < n; i++) {
            combined[i] = ranked.get(i).total() * scale + (n - i);
        }
        first.model.maximize(LinearExpr.weightedSum(first.x, combined));
        Solve s1 = first.run(deadline);
        if (s1.status != CpSolverStatus.OPTIMAL) {
            BitSet best = s1.feasible() && s1.score(this) >= startScore ? s1.plan : start;
            int bound = s1.hasBound() ? (int) Math.floor(s1.bound / scale + 1e-9) : totalScore();
            return new Result(best, Stage.SCORE_UNPROVEN, score(best), Math.max(bound, score(best)), millis(began),
                    deadline.wallClockCut);
        }
        int best = s1.score(this);
        long weight = weight(s1.plan);
        BitSet plan = s1.plan;
        Model other = tied(best, weight);
        other.differsFrom(plan);
        Solve s3 = other.run(deadline);
        if (s3.status == CpSolverStatus.INFEASIBLE) {
            return new Result(plan, Stage.TIES_BROKEN, best, best, millis(began), false);
        }
        if (s3.status != CpSolverStatus.OPTIMAL && s3.status != CpSolverStatus.FEASIBLE) {
            return new Result(plan, Stage.SCORE_PROVEN, best, best, millis(began), deadline.wallClockCut);
        }
        // Several plans are equal on score and rank weight: fund the better-ranked application first, one at a time.
        BitSet fixedIn = new BitSet();
        BitSet fixedOut = new BitSet();
        for (int i = 0; i < n; i++) {
            if (plan.get(i)) {
                fixedIn.set(i);
                continue;
            }
            Model trial = tied(best, weight);
            trial.fix(fixedIn, fixedOut);
            trial.model.addEquality(trial.x[i], 1);
            Solve s = trial.run(deadline);
            if (s.feasible()) {
                plan = s.plan;
                fixedIn.set(i);
            } else if (s.status == CpSolverStatus.INFEASIBLE) {
                fixedOut.set(i);
            } else {
                return new Result(plan, Stage.SCORE_PROVEN, best, best, millis(began), deadline.wallClockCut);
            }
        }
        return new Result(plan, Stage.TIES_BROKEN, best, best, millis(began), false);
    }

    /**
     * Every plan whose score is at least {@code minimumScore}, up to {@code limit} of them; the list is complete when
     * shorter than {@code limit} and the time did not run out ({@link Enumeration#complete()}).
     */
    Enumeration plansScoringAtLeast(int minimumScore, int limit, Duration time) {
        Model m = new Model();
        m.model.addGreaterOrEqual(LinearExpr.weightedSum(m.x, scores()), minimumScore);
        Budget budget = new Budget(time);
        CpSolver solver = budget.solver();
        solver.getParameters().setEnumerateAllSolutions(true);
        List<BitSet> plans = new ArrayList<>();
        CpSolverSolutionCallback collect = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                BitSet plan = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    if (booleanValue(m.x[i])) {
                        plan.set(i);
                    }
                }
                plans.add(plan);
                if (plans.size() >= limit) {
                    stopSearch();
                }
            }
        };
        CpSolverStatus status = solver.solve(m.model, collect);
        boolean complete = plans.size() < limit && (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE);
        return new Enumeration(plans, complete);
    }

    /** Plans found by {@link #plansScoringAtLeast}. */
    record Enumeration(List<BitSet> plans, boolean complete) {
    }

    int score(BitSet plan) {
        return plan.stream().map(i -> ranked.get(i).total()).sum();
    }

    private long weight(BitSet plan) {
        return plan.stream().mapToLong(i -> n - i).sum();
    }

    private int totalScore() {
        return ranked.stream().mapToInt(Candidate::total).sum();
    }

    private long[] scores() {
        return ranked.stream().mapToLong(Candidate::total).toArray();
    }

    private long[] rankWeights() {
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = n - i;
        }
        return w;
    }

    private Model tied(int score, long weight) {
        Model m = new Model();
        m.model.addEquality(LinearExpr.weightedSum(m.x, scores()), score);
        m.model.addEquality(LinearExpr.weightedSum(m.x, rankWeights()), weight);
        return m;
    }

    private static long millis(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }

    /** The variables and envelope constraints every step shares. */
    private final class Model {
        final CpModel model = new CpModel();
        final BoolVar[] x = new BoolVar[n];

        Model() {
            for (int i = 0; i < n; i++) {
                x[i] = model.newBoolVar(ranked.get(i).id());
            }
            for (int year = 0; year < envelope.length; year++) {
                model.addLessOrEqual(LinearExpr.weightedSum(x, requests[year]), envelope[year]);
            }
            neverFits.stream().forEach(i -> model.addEquality(x[i], 0));
        }

        void hint(BitSet plan) {
            for (int i = 0; i < n; i++) {
                model.addHint(x[i], plan.get(i) ? 1 : 0);
            }
        }

        void fix(BitSet in, BitSet out) {
            in.stream().forEach(i -> model.addEquality(x[i], 1));
            out.stream().forEach(i -> model.addEquality(x[i], 0));
        }

        /** At least one variable differs from {@code plan}. */
        void differsFrom(BitSet plan) {
            long[] coefficients = new long[n];
            for (int i = 0; i < n; i++) {
                coefficients[i] = plan.get(i) ? -1 : 1;
            }
            model.addGreaterOrEqual(LinearExpr.weightedSum(x, coefficients), 1 - plan.cardinality());
        }

        Solve run(Budget budget) {
            if (budget.spent()) {
                return new Solve(CpSolverStatus.UNKNOWN, null, Double.NaN);
            }
            CpSolver solver = budget.solver();
            CpSolverStatus status = solver.solve(model);
            budget.charge(solver, status);
            BitSet plan = null;
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                plan = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    if (solver.booleanValue(x[i])) {
                        plan.set(i);
                    }
                }
            }
            double bound = model.getBuilder().hasObjective() ? solver.bestObjectiveBound() : Double.NaN;
            return new Solve(status, plan, bound);
        }
    }

    private record Solve(CpSolverStatus status, BitSet plan, double bound) {
        boolean feasible() {
            return plan != null;
        }

        boolean hasBound() {
            return !Double.isNaN(bound) && !Double.isInfinite(bound);
        }

        int score(MaxScoreSolver solver) {
            return solver.score(plan);
        }
    }

    /** Loads OR-Tools' native library once, and says plainly when this platform has none. */
    static final class NativeSolver {
        private static volatile boolean loaded;

        private NativeSolver() {
        }

        static synchronized void load() {
            if (loaded) {
                return;
            }
            try {
                Loader.loadNativeLibraries();
                loaded = true;
            } catch (RuntimeException | LinkageError e) {
                throw new SolverUnavailableException(e);
            }
        }
    }

    /** The solver's native library could not be loaded on this platform. */
    static final class SolverUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SolverUnavailableException(Throwable cause) {
            super("OR-Tools native library could not be loaded: " + cause, cause);
        }
    }
}
