package org.pactum.server.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactum.core.allocation.Allocation;
import org.pactum.core.allocation.Baselines;
import org.pactum.core.allocation.DynamicMode;
import org.pactum.core.allocation.ExactSolver;
import org.pactum.core.allocation.FeasibilityChecker;
import org.pactum.core.allocation.Infeasibility;
import org.pactum.core.allocation.InfeasibleInstanceException;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.PriceSolver;

/**
 * Runs the core method a mode names and returns a complete, checked placement with its objective,
 * its proven upper bound (for the baselines, the bound of the price method, so that their distance
 * from the best possible is shown too) and gap. A placement that leaves a household out or breaks a
 * rule is never returned: the run fails with the reasons instead. Plain Java, shared by the server
 * and the command line.
 */
public final class AllocationSolver {

    private static final double TARGET_GAP = 1e-4;

    private AllocationSolver() {
    }

    /** A complete placement and what is known of its quality; bounds and gap are absent where none was proven. */
    public record Result(String method, int[] placement, double objective, Optional<Double> upperBound, Optional<Double> lpBound,
            Optional<Double> gap, boolean provenOptimal, long millis) {
    }

    /**
     * @param exactUpTo the largest households × destinations given to the exact solver in batch mode
     * @param weeks     weekly batches in dynamic mode (by default 52, at most one per household)
     * @throws InfeasibleInstanceException with the reasons when no complete placement was found
     */
    public static Result solve(Instance instance, AllocationMode mode, Duration timeLimit, Optional<Integer> weeks, long exactUpTo,
            int threads) {
        long start = System.nanoTime();
        long limit = Math.max(1, timeLimit.toMillis());
        Result result = switch (mode) {
            case BATCH -> batch(instance, limit, exactUpTo, threads);
            case DYNAMIC -> dynamic(instance, limit, weeks.orElse(52), threads);
            case QUOTA_ONLY -> baseline(Baselines.quotaOnly(instance), instance, limit, threads);
            case GREEDY -> baseline(Baselines.greedy(instance), instance, limit, threads);
        };
        List<String> violations = FeasibilityChecker.violations(instance, result.placement());
        if (!violations.isEmpty()) {
            throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                    "the " + result.method() + " placement breaks rules and was not kept: " + String.join("; ", violations))));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(result.method(), result.placement(), result.objective(), result.upperBound(), result.lpBound(), result.gap(),
                result.provenOptimal(), millis);
    }

    private static Result batch(Instance instance, long limit, long exactUpTo, int threads) {
        if ((long) instance.households() * instance.destinations() <= exactUpTo) {
            ExactSolver.Result exact = new ExactSolver(limit).solve(instance);
            Allocation a = exact.allocation();
            double bound = Math.min(valid(exact.lpBound()), valid(exact.mipBound()));
            Optional<Double> upper = Double.isFinite(bound) ? Optional.of(Math.max(bound, a.objective())) : Optional.empty();
            return new Result("exact (SCIP on a proven core)", a.destinationOf(), a.objective(), upper, finite(exact.lpBound()),
                    upper.map(u -> gap(a.objective(), u)), exact.optimal(), a.millis());
        }
        PriceSolver.Result priced = new PriceSolver(new PriceSolver.Settings(TARGET_GAP, 100_000, limit, threads)).solve(instance);
        Allocation a = priced.allocation();
        Optional<Double> upper = finite(a.upperBound());
        return new Result("price method (Lagrangian prices, repair)", a.destinationOf(), a.objective(), upper, Optional.empty(),
                upper.map(u -> gap(a.objective(), u)), false, a.millis());
    }

    private static Result dynamic(Instance instance, long limit, int weeks, int threads) {
        int batches = Math.max(1, Math.min(weeks, instance.households()));
        DynamicMode.Result year = DynamicMode.simulate(instance, batches, new PriceSolver.Settings(TARGET_GAP, 100_000, limit, threads));
        List<String> problems = new ArrayList<>(year.unplaced());
        problems.addAll(year.violations().stream().filter(v -> !v.endsWith("is not placed")).toList());
        if (!problems.isEmpty()) {
            throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible("placed week by week in " + batches
                    + " batches, the year ends with households or quotas left over, so no complete placement is kept: "
                    + String.join("; ", problems))));
        }
        Optional<Double> upper = finite(year.hindsightBound());
        return new Result("dynamic (" + batches + " weekly batches at estimated prices)", year.placement(), year.objective(), upper,
                Optional.empty(), upper.map(u -> gap(year.objective(), u)), false, 0);
    }

    private static Result baseline(Allocation a, Instance instance, long limit, int threads) {
        Optional<Double> upper;
        try {
            double bound = new PriceSolver(new PriceSolver.Settings(TARGET_GAP, 100_000, Math.min(limit, 10_000), threads)).solve(instance)
                    .allocation().upperBound();
            upper = finite(bound).map(b -> Math.max(b, a.objective()));
        } catch (InfeasibleInstanceException boundNotFound) {
            upper = Optional.empty();
        }
        return new Result(a.method(), a.destinationOf(), a.objective(), upper, Optional.empty(), upper.map(u -> gap(a.objective(), u)), false,
                a.millis());
    }

    static double gap(double objective, double upper) {
        return upper <= 0 ? 0 : Math.max(0, (upper - objective) / upper);
    }

    private static double valid(double bound) {
        return Double.isFinite(bound) ? bound : Double.POSITIVE_INFINITY;
    }

    private static Optional<Double> finite(double value) {
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
