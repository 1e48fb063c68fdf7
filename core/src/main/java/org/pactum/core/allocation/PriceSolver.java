package org.pactum.core.allocation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The large-scale method: prices per destination (for persons, one number that is positive where
 * room is short and negative where a quota minimum needs filling) and per destination and service
 * dimension, found by Lagrangian relaxation. At given prices every household simply takes the
 * destination where its value less the price of what it uses is highest; the sum of those best
 * reduced values plus the prices times the capacities is a valid upper bound on every allocation
 * (weak duality; its minimum over prices equals the optimum of the linear relaxation, because a
 * household choosing one destination is already integral). Prices are lowered or raised by
 * subgradient steps (Polyak's step towards the best allocation found) and, every few rounds, a
 * feasible allocation is repaired from them: households in order of how much they stand to lose,
 * each to its best destination at current prices that still has room, then quota minimums filled by
 * the cheapest moves, then single moves that raise the value. The result carries the best
 * allocation and the lowest bound found, so its gap is proven.
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
        Work work = new Work(instance, settings.threads());
        int m = instance.destinations();
        int k = instance.dimensions();
        if (startPersonPrice != null) {
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
        double theta = 1.0;
        int sinceImprovement = 0;
        int rounds = 0;
        int nextRepair = 0;
        String lastFailure = "";
        while (rounds < settings.maxRounds()) {
            rounds++;
            double bound = work.evaluate();
            if (bound < bestBound - 1e-9 * Math.abs(bound)) {
                bestBound = bound;
                bestPi = work.pi.clone();
                bestMu = work.mu.clone();
                sinceImprovement = 0;
            } else if (++sinceImprovement >= 15) {
                theta /= 2;
                sinceImprovement = 0;
            }
            boolean timeUp = System.nanoTime() > deadline;
            if (rounds >= nextRepair || timeUp) {
                try {
                    int[] placement = Repair.from(instance, work);
                    double objective = Allocation.objectiveOf(instance, placement);
                    if (objective > bestObjective) {
                        bestObjective = objective;
                        bestPlacement = placement;
                    }
                } catch (InfeasibleInstanceException failed) {
                    lastFailure = failed.getMessage();
                }
                nextRepair = rounds + Math.max(5, rounds / 4);
            }
            if (bestPlacement != null && (bestBound - bestObjective) <= settings.targetGap() * Math.abs(bestBound)) {
                break;
            }
            if (timeUp || theta < 1e-6) {
                break;
            }
            double target = bestPlacement != null ? bestObjective : bound * 0.95;
            work.step(theta, bound - target);
        }
        if (bestPlacement == null) {
            throw new InfeasibleInstanceException(List.of(new Infeasibility.JointlyInfeasible(
                    "the price-based method found no allocation meeting all capacities and quotas (" + lastFailure + ")")));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Allocation allocation = new Allocation("price-based (Lagrangian)", bestPlacement, bestObjective, Math.max(bestBound, bestObjective), millis);
        return new Result(allocation, rounds, bestPi, bestMu);
    }

    /** The price state and one pass over all households at current prices. */
    static final class Work {
        final Instance instance;
        final int n;
        final int m;
        final int k;
        final float[] scores;
        final double[] pi;
        final double[] mu;
        final int[] choice;
        final float[] regret;
        final boolean[] special;
        final long[] load;
        final long[] used;
        private final int threads;

        Work(Instance instance, int threads) {
            this.instance = instance;
            this.n = instance.households();
            this.m = instance.destinations();
            this.k = instance.dimensions();
            this.scores = instance.scoreTable();
            this.threads = threads;
            pi = new double[m];
            mu = new double[m * k];
            choice = new int[n];
            regret = new float[n];
            special = new boolean[n];
            load = new long[m];
            used = new long[m * k];
            int minRoom = Integer.MAX_VALUE;
            int[] minService = new int[k];
            Arrays.fill(minService, Integer.MAX_VALUE);
            for (int d = 0; d < m; d++) {
                minRoom = Math.min(minRoom, instance.room(d));
                for (int c = 0; c < k; c++) {
                    minService[c] = Math.min(minService[c], instance.service(d, c));
                }
            }
            for (int i = 0; i < n; i++) {
                boolean s = instance.tie(i).isPresent() || instance.persons(i) > minRoom;
                for (int c = 0; c < k && !s; c++) {
                    s = instance.need(i, c) > minService[c];
                }
                special[i] = s;
            }
        }

        /** The reduced value of household i at d at current prices (−∞ where it may not go). */
        double reduced(int i, int d) {
            if (special[i] && !instance.fitsAlone(i, d)) {
                return Double.NEGATIVE_INFINITY;
            }
            double v = special[i] ? instance.value(i, d) : scores[i * m + d];
            if (Double.isNaN(v)) {
                return Double.NEGATIVE_INFINITY;
            }
            v -= pi[d] * instance.persons(i);
            for (int c = 0; c < k; c++) {
                int a = instance.need(i, c);
                if (a != 0) {
                    v -= mu[d * k + c] * a;
                }
            }
            return v;
        }

        /** One pass: every household's best destination at current prices; returns the Lagrangian bound. */
        double evaluate() {
            int chunks = threads;
            double[] partial = new double[chunks];
            long[][] loads = new long[chunks][m];
            long[][] uses = new long[chunks][m * k];
            IntStream.range(0, chunks).parallel().forEach(t -> {
                int from = (int) ((long) n * t / chunks);
                int to = (int) ((long) n * (t + 1) / chunks);
                double sum = 0;
                long[] ld = loads[t];
                long[] us = uses[t];
                double[] itemPrice = new double[m];
                for (int i = from; i < to; i++) {
                    int p = instance.persons(i);
                    boolean hasNeeds = false;
                    for (int c = 0; c < k; c++) {
                        hasNeeds |= instance.need(i, c) != 0;
                    }
                    double best = Double.NEGATIVE_INFINITY;
                    double second = Double.NEGATIVE_INFINITY;
                    int bestD = -1;
                    if (special[i] || hasNeeds) {
                        for (int d = 0; d < m; d++) {
                            double r = reduced(i, d);
                            if (r > best) {
                                second = best;
                                best = r;
                                bestD = d;
                            } else if (r > second) {
                                second = r;
                            }
                        }
                    } else {
                        int base = i * m;
                        for (int d = 0; d < m; d++) {
                            double r = scores[base + d] - pi[d] * p;
                            if (r > best) {
                                second = best;
                                best = r;
                                bestD = d;
                            } else if (r > second) {
                                second = r;
                            }
                        }
                    }
                    choice[i] = bestD;
                    regret[i] = (float) (second == Double.NEGATIVE_INFINITY ? 1e9 : best - second);
                    sum += best;
                    ld[bestD] += p;
                    if (hasNeeds) {
                        for (int c = 0; c < k; c++) {
                            us[bestD * k + c] += instance.need(i, c);
                        }
                    }
                }
                partial[t] = sum;
            });
            Arrays.fill(load, 0);
            Arrays.fill(used, 0);
            double bound = 0;
            for (int t = 0; t < chunks; t++) {
                bound += partial[t];
                for (int d = 0; d < m; d++) {
                    load[d] += loads[t][d];
                }
                for (int j = 0; j < m * k; j++) {
                    used[j] += uses[t][j];
                }
            }
            for (int d = 0; d < m; d++) {
                bound += pi[d] >= 0 ? pi[d] * instance.room(d) : pi[d] * instance.minimum(d);
                for (int c = 0; c < k; c++) {
                    bound += mu[d * k + c] * instance.service(d, c);
                }
            }
            return bound;
        }

        /** A projected subgradient step of Polyak's length {@code theta × (bound − target) / |g|²}. */
        void step(double theta, double excess) {
            double[] gPi = new double[m];
            double[] gMu = new double[m * k];
            double norm = 0;
            for (int d = 0; d < m; d++) {
                // derivative of the bound in pi[d]: room (or minimum) less the persons choosing d
                double g = pi[d] > 0 ? instance.room(d) - load[d]
                        : pi[d] < 0 ? instance.minimum(d) - load[d]
                        : load[d] > instance.room(d) ? instance.room(d) - load[d]
                        : load[d] < instance.minimum(d) ? instance.minimum(d) - load[d] : 0;
                gPi[d] = g;
                norm += g * g;
                for (int c = 0; c < k; c++) {
                    double s = instance.service(d, c) - used[d * k + c];
                    if (mu[d * k + c] <= 0 && s > 0) {
                        s = 0;
                    }
                    gMu[d * k + c] = s;
                    norm += s * s;
                }
            }
            if (norm == 0) {
                return;
            }
            double t = theta * Math.max(excess, 1e-12) / norm;
            for (int d = 0; d < m; d++) {
                double before = pi[d];
                double after = before - t * gPi[d];
                if (before > 0 && after < 0 || before < 0 && after > 0) {
                    after = 0;
                }
                pi[d] = after;
                for (int c = 0; c < k; c++) {
                    mu[d * k + c] = Math.max(0, mu[d * k + c] - t * gMu[d * k + c]);
                }
            }
        }
    }
}
