package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A generator of SYNTHETIC households and SYNTHETIC placement histories, for tests and benchmarks
 * only: real case-level records are not public. Every id starts with {@code SYN-}. Everything
 * follows from the seed and the destinations given (real or invented profiles).
 *
 * <p>Households ({@link #cases}):
 * <ul>
 *   <li>Nationality: SYR 20 %, AFG 18 %, UKR 14 %, IRQ 8 %, TUR 8 %, VEN 6 %, COL 5 %, ERI 5 %,
 *   SOM 4 %, NGA 4 %, COD 4 %, PAK 4 %; the household speaks its nationality's languages
 *   ({@link #LANGUAGES}).</li>
 *   <li>Size: 1 person 35 %, 2: 15 %, 3: 15 %, 4: 15 %, 5: 10 %, 6: 5 %, 7: 5 %. Adults: one for a
 *   single person, otherwise two with probability 0.8 (else one); each adult is 18-34 with
 *   probability 0.55, 35-64 with 0.38, 65+ with 0.07; the other members are children, each under 6
 *   with probability 0.4 (else 6-17).</li>
 *   <li>Education (highest of the adults): none 15 %, primary 30 %, secondary 35 %, tertiary 20 %.
 *   Speaks English with probability 0.05, 0.15, 0.35, 0.7 by that level (always for NGA and
 *   PAK); speaks a language of one destination drawn uniformly with probability 0.1.</li>
 *   <li>Medical needs: 10 %. Principal applicant: female with probability 0.6 when the only adult
 *   lives with children, 0.3 otherwise; male otherwise.</li>
 *   <li>Tie: with probability 0.05, to a destination drawn in proportion to its co-nationals plus
 *   10,000.</li>
 *   <li>Service needs, in the order of {@link #DIMENSIONS}: one large-family housing unit for 5 or
 *   more persons; one medical place with medical needs.</li>
 *   <li>Unobserved employability {@code ε_i ~ N(0, 0.5²)}, known only to the ground truth.</li>
 * </ul>
 *
 * <p>Histories ({@link #history}): each household is placed at a destination drawn uniformly (as
 * an outcome-blind dispersal would), and is employed within a year with the probability of the
 * documented {@link SyntheticGroundTruth}, drawn once.
 */
public final class SyntheticPlacements {

    /** The service dimensions of the synthetic households' needs. */
    public static final List<String> DIMENSIONS = List.of("large-family housing", "medical places");

    /** The nationalities drawn, with their languages. */
    public static final Map<String, Set<String>> LANGUAGES = Map.ofEntries(
            Map.entry("SYR", Set.of("ar")), Map.entry("AFG", Set.of("fa", "ps")), Map.entry("UKR", Set.of("uk", "ru")),
            Map.entry("IRQ", Set.of("ar", "ku")), Map.entry("TUR", Set.of("tr", "ku")), Map.entry("VEN", Set.of("es")),
            Map.entry("COL", Set.of("es")), Map.entry("ERI", Set.of("ti")), Map.entry("SOM", Set.of("so")),
            Map.entry("NGA", Set.of("en", "yo")), Map.entry("COD", Set.of("fr", "ln")), Map.entry("PAK", Set.of("ur", "en")));

    private static final String[] NATIONALITIES = {"SYR", "AFG", "UKR", "IRQ", "TUR", "VEN", "COL", "ERI", "SOM", "NGA", "COD", "PAK"};
    private static final double[] NATIONALITY_CUMULATIVE = {0.20, 0.38, 0.52, 0.60, 0.68, 0.74, 0.79, 0.84, 0.88, 0.92, 0.96, 1.0};
    private static final double[] SIZE_CUMULATIVE = {0.35, 0.50, 0.65, 0.80, 0.90, 0.95, 1.0};
    private static final double[] EDUCATION_CUMULATIVE = {0.15, 0.45, 0.80, 1.0};
    private static final double[] ENGLISH_BY_EDUCATION = {0.05, 0.15, 0.35, 0.7};

    private SyntheticPlacements() {
    }

    /** SYNTHETIC households and the ground truth that knows their unobserved employability. */
    public record SyntheticCases(List<CaseProfile> households, SyntheticGroundTruth truth) {
        public SyntheticCases {
            households = List.copyOf(households);
        }
    }

    /** A SYNTHETIC history of placements and its ground truth. */
    public record SyntheticHistory(List<Placement> placements, SyntheticGroundTruth truth) {
        public SyntheticHistory {
            placements = List.copyOf(placements);
        }
    }

    /** {@code n} SYNTHETIC households with ids {@code SYN-<seed>-<number>}, to be placed among {@code destinations}. */
    public static SyntheticCases cases(long seed, int n, List<DestinationProfile> destinations) {
        if (n < 1 || destinations.isEmpty()) {
            throw new IllegalArgumentException("at least one household and one destination");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<CaseProfile> households = new ArrayList<>(n);
        Map<String, Double> unobserved = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = "SYN-" + seed + "-" + (i + 1);
            String nationality = NATIONALITIES[draw(random, NATIONALITY_CUMULATIVE)];
            int size = draw(random, SIZE_CUMULATIVE) + 1;
            int adults = size == 1 ? 1 : random.nextDouble() < 0.8 ? 2 : 1;
            int[] band = new int[5];
            for (int a = 0; a < adults; a++) {
                double u = random.nextDouble();
                band[u < 0.55 ? 2 : u < 0.93 ? 3 : 4]++;
            }
            for (int c = adults; c < size; c++) {
                band[random.nextDouble() < 0.4 ? 0 : 1]++;
            }
            AgeBands members = new AgeBands(band[0], band[1], band[2], band[3], band[4]);
            Education education = Education.values()[draw(random, EDUCATION_CUMULATIVE)];
            Set<String> languages = new TreeSet<>(LANGUAGES.get(nationality));
            if (random.nextDouble() < ENGLISH_BY_EDUCATION[education.level()]) {
                languages.add("en");
            }
            if (random.nextDouble() < 0.1) {
                DestinationProfile learnt = destinations.get(random.nextInt(destinations.size()));
                if (!learnt.languages().isEmpty()) {
                    List<String> spoken = new ArrayList<>(new TreeSet<>(learnt.languages()));
                    languages.add(spoken.get(random.nextInt(spoken.size())));
                }
            }
            boolean medical = random.nextDouble() < 0.1;
            boolean femaleLikely = adults == 1 && size > 1;
            Gender gender = random.nextDouble() < (femaleLikely ? 0.6 : 0.3) ? Gender.FEMALE : Gender.MALE;
            Optional<String> tie = Optional.empty();
            if (random.nextDouble() < 0.05) {
                tie = Optional.of(tieDestination(random, destinations, nationality));
            }
            int[] needs = {size >= 5 ? 1 : 0, medical ? 1 : 0};
            households.add(new CaseProfile(id, members, languages, education, medical, nationality, gender, tie, needs));
            unobserved.put(id, 0.5 * random.nextGaussian());
        }
        return new SyntheticCases(households, new SyntheticGroundTruth(unobserved));
    }

    /** {@code n} SYNTHETIC past placements among {@code destinations}, with outcomes drawn from the ground truth. */
    public static SyntheticHistory history(long seed, int n, List<DestinationProfile> destinations) {
        SyntheticCases cases = cases(seed, n, destinations);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Placement> placements = new ArrayList<>(n);
        for (CaseProfile household : cases.households()) {
            DestinationProfile destination = destinations.get(random.nextInt(destinations.size()));
            boolean employed = random.nextDouble() < cases.truth().predict(household, destination);
            placements.add(new Placement(household, destination.id(), employed));
        }
        return new SyntheticHistory(placements, cases.truth());
    }

    private static String tieDestination(SplittableRandom random, List<DestinationProfile> destinations, String nationality) {
        double total = 0;
        for (DestinationProfile destination : destinations) {
            total += destination.coNationals(nationality) + 10_000.0;
        }
        double u = random.nextDouble() * total;
        for (DestinationProfile destination : destinations) {
            u -= destination.coNationals(nationality) + 10_000.0;
            if (u < 0) {
                return destination.id();
            }
        }
        return destinations.get(destinations.size() - 1).id();
    }

    private static int draw(SplittableRandom random, double[] cumulative) {
        double u = random.nextDouble();
        int k = 0;
        while (k < cumulative.length - 1 && u >= cumulative[k]) {
            k++;
        }
        return k;
    }
}
