package org.pactum.core.allocation;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.List;

/**
 * The exact integer program, solved with SCIP through OR-Tools, for small and medium instances
 * (thousands of households by tens of destinations). The linear relaxation is solved first with
 * GLOP for the upper bound reported with the result; SCIP then proves optimality to a relative gap
 * of {@code 1e-9} unless the time limit ends the search first, in which case the best allocation
 * found is returned with its proven bound ({@link Result#optimal()} false).
 */
public final class ExactSolver {

    /** The allocation (upper bound = the LP bound), SCIP's own proven bound, and whether optimality was proven. */
    public record Result(Allocation allocation, double lpBound, double mipBound, boolean optimal) {
    }

    private final long timeLimitMillis;

    public ExactSolver(long timeLimitMillis) {
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("the time limit must be positive, was " + timeLimitMillis);
        }
        this.timeLimitMillis = timeLimitMillis;
    }

    public Result solve(Instance instance) {
        long start = System.nanoTime();
        Diagnosis.requireNoObviousInfeasibility(instance);
        double lpBound = LpRelaxation.solve(instance).bound();
        try (MipModel model = new MipModel(instance, "SCIP", true)) {
            model.solver.setTimeLimit(timeLimitMillis);
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
            MPSolver.ResultStatus status = model.solver.solve(parameters);
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                        "the linear relaxation has a solution (bound " + lpBound + ") but no whole-household placement meets all capacities and quotas")));
            }
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                throw new IllegalStateException("the integer program ended with status " + status + " within " + timeLimitMillis + " ms");
            }
            int n = instance.households();
            int m = instance.destinations();
            int[] placement = new int[n];
            for (int i = 0; i < n; i++) {
                placement[i] = -1;
                for (int d = 0; d < m; d++) {
                    if (model.x[i][d] != null && model.x[i][d].solutionValue() > 0.5) {
                        placement[i] = d;
                    }
                }
            }
            double objective = Allocation.objectiveOf(instance, placement);
            double mipBound = model.solver.objective().bestBound();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Allocation allocation = new Allocation("exact (SCIP)", placement, objective, Math.max(lpBound, objective), millis);
            return new Result(allocation, lpBound, mipBound, status == MPSolver.ResultStatus.OPTIMAL);
        }
    }

    /** The integer program in MPS format, for solving the same model with another solver (CBC in the benchmarks). */
    public static String mps(Instance instance) {
        try (MipModel model = new MipModel(instance, "SCIP", true)) {
            return model.exportMps();
        }
    }
}
