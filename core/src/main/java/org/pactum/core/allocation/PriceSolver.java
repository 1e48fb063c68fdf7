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
        Work work = new Work(instance, settings.threads());
        int m = instance.destinations();
        int k = instance.dimensions();
        if (startPersonPrice == null && instance.households() >= SAMPLE_ABOVE) {
            // warm start: prices from every tenth household against a tenth of every capacity, ten times cheaper a pass
            Instance sample = sample(instance, 10);
            Work small = new Work(sample, settings.threads());
            long sampleDeadline = start + settings.timeLimitMillis() * 1_000_000L / 4;
            for (int r = 0; r < 300 && System.nanoTime() < sampleDeadline; r++) {
                small.evaluate();
                small.adjust();
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
        while (rounds < settings.maxRounds()) {
            rounds++;
            double bound = work.evaluate();
            if (bound < bestBound - 1e-9 * Math.abs(bound)) {
                bestBound = bound;
                bestPi = work.pi.clone();
                bestMu = work.mu.clone();
                sinceImprovement = 0;
            } else {
                sinceImprovement++;
            }
            boolean timeUp = System.nanoTime() > deadline;
            if (rounds >= nextRepair || timeUp) {
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
                nextRepair = rounds + Math.max(5, rounds / 5);
            }
            if (bestPlacement != null && (bestBound - bestObjective) <= settings.targetGap() * Math.abs(bestBound)) {
                break;
            }
            if (timeUp || sinceImprovement > 200) {
                break;
            }
            work.adjust();
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

        static final int BINS = 128;
        static final double WIDTH = 0.0005;
        int[] leave;
        int[] join;
        int[] leaveService;
        int[] joinService;
        double[] damp;
        double[] dampService;
        double[] lastExcess;
        double[] lastExcessService;

        private static int bin(double margin) {
            int b = (int) (margin / WIDTH);
            return b < 0 ? 0 : b;
        }

        /**
         * One pass: every household's best destination at current prices; returns the Lagrangian
         * bound. Also counts, per destination (and per destination and service), how many persons
         * (units) would leave or join for each small change of its price.
         */
        double evaluate() {
            int chunks = threads;
            double[] partial = new double[chunks];
            long[][] loads = new long[chunks][m];
            long[][] uses = new long[chunks][m * k];
            int[][] leaves = new int[chunks][m * BINS];
            int[][] joins = new int[chunks][m * BINS];
            int[][] leavesS = new int[chunks][m * k * BINS];
            int[][] joinsS = new int[chunks][m * k * BINS];
            IntStream.range(0, chunks).parallel().forEach(t -> {
                int from = (int) ((long) n * t / chunks);
                int to = (int) ((long) n * (t + 1) / chunks);
                double sum = 0;
                long[] ld = loads[t];
                long[] us = uses[t];
                int[] lv = leaves[t];
                int[] jn = joins[t];
                int[] lvS = leavesS[t];
                int[] jnS = joinsS[t];
                double[] r = new double[m];
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
                            r[d] = reduced(i, d);
                        }
                    } else {
                        int base = i * m;
                        for (int d = 0; d < m; d++) {
                            double v = scores[base + d];
                            r[d] = v != v ? Double.NEGATIVE_INFINITY : v - pi[d] * p;
                        }
                    }
                    for (int d = 0; d < m; d++) {
                        double v = r[d];
                        if (v > best) {
                            second = best;
                            best = v;
                            bestD = d;
                        } else if (v > second) {
                            second = v;
                        }
                    }
                    choice[i] = bestD;
                    double gap = second == Double.NEGATIVE_INFINITY ? 1e9 : best - second;
                    regret[i] = (float) gap;
                    sum += best;
                    ld[bestD] += p;
                    int leaveBin = bin(gap / p);
                    if (leaveBin < BINS) {
                        lv[bestD * BINS + leaveBin] += p;
                    }
                    double limit = BINS * WIDTH * p;
                    for (int d = 0; d < m; d++) {
                        double margin = best - r[d];
                        if (d != bestD && margin < limit) {
                            jn[d * BINS + bin(margin / p)] += p;
                        }
                    }
                    if (hasNeeds) {
                        for (int c = 0; c < k; c++) {
                            int a = instance.need(i, c);
                            if (a == 0) {
                                continue;
                            }
                            us[bestD * k + c] += a;
                            int b = bin(gap / a);
                            if (b < BINS) {
                                lvS[(bestD * k + c) * BINS + b] += a;
                            }
                            double limitS = BINS * WIDTH * a;
                            for (int d = 0; d < m; d++) {
                                if (mu[d * k + c] <= 0) {
                                    continue;
                                }
                                double margin = best - r[d];
                                if (d != bestD && margin < limitS) {
                                    jnS[(d * k + c) * BINS + bin(margin / a)] += a;
                                }
                            }
                        }
                    }
                }
                partial[t] = sum;
            });
            Arrays.fill(load, 0);
            Arrays.fill(used, 0);
            leave = leaves[0];
            join = joins[0];
            leaveService = leavesS[0];
            joinService = joinsS[0];
            double bound = 0;
            for (int t = 0; t < chunks; t++) {
                bound += partial[t];
                for (int d = 0; d < m; d++) {
                    load[d] += loads[t][d];
                }
                for (int j = 0; j < m * k; j++) {
                    used[j] += uses[t][j];
                }
                if (t > 0) {
                    add(leave, leaves[t]);
                    add(join, joins[t]);
                    add(leaveService, leavesS[t]);
                    add(joinService, joinsS[t]);
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

        private static void add(int[] into, int[] from) {
            for (int j = 0; j < into.length; j++) {
                into[j] += from[j];
            }
        }

        /** The price change at which {@code amount} persons (units) would have moved, from a histogram row. */
        private static double quantile(int[] histogram, int row, double amount) {
            long cumulative = 0;
            for (int b = 0; b < BINS; b++) {
                cumulative += histogram[row * BINS + b];
                if (cumulative >= amount) {
                    return (b + 1) * WIDTH;
                }
            }
            return BINS * WIDTH;
        }

        /**
         * Moves every price towards the level at which its destination's load just meets its room,
         * minimum or service capacity, read from the counts of who would leave or join; each price's
         * step is damped, more so when its excess changed sign since the last round.
         */
        void adjust() {
            if (damp == null) {
                damp = new double[m];
                dampService = new double[m * k];
                lastExcess = new double[m];
                lastExcessService = new double[m * k];
                Arrays.fill(damp, 0.5);
                Arrays.fill(dampService, 0.5);
            }
            for (int d = 0; d < m; d++) {
                double excess = 0;
                double next = pi[d];
                long l = load[d];
                if (l > instance.room(d)) {
                    excess = l - instance.room(d);
                    next = pi[d] + damp[d] * quantile(leave, d, excess);
                } else if (l < instance.minimum(d)) {
                    excess = l - instance.minimum(d);
                    next = pi[d] - damp[d] * quantile(join, d, -excess);
                } else if (pi[d] > 0 && l < instance.room(d)) {
                    excess = l - instance.room(d);
                    next = Math.max(0, pi[d] - damp[d] * quantile(join, d, -excess));
                } else if (pi[d] < 0 && l > instance.minimum(d)) {
                    excess = l - instance.minimum(d);
                    next = Math.min(0, pi[d] + damp[d] * quantile(leave, d, excess));
                }
                damp[d] = tune(damp[d], lastExcess[d], excess);
                lastExcess[d] = excess;
                pi[d] = next;
                for (int c = 0; c < k; c++) {
                    int j = d * k + c;
                    double over = used[j] - instance.service(d, c);
                    double e = 0;
                    if (over > 0) {
                        e = over;
                        mu[j] += dampService[j] * quantile(leaveService, j, over);
                    } else if (mu[j] > 0 && over < 0) {
                        e = over;
                        mu[j] = Math.max(0, mu[j] - dampService[j] * quantile(joinService, j, -over));
                    }
                    dampService[j] = tune(dampService[j], lastExcessService[j], e);
                    lastExcessService[j] = e;
                }
            }
        }

        private static double tune(double damping, double before, double now) {
            if (before * now < 0) {
                return Math.max(0.02, damping * 0.5);
            }
            if (before * now > 0) {
                return Math.min(0.9, damping * 1.2);
            }
            return damping;
        }
    }
}
