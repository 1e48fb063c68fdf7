package org.pactum.core.allocation;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact integer program for small and medium instances (thousands of households by tens of
 * destinations), solved with SCIP through OR-Tools on a reduced core that is proven not to cut off
 * anything better.
 *
 * <ol>
 *   <li>The {@link PriceSolver} finds near-optimal prices; their Lagrangian value {@code L} is an
 *   upper bound on every allocation, at least the optimum of the linear relaxation (the reported
 *   LP bound).</li>
 *   <li>For household {@code i} and destination {@code d}, {@code δ(i, d)} is how much less its
 *   reduced value there is than at its best destination at those prices. Any allocation that puts
 *   {@code i} at {@code d} is worth at most {@code L − δ(i, d)} (weak duality).</li>
 *   <li>SCIP solves the integer program restricted to each household's few best pairs (the core),
 *   to a relative gap of {@code 1e-7}. Its optimum {@code z} is feasible for the whole instance. Every
 *   pair left out with {@code L − δ(i, d) > z} is added and the core solved again, until none is left:
 *   then no allocation outside the core can beat {@code z}, and the whole-instance bound is the
 *   larger of SCIP's bound on the core and {@code L − min δ} over the pairs left out.</li>
 * </ol>
 *
 * The result is proven optimal ({@link Result#optimal()}) when SCIP proves its core optimal and no
 * left-out pair can do better; with the time limit reached first, the best allocation is returned
 * with its proven bound.
 */
public final class ExactSolver {

    /** The allocation (its upper bound is the LP bound), the proven bound of the integer program, and whether optimality was proven. */
    public record Result(Allocation allocation, double lpBound, double mipBound, boolean optimal, int coreVariables) {
    }

    private static final int CORE_PER_HOUSEHOLD = 4;
    private static final double RELATIVE_GAP = 1e-7;

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
        int n = instance.households();
        int m = instance.destinations();
        PriceSolver prices = new PriceSolver(new PriceSolver.Settings(1e-5, 300, Math.max(1, timeLimitMillis / 3), 1));
        PriceSolver.Work work;
        double lagrangian;
        int[] start0;
        try {
            PriceSolver.Result priced = prices.solve(instance);
            work = new PriceSolver.Work(instance, 1);
            System.arraycopy(priced.personPrice(), 0, work.pi, 0, m);
            System.arraycopy(priced.servicePrice(), 0, work.mu, 0, work.mu.length);
            lagrangian = work.evaluate();
            start0 = priced.allocation().destinationOf();
        } catch (InfeasibleInstanceException heuristicFailed) {
            work = new PriceSolver.Work(instance, 1);
            lagrangian = work.evaluate();
            start0 = null;
        }
        double[] best = new double[n];
        boolean[] include = new boolean[n * m];
        for (int i = 0; i < n; i++) {
            double[] top = new double[CORE_PER_HOUSEHOLD];
            java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
            best[i] = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < m; d++) {
                double r = work.reduced(i, d);
                best[i] = Math.max(best[i], r);
                insert(top, r);
            }
            double cut = top[CORE_PER_HOUSEHOLD - 1];
            for (int d = 0; d < m; d++) {
                double r = work.reduced(i, d);
                include[i * m + d] = r > Double.NEGATIVE_INFINITY && r >= cut;
            }
            if (start0 != null) {
                include[i * m + start0[i]] = true;
            }
        }
        int[] placement = start0;
        double objective = start0 == null ? Double.NEGATIVE_INFINITY : Allocation.objectiveOf(instance, start0);
        double coreBound = Double.POSITIVE_INFINITY;
        boolean coreOptimal = false;
        int coreVariables = 0;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            try (MipModel model = new MipModel(instance, "SCIP", true, include)) {
                model.solver.setTimeLimit(left);
                coreVariables = model.solver.numVariables();
                if (placement != null) {
                    List<MPVariable> hinted = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (model.x[i][placement[i]] != null) {
                            hinted.add(model.x[i][placement[i]]);
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
                    double value = Allocation.objectiveOf(instance, found);
                    if (value > objective && FeasibilityChecker.feasible(instance, found)) {
                        objective = value;
                        placement = found;
                    }
                    coreBound = model.solver.objective().bestBound();
                    coreOptimal = status == MPSolver.ResultStatus.OPTIMAL;
                } else if (status == MPSolver.ResultStatus.INFEASIBLE) {
                    coreBound = Double.NEGATIVE_INFINITY;
                    coreOptimal = true;
                } else {
                    break;
                }
            }
            int added = 0;
            double threshold = lagrangian - (placement == null ? Double.NEGATIVE_INFINITY : objective);
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < m; d++) {
                    if (!include[i * m + d] && instance.fitsAlone(i, d) && best[i] - work.reduced(i, d) < threshold) {
                        include[i * m + d] = true;
                        added++;
                    }
                }
            }
            if (added == 0) {
                break;
            }
        }
        if (placement == null) {
            if (coreOptimal && coreBound == Double.NEGATIVE_INFINITY) {
                throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                        "the integer program has no solution although every household fits somewhere and the totals add up")));
            }
            throw new IllegalStateException("no allocation found within " + timeLimitMillis + " ms");
        }
        double outside = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < m; d++) {
                if (!include[i * m + d] && instance.fitsAlone(i, d)) {
                    outside = Math.max(outside, lagrangian - (best[i] - work.reduced(i, d)));
                }
            }
        }
        double mipBound = Math.max(Math.max(coreBound, outside), objective);
        boolean optimal = coreOptimal && outside <= objective + 1e-9 && mipBound - objective <= RELATIVE_GAP * Math.abs(mipBound) + 1e-9;
        long millis = (System.nanoTime() - start) / 1_000_000;
        Allocation allocation = new Allocation("exact (SCIP on a proven core)", placement, objective, Math.max(lagrangian, objective), millis);
        return new Result(allocation, lagrangian, mipBound, optimal, coreVariables);
    }

    private static void insert(double[] top, double r) {
        int j = top.length - 1;
        if (r <= top[j]) {
            return;
        }
        while (j > 0 && top[j - 1] < r) {
            top[j] = top[j - 1];
            j--;
        }
        top[j] = r;
    }

    /** The full integer program in MPS format, for solving the same model with another solver (CBC in the benchmarks). */
    public static String mps(Instance instance) {
        try (MipModel model = new MipModel(instance, "SCIP", true)) {
            return model.exportMps();
        }
    }
}
