package org.pactum.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A documented generator of SYNTHETIC allocation instances for tests and benchmarks (real case
 * data is not public). Everything follows from the seed:
 *
 * <ul>
 *   <li>Household size: 1 person 35 %, 2: 15 %, 3: 15 %, 4: 15 %, 5: 10 %, 6: 5 %, 7: 5 %. Adults:
 *   one for a single person, otherwise two (one with probability 0.2).</li>
 *   <li>Service needs, in this order of dimensions: large-family housing (one unit for five or more
 *   persons), medical places (one with probability 0.08), language-course places (one per adult
 *   with probability 0.6), then, when five dimensions are asked for, childcare places (one unit if
 *   there are children) and trauma counselling (one with probability 0.05).</li>
 *   <li>Destination weight {@code w_d}: log-normal (σ = 0.8), normalised to sum to 1. With {@code P}
 *   the total persons and {@code A_c} the total need of service {@code c}: capacity and quota maximum
 *   {@code ceil(1.10 × P × w_d)}, quota minimum {@code floor(0.90 × P × w_d)}, service capacity
 *   {@code ceil(1.15 × A_c × w_d) + 1}.</li>
 *   <li>Score (the ground-truth probability that an adult is employed within a year):
 *   {@code sigmoid(−0.4 + a_i + b_d + u_i · v_d)} with household employability {@code a_i ~ N(0, 0.6²)},
 *   local labour market {@code b_d ~ N(0, 0.4²)}, and three-dimensional profiles {@code u_i, v_d ~ N(0, 0.6²)}
 *   per component (skills and languages meeting local demand).</li>
 *   <li>A pair is incompatible (score {@code NaN}) with probability 0.01, drawn from a hash of seed,
 *   household and destination; a household is tied to a destination (drawn by weight) with
 *   probability 0.05, weighted with {@code tieWeight}.</li>
 * </ul>
 */
public final class SyntheticInstances {

    private static final String[] DIMENSIONS = {"large-family housing", "medical places", "language-course places", "childcare places", "trauma counselling"};
    private static final double[] SIZE_CUMULATIVE = {0.35, 0.50, 0.65, 0.80, 0.90, 0.95, 1.0};

    private SyntheticInstances() {
    }

    public static Instance generate(long seed, int households, int destinations, int dimensions, double tieWeight) {
        if (households < 1 || destinations < 1 || dimensions < 0 || dimensions > DIMENSIONS.length) {
            throw new IllegalArgumentException("at least one household and destination, and 0 to 5 service dimensions");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = households;
        int m = destinations;
        int k = dimensions;
        double[] weight = new double[m];
        double totalWeight = 0;
        double[] labour = new double[m];
        double[] profileD = new double[m * 3];
        for (int d = 0; d < m; d++) {
            weight[d] = Math.exp(0.8 * gaussian(random));
            totalWeight += weight[d];
            labour[d] = 0.4 * gaussian(random);
            for (int j = 0; j < 3; j++) {
                profileD[d * 3 + j] = 0.6 * gaussian(random);
            }
        }
        double[] cumulative = new double[m];
        double running = 0;
        for (int d = 0; d < m; d++) {
            weight[d] /= totalWeight;
            running += weight[d];
            cumulative[d] = running;
        }
        int[] size = new int[n];
        int[][] needs = new int[n][k];
        int[] tie = new int[n];
        double[] employability = new double[n];
        double[] profileH = new double[n * 3];
        long persons = 0;
        long[] totalNeed = new long[k];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int s = 0;
            while (u > SIZE_CUMULATIVE[s]) {
                s++;
            }
            size[i] = s + 1;
            int adults = size[i] == 1 ? 1 : random.nextDouble() < 0.2 ? 1 : 2;
            int[] need = new int[5];
            need[0] = size[i] >= 5 ? 1 : 0;
            need[1] = random.nextDouble() < 0.08 ? 1 : 0;
            need[2] = random.nextDouble() < 0.6 ? adults : 0;
            need[3] = size[i] > adults ? 1 : 0;
            need[4] = random.nextDouble() < 0.05 ? 1 : 0;
            System.arraycopy(need, 0, needs[i], 0, k);
            for (int c = 0; c < k; c++) {
                totalNeed[c] += needs[i][c];
            }
            persons += size[i];
            tie[i] = -1;
            if (random.nextDouble() < 0.05) {
                double w = random.nextDouble();
                int d = 0;
                while (d < m - 1 && cumulative[d] < w) {
                    d++;
                }
                tie[i] = d;
            }
            employability[i] = 0.6 * gaussian(random);
            for (int j = 0; j < 3; j++) {
                profileH[i * 3 + j] = 0.6 * gaussian(random);
            }
        }
        List<Destination> destinationList = new ArrayList<>(m);
        for (int d = 0; d < m; d++) {
            int capacity = (int) Math.ceil(1.10 * persons * weight[d]);
            int minimum = (int) Math.floor(0.90 * persons * weight[d]);
            int[] services = new int[k];
            for (int c = 0; c < k; c++) {
                services[c] = (int) Math.ceil(1.15 * totalNeed[c] * weight[d]) + 1;
            }
            destinationList.add(new Destination(String.format("D%03d", d + 1), capacity, minimum, capacity, services));
        }
        List<Household> householdList = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            householdList.add(new Household(String.format("H%07d", i + 1), size[i], needs[i],
                    tie[i] < 0 ? Optional.empty() : Optional.of(destinationList.get(tie[i]).id())));
        }
        float[] scores = new float[Math.multiplyExact(n, m)];
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int d = 0; d < m; d++) {
                if (unit(seed, i, d) < 0.01) {
                    scores[i * m + d] = Float.NaN;
                    continue;
                }
                double z = -0.4 + employability[i] + labour[d]
                        + profileH[i * 3] * profileD[d * 3] + profileH[i * 3 + 1] * profileD[d * 3 + 1] + profileH[i * 3 + 2] * profileD[d * 3 + 2];
                scores[i * m + d] = (float) (1 / (1 + Math.exp(-z)));
            }
        });
        List<String> dimensionNames = List.of(DIMENSIONS).subList(0, k);
        return Instance.of(householdList, destinationList, dimensionNames, scores, TiePolicy.weighted(tieWeight));
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A uniform number in [0, 1) from seed, household and destination (SplitMix64 finaliser). */
    private static double unit(long seed, int i, int d) {
        long z = seed * 0x9E3779B97F4A7C15L + ((long) i << 20) + d;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
