package org.pactum.core.allocation;

import java.util.Arrays;

/**
 * The price update of the price-based method, like a market clearing: each pass counts, per
 * destination (and per destination and service), how many persons (units) would leave it or join it
 * for each small rise or fall of its price (histograms of regret and margin, bins of 0.0005 per
 * person), and every price moves, damped, to the level at which its load would just meet its room,
 * its quota minimum or its service capacity. A price's damping halves when its excess changes sign
 * and grows slowly while it keeps its sign.
 */
final class MarketClearing implements Prices.Counter {

    static final int BINS = 128;
    static final double WIDTH = 0.0005;

    private final Prices prices;
    private final int m;
    private final int k;
    private final int chunks;
    private final int[][] leaves;
    private final int[][] joins;
    private final int[][] leavesService;
    private final int[][] joinsService;
    private final double[] damp;
    private final double[] dampService;
    private final double[] lastExcess;
    private final double[] lastExcessService;

    MarketClearing(Prices prices, int chunks) {
        this.prices = prices;
        this.m = prices.m;
        this.k = prices.k;
        this.chunks = chunks;
        leaves = new int[chunks][m * BINS];
        joins = new int[chunks][m * BINS];
        leavesService = new int[chunks][m * k * BINS];
        joinsService = new int[chunks][m * k * BINS];
        damp = new double[m];
        dampService = new double[m * k];
        lastExcess = new double[m];
        lastExcessService = new double[m * k];
        Arrays.fill(damp, 0.5);
        Arrays.fill(dampService, 0.5);
    }

    /** One pass at current prices, counting who would move; returns the Lagrangian bound. */
    double evaluate() {
        for (int t = 0; t < chunks; t++) {
            Arrays.fill(leaves[t], 0);
            Arrays.fill(joins[t], 0);
            Arrays.fill(leavesService[t], 0);
            Arrays.fill(joinsService[t], 0);
        }
        double bound = prices.evaluate(this, chunks);
        for (int t = 1; t < chunks; t++) {
            add(leaves[0], leaves[t]);
            add(joins[0], joins[t]);
            add(leavesService[0], leavesService[t]);
            add(joinsService[0], joinsService[t]);
        }
        return bound;
    }

    private static void add(int[] into, int[] from) {
        for (int j = 0; j < into.length; j++) {
            into[j] += from[j];
        }
    }

    private static int bin(double margin) {
        int b = (int) (margin / WIDTH);
        return b < 0 ? 0 : b;
    }

    @Override
    public void count(int chunk, int i, int bestD, double best, double gap, Prices p) {
        int profile = p.profile[i];
        int persons = p.profilePersons[profile];
        int[] lv = leaves[chunk];
        int[] jn = joins[chunk];
        int leaveBin = bin(gap / persons);
        if (leaveBin < BINS) {
            lv[bestD * BINS + leaveBin] += persons;
        }
        double limit = BINS * WIDTH * persons;
        float[] scores = p.scores;
        double[] cost = p.cost;
        int base = i * m;
        int costBase = profile * m;
        boolean simple = p.instance.tieIndex(i) < 0;
        for (int d = 0; d < m; d++) {
            double r = simple ? scores[base + d] - cost[costBase + d] : p.reducedAtLastPass(i, d);
            double margin = best - r;
            if (d != bestD && margin < limit) {
                jn[d * BINS + bin(margin / persons)] += persons;
            }
        }
        for (int c = 0; c < k; c++) {
            int a = p.profileNeeds[profile * k + c];
            if (a == 0) {
                continue;
            }
            int b = bin(gap / a);
            if (b < BINS) {
                leavesService[chunk][(bestD * k + c) * BINS + b] += a;
            }
            double limitS = BINS * WIDTH * a;
            for (int d = 0; d < m; d++) {
                if (p.mu[d * k + c] <= 0 || d == bestD) {
                    continue;
                }
                double r = simple ? scores[base + d] - cost[costBase + d] : p.reducedAtLastPass(i, d);
                double margin = best - r;
                if (margin < limitS) {
                    joinsService[chunk][(d * k + c) * BINS + bin(margin / a)] += a;
                }
            }
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
     * minimum or service capacity, read from the counts of the last pass.
     */
    void adjust() {
        Instance instance = prices.instance;
        double[] pi = prices.pi;
        double[] mu = prices.mu;
        int[] leave = leaves[0];
        int[] join = joins[0];
        for (int d = 0; d < m; d++) {
            double excess = 0;
            double next = pi[d];
            long l = prices.load[d];
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
                double over = prices.used[j] - instance.service(d, c);
                double e = 0;
                if (over > 0) {
                    e = over;
                    mu[j] += dampService[j] * quantile(leavesService[0], j, over);
                } else if (mu[j] > 0 && over < 0) {
                    e = over;
                    mu[j] = Math.max(0, mu[j] - dampService[j] * quantile(joinsService[0], j, -over));
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
