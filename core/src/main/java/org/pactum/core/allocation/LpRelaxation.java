package org.pactum.core.allocation;

import com.google.ortools.linearsolver.MPSolver;
import java.util.List;

/**
 * The linear relaxation of the allocation (households may be split fractionally), solved with
 * OR-Tools GLOP. Its optimum is an upper bound on every allocation; its dual values are prices:
 * what one more person of room, one more unit of a service, or one person less of quota minimum
 * at each destination would be worth. Sizes up to a few hundred thousand pairs solve in seconds.
 */
public final class LpRelaxation {

    /**
     * The optimum of the relaxation and its prices: per destination for room ({@code roomPrice[d] >= 0}),
     * for the quota minimum ({@code minimumPrice[d] >= 0}, what meeting it costs), and per destination
     * and service ({@code servicePrice[d * k + c] >= 0}).
     */
    public record Result(double bound, double[] roomPrice, double[] minimumPrice, double[] servicePrice) {
    }

    private LpRelaxation() {
    }

    public static Result solve(Instance instance) {
        Diagnosis.requireNoObviousInfeasibility(instance);
        try (MipModel model = new MipModel(instance, "GLOP", false)) {
            MPSolver.ResultStatus status = model.solver.solve();
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                        "even the linear relaxation (households split fractionally) has no solution")));
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("the linear relaxation ended with status " + status);
            }
            int m = instance.destinations();
            int k = instance.dimensions();
            double[] roomPrice = new double[m];
            double[] minimumPrice = new double[m];
            double[] servicePrice = new double[m * k];
            for (int d = 0; d < m; d++) {
                roomPrice[d] = Math.max(0, model.room[d].dualValue());
                minimumPrice[d] = Math.max(0, -model.minimum[d].dualValue());
                for (int c = 0; c < k; c++) {
                    servicePrice[d * k + c] = Math.max(0, model.service[d][c].dualValue());
                }
            }
            return new Result(model.solver.objective().value(), roomPrice, minimumPrice, servicePrice);
        }
    }
}
