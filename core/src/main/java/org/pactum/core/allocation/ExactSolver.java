package org.pactum.core.allocation;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact integer program for small and medium instances (thousands of households by tens of
 * destinations), solved with SCIP through OR-Tools on the pairs that reduced-cost fixing cannot rule
 * out.
 *
 * <ol>
 *   <li>The {@link PriceSolver} finds good prices and a feasible allocation (the incumbent, of value
 *   {@code z}).</li>
 *   <li>The linear relaxation is solved exactly by column generation with GLOP
 *   ({@code LinearRelaxation}); at its dual prices the Lagrangian value {@code L} equals the LP
 *   optimum, an upper bound on every allocation.</li>
 *   <li>For household {@code i} and destination {@code d}, {@code δ(i, d)} is how much less its
 *   reduced value there is than at its best destination at those prices. Any allocation that puts
 *   {@code i} at {@code d} is worth at most {@code L − δ(i, d)} (weak duality). The core keeps the
 *   pairs with {@code δ(i, d) ≤ t} (and the incumbent's), starting from a small {@code t}.</li>
 *   <li>SCIP solves the integer program on the core, from the incumbent, to a relative gap of
 *   {@value #RELATIVE_GAP}. Its optimum {@code z'} is optimal for the whole instance as soon as
 *   {@code L − t ≤ z'}: no pair left out can then do better. Otherwise {@code t} grows to
 *   {@code L − z'} and the core is solved again.</li>
 * </ol>
 *
 * The result is proven optimal ({@link Result#optimal()}) when SCIP proves its core optimal and no
 * pair left out can do better; with the time limit reached first, the best allocation is returned
 * with its proven bound: the larger of SCIP's bound on the core and {@code L − t}.
 */
public final class ExactSolver {

    /** The allocation (its upper bound is the LP bound), the proven bound of the integer program, whether optimality was proven, and the pairs left after fixing. */
    public record Result(Allocation allocation, double lpBound, double mipBound, boolean optimal, int coreVariables) {
    }

    /** SCIP stops when its allocation is within this share of its bound. */
    static final double RELATIVE_GAP = 1e-7;

    /** The first core keeps the pairs within this share of the LP bound of their household's best. */
    private static final double FIRST_SLACK = 2e-5;

    private final long timeLimitMillis;

    public ExactSolver(long timeLimitMillis) {
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("the time limit must be positive, was " + timeLimitMillis);
        }
        this.timeLimitMillis = timeLimitMillis;
    }

    public Result solve(Instance instance) {
        long start = System.nanoTime();
        long deadline = start + timeLimitMillis * 1_000_000L;
        Diagnosis.requireNoObviousInfeasibility(instance);
        MipModel.loadNativeLibraries();
        int n = instance.households();
        int m = instance.destinations();
        Prices prices = new Prices(instance, 1);
        int[] incumbent = null;
        try {
            PriceSolver.Result priced = new PriceSolver(new PriceSolver.Settings(1e-5, 200, Math.max(1, timeLimitMillis / 4), 1)).solve(instance);
            System.arraycopy(priced.personPrice(), 0, prices.pi, 0, m);
            System.arraycopy(priced.servicePrice(), 0, prices.mu, 0, prices.mu.length);
            incumbent = priced.allocation().destinationOf();
        } catch (InfeasibleInstanceException heuristicFailed) {
            // no incumbent: the integer program below decides, on every pair
        }
        LinearRelaxation.Solution lp = incumbent == null ? new LinearRelaxation.Solution(prices.evaluate(), null)
                : LinearRelaxation.solve(prices, incumbent, deadline);
        double lagrangian = lp.bound();
        trace(start, "prices and LP: incumbent %.4f, LP bound %.4f", incumbent == null ? Double.NaN : Allocation.objectiveOf(instance, incumbent), lagrangian);
        double incumbentValue = incumbent == null ? Double.NEGATIVE_INFINITY : Allocation.objectiveOf(instance, incumbent);
        // reduced-cost fixing: only pairs within t of their household's best at the LP prices; the
        // core's optimum z is proven for the whole instance once L − t <= z (every other pair is worth at most L − t)
        double[] slack = new double[n * m];
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < m; d++) {
                best = Math.max(best, prices.reducedAtLastPass(i, d));
            }
            for (int d = 0; d < m; d++) {
                slack[i * m + d] = instance.fitsAlone(i, d) ? best - prices.reducedAtLastPass(i, d) : Double.POSITIVE_INFINITY;
            }
        }
        double t = Math.min(lagrangian - incumbentValue, FIRST_SLACK * Math.abs(lagrangian));
        int[] placement = incumbent;
        double objective = incumbentValue;
        double coreBound = Double.POSITIVE_INFINITY;
        boolean coreOptimal = false;
        double outside = Double.NEGATIVE_INFINITY;
        int coreVariables = 0;
        while (true) {
            boolean[] core = new boolean[n * m];
            outside = Double.NEGATIVE_INFINITY;
            coreVariables = 0;
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < m; d++) {
                    double s = slack[i * m + d];
                    if (s == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    boolean keep = s <= t || placement != null && placement[i] == d;
                    core[i * m + d] = keep;
                    if (keep) {
                        coreVariables++;
                    } else {
                        outside = Math.max(outside, lagrangian - s);
                    }
                }
            }
            trace(start, "core of %d pairs (slack %.5f)", coreVariables, t);
            Core solved = solveCore(instance, core, placement, deadline);
            trace(start, "core solved: %.4f, bound %.6f, optimal %s", solved.value, solved.bound, solved.optimal);
            if (solved.placement != null && solved.value > objective) {
                placement = solved.placement;
                objective = solved.value;
            }
            coreBound = solved.bound;
            coreOptimal = solved.optimal;
            if (!solved.optimal || outside <= objective + 1e-9 || System.nanoTime() > deadline) {
                break;
            }
            // the core was solved but pairs outside might still do better: widen it to everything that could
            t = placement == null ? 2 * t + 1e-3 : Math.max(2 * t, lagrangian - objective);
        }
        if (placement == null) {
            if (coreOptimal && coreBound == Double.NEGATIVE_INFINITY) {
                throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                        "the integer program has no solution although every household fits somewhere and the totals add up")));
            }
            throw new IllegalStateException("no allocation found within " + timeLimitMillis + " ms");
        }
        double mipBound = Math.min(Math.max(Math.max(coreBound, outside), objective), Math.max(lagrangian, objective));
        boolean optimal = coreOptimal && outside <= objective + 1e-9 && mipBound - objective <= RELATIVE_GAP * Math.abs(mipBound) + 1e-9;
        long millis = (System.nanoTime() - start) / 1_000_000;
        Allocation allocation = new Allocation("exact (SCIP after reduced-cost fixing at the LP prices)", placement, objective, Math.max(lagrangian, objective), millis);
        return new Result(allocation, lagrangian, mipBound, optimal, coreVariables);
    }

    /** What SCIP found on a set of pairs: a feasible placement (or null) with its value, its proven bound, and whether it proved optimality (or infeasibility: bound −∞). */
    private record Core(int[] placement, double value, double bound, boolean optimal) {
    }

    /** The integer program on the given pairs, solved by SCIP (relative gap {@value #RELATIVE_GAP}) until the deadline, from the hinted allocation. */
    private static Core solveCore(Instance instance, boolean[] pairs, int[] hint, long deadlineNanos) {
        int n = instance.households();
        int m = instance.destinations();
        try (MipModel model = new MipModel(instance, "SCIP", true, pairs)) {
            model.solver.setTimeLimit(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000));
            if (hint != null) {
                List<MPVariable> hinted = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (model.x[i][hint[i]] != null) {
                        hinted.add(model.x[i][hint[i]]);
                    }
                }
                double[] ones = new double[hinted.size()];
                java.util.Arrays.fill(ones, 1.0);
                model.solver.setHint(hinted.toArray(MPVariable[]::new), ones);
            }
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, RELATIVE_GAP);
            MPSolver.ResultStatus status = model.solver.solve(parameters);
            if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
                int[] found = new int[n];
                for (int i = 0; i < n; i++) {
                    for (int d = 0; d < m; d++) {
                        if (model.x[i][d] != null && model.x[i][d].solutionValue() > 0.5) {
                            found[i] = d;
                        }
                    }
                }
                return new Core(found, Allocation.objectiveOf(instance, found), model.solver.objective().bestBound(),
                        status == MPSolver.ResultStatus.OPTIMAL);
            }
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return new Core(null, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, true);
            }
            return new Core(null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
        }
    }

    private static final boolean TRACE = Boolean.getBoolean("pactum.allocation.trace");

    private static void trace(long start, String format, Object... values) {
        if (TRACE) {
            System.err.printf("%6d ms  %s%n", (System.nanoTime() - start) / 1_000_000, String.format(java.util.Locale.ROOT, format, values));
        }
    }

    /** The full integer program in MPS format, for solving the same model with another solver (CBC in the benchmarks). */
    public static String mps(Instance instance) {
        try (MipModel model = new MipModel(instance, "SCIP", true)) {
            return model.exportMps();
        }
    }
}
