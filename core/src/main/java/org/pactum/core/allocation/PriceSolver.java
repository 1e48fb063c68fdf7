package org.pactum.core.allocation;

import java.util.List;

/**
 * The large-scale method: prices per destination (for persons, one number that is positive where
 * room is short and negative where a quota minimum needs filling) and per destination and service
 * dimension, found by Lagrangian relaxation. At given prices every household simply takes the
 * destination where its value less the price of what it uses is highest; the sum of those best
 * reduced values plus the prices times the capacities is a valid upper bound on every allocation
 * (weak duality; its minimum over prices equals the optimum of the linear relaxation, because a
 * household choosing one destination is already integral).
 *
 * <p>Prices move like a market clearing: each pass counts, per destination, how many persons would
 * leave it (or join it) for each small rise (or fall) of its price, and every price moves, damped,
 * to the level at which its load would just meet its room, its quota minimum or its service
 * capacity. Every few passes a feasible allocation is repaired from the prices (see
 * {@code Repair}). The result carries the best allocation and the lowest bound found, so its gap
 * is proven whatever the prices' quality.
 */
public final class PriceSolver {

    /** When to stop: the gap reached, a number of price rounds, or a time limit. */
    public record Settings(double targetGap, int maxRounds, long timeLimitMillis, int threads) {
        public Settings {
            if (!(targetGap >= 0 && targetGap < 1) || maxRounds < 1 || timeLimitMillis < 1 || threads < 1) {
                throw new IllegalArgumentException("target gap in [0, 1), at least one round, a positive time limit and at least one thread");
            }
        }

        public static Settings of(double targetGap, long timeLimitMillis) {
            return new Settings(targetGap, 100_000, timeLimitMillis, Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
    }

    /** The best allocation, its bound, and the prices that gave the bound (persons price per destination; service price per destination and dimension). */
    public record Result(Allocation allocation, int rounds, double[] personPrice, double[] servicePrice) {
    }

    private static final int SAMPLE_ABOVE = 50_000;

    private static final boolean TRACE = Boolean.getBoolean("pactum.allocation.trace");

    private final Settings settings;

    public PriceSolver(Settings settings) {
        this.settings = settings;
    }

    public Result solve(Instance instance) {
        return solve(instance, null, null);
    }

    /** Solves starting from the given prices (for example the LP duals of a sample); nulls start at zero. */
    public Result solve(Instance instance, double[] startPersonPrice, double[] startServicePrice) {
        long start = System.nanoTime();
        long deadline = start + settings.timeLimitMillis() * 1_000_000L;
        Diagnosis.requireNoObviousInfeasibility(instance);
        Prices work = new Prices(instance, settings.threads());
        MarketClearing market = new MarketClearing(work, settings.threads());
        int m = instance.destinations();
        int k = instance.dimensions();
        if (startPersonPrice == null && instance.households() >= SAMPLE_ABOVE) {
            // warm start: prices from every tenth household against a tenth of every capacity, ten times cheaper a pass
            Instance sample = sample(instance, 10);
            Prices small = new Prices(sample, settings.threads());
            MarketClearing smallMarket = new MarketClearing(small, settings.threads());
            long sampleDeadline = start + settings.timeLimitMillis() * 1_000_000L / 4;
            for (int r = 0; r < 300 && System.nanoTime() < sampleDeadline; r++) {
                smallMarket.evaluate();
                smallMarket.adjust();
            }
            System.arraycopy(small.pi, 0, work.pi, 0, m);
            System.arraycopy(small.mu, 0, work.mu, 0, m * k);
        } else if (startPersonPrice != null) {
            System.arraycopy(startPersonPrice, 0, work.pi, 0, m);
        }
        if (startServicePrice != null) {
            System.arraycopy(startServicePrice, 0, work.mu, 0, m * k);
        }
        double bestBound = Double.POSITIVE_INFINITY;
        double[] bestPi = work.pi.clone();
        double[] bestMu = work.mu.clone();
        int[] bestPlacement = null;
        double bestObjective = Double.NEGATIVE_INFINITY;
        int sinceImprovement = 0;
        int rounds = 0;
        int nextRepair = 0;
        String lastFailure = "";
        long passNanos = 0;
        long repairNanos = 0;
        while (rounds < settings.maxRounds()) {
            rounds++;
            long passStart = System.nanoTime();
            double bound = market.evaluate();
            passNanos = Math.max(passNanos, System.nanoTime() - passStart);
            if (bound < bestBound - 1e-9 * Math.abs(bound)) {
                bestBound = bound;
                bestPi = work.pi.clone();
                bestMu = work.mu.clone();
                sinceImprovement = 0;
            } else {
                sinceImprovement++;
            }
            // stop early enough for one more pass and the last repair to end within the time limit
            boolean timeUp = System.nanoTime() + passNanos + repairNanos > deadline;
            if (rounds >= nextRepair || timeUp) {
                long repairStart = System.nanoTime();
                try {
                    int[] placement = Repair.from(instance, work);
                    double objective = Allocation.objectiveOf(instance, placement);
                    if (TRACE) {
                        System.err.printf("round %d bound %.3f repaired %.3f%n", rounds, bound, objective);
                    }
                    if (objective > bestObjective) {
                        bestObjective = objective;
                        bestPlacement = placement;
                    }
                } catch (InfeasibleInstanceException failed) {
                    lastFailure = failed.getMessage();
                    if (TRACE) {
                        System.err.printf("round %d bound %.3f repair failed: %s%n", rounds, bound, lastFailure);
                    }
                }
                repairNanos = Math.max(repairNanos, System.nanoTime() - repairStart);
                nextRepair = rounds + Math.max(5, rounds / 5);
            }
            if (bestPlacement != null && (bestBound - bestObjective) <= settings.targetGap() * Math.abs(bestBound)) {
                break;
            }
            if (timeUp || sinceImprovement > 200) {
                break;
            }
            market.adjust();
        }
        if (bestPlacement == null) {
            throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                    "the price-based method found no allocation meeting all capacities and quotas (" + lastFailure + ")")));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Allocation allocation = new Allocation("price-based (Lagrangian)", bestPlacement, bestObjective, Math.max(bestBound, bestObjective), millis);
        return new Result(allocation, rounds, bestPi, bestMu);
    }

    /** Every {@code step}-th household, against capacities, quotas and services divided by {@code step}. */
    static Instance sample(Instance instance, int step) {
        int m = instance.destinations();
        int k = instance.dimensions();
        List<Household> households = new java.util.ArrayList<>();
        for (int i = 0; i < instance.households(); i += step) {
            households.add(instance.household(i));
        }
        float[] scores = new float[households.size() * m];
        float[] all = instance.scoreTable();
        for (int j = 0; j < households.size(); j++) {
            System.arraycopy(all, j * step * m, scores, j * m, m);
        }
        List<Destination> destinations = new java.util.ArrayList<>();
        for (int d = 0; d < m; d++) {
            int[] services = new int[k];
            for (int c = 0; c < k; c++) {
                services[c] = instance.service(d, c) / step;
            }
            int room = instance.room(d) / step;
            destinations.add(new Destination(instance.destinationId(d), room, Math.min(room, instance.minimum(d) / step), room, services));
        }
        return Instance.of(households, destinations, instance.dimensionNames(), scores, instance.tiePolicy());
    }
}
