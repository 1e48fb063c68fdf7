package org.pactum.core.allocation;

import com.google.ortools.linearsolver.MPSolver;

/**
 * The linear relaxation of the allocation solved to optimality by column generation with OR-Tools
 * GLOP: the LP is first solved on each household's few best pairs at the given prices; its dual
 * values become the new prices; every pair whose reduced value at those prices beats the
 * household's best pair in the LP is added; and so on until no pair is left that could improve
 * the LP. The bound is then re-computed here, in double precision, as the Lagrangian dual value at
 * the LP's dual prices (weak duality: it bounds every allocation whatever the LP solver's rounding),
 * and equals the LP optimum.
 */
final class LinearRelaxation {

    private static final int START_PAIRS = 4;
    private static final int MAX_ROUNDS = 30;
    private static final double TOLERANCE = 1e-9;

    private LinearRelaxation() {
    }

    /** The LP bound (the Lagrangian value at the LP's dual prices) and the LP's solution, {@code x[i * m + d]} (null if the LP was not solved). */
    record Solution(double bound, double[] x) {
    }

    /**
     * Sets {@code prices} to the LP's dual prices and returns the Lagrangian value there (the LP
     * bound); {@code keep} may name one pair per household to include from the start (an allocation
     * known to be feasible), or be null. Returns the better of the starting and final bound.
     */
    static Solution solve(Prices prices, int[] keep, long deadlineNanos) {
        Instance instance = prices.instance;
        int n = instance.households();
        int m = instance.destinations();
        int k = instance.dimensions();
        double startBound = prices.evaluate();
        double[] startPi = prices.pi.clone();
        double[] startMu = prices.mu.clone();
        boolean[] include = new boolean[n * m];
        double[] top = new double[START_PAIRS];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
            for (int d = 0; d < m; d++) {
                insert(top, prices.reducedAtLastPass(i, d));
            }
            for (int d = 0; d < m; d++) {
                double r = prices.reducedAtLastPass(i, d);
                include[i * m + d] = r > Double.NEGATIVE_INFINITY && r >= top[START_PAIRS - 1] && instance.fitsAlone(i, d);
            }
            if (keep != null) {
                include[i * m + keep[i]] = true;
            }
        }
        double bound = startBound;
        double[] x = null;
        for (int round = 0; round < MAX_ROUNDS && System.nanoTime() < deadlineNanos; round++) {
            double[] householdDual = new double[n];
            try (MipModel model = new MipModel(instance, "GLOP", false, include)) {
                model.solver.setTimeLimit(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000));
                MPSolver.ResultStatus status = model.solver.solve();
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    break;
                }
                x = new double[n * m];
                for (int i = 0; i < n; i++) {
                    for (int d = 0; d < m; d++) {
                        if (model.x[i][d] != null) {
                            x[i * m + d] = model.x[i][d].solutionValue();
                        }
                    }
                }
                for (int d = 0; d < m; d++) {
                    prices.pi[d] = model.room[d].dualValue() + model.minimum[d].dualValue();
                    for (int c = 0; c < k; c++) {
                        prices.mu[d * k + c] = Math.max(0, model.service[d][c].dualValue());
                    }
                }
            }
            bound = prices.evaluate();
            // the best reduced value of each household among the pairs in the LP
            for (int i = 0; i < n; i++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int d = 0; d < m; d++) {
                    if (include[i * m + d]) {
                        best = Math.max(best, prices.reducedAtLastPass(i, d));
                    }
                }
                householdDual[i] = best;
            }
            int added = 0;
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < m; d++) {
                    if (!include[i * m + d] && prices.reducedAtLastPass(i, d) > householdDual[i] + TOLERANCE && instance.fitsAlone(i, d)) {
                        include[i * m + d] = true;
                        added++;
                    }
                }
            }
            if (added == 0) {
                break;
            }
        }
        if (!(bound <= startBound)) {
            System.arraycopy(startPi, 0, prices.pi, 0, m);
            System.arraycopy(startMu, 0, prices.mu, 0, m * k);
            return new Solution(prices.evaluate(), x);
        }
        return new Solution(bound, x);
    }

    static void insert(double[] top, double r) {
        int j = top.length - 1;
        if (!(r > top[j])) {
            return;
        }
        while (j > 0 && top[j - 1] < r) {
            top[j] = top[j - 1];
            j--;
        }
        top[j] = r;
    }
}
