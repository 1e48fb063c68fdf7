package org.pactum.bench.allocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.pactum.core.allocation.Allocation;
import org.pactum.core.allocation.Baselines;
import org.pactum.core.allocation.Destination;
import org.pactum.core.allocation.FeasibilityChecker;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.PriceSolver;
import org.pactum.core.allocation.TiePolicy;
import org.pactum.core.allocation.outcome.BoostedTreesModel;
import org.pactum.core.allocation.outcome.Calibration;
import org.pactum.core.allocation.outcome.CaseProfile;
import org.pactum.core.allocation.outcome.DestinationProfile;
import org.pactum.core.allocation.outcome.FairnessReport;
import org.pactum.core.allocation.outcome.OutcomeModel;
import org.pactum.core.allocation.outcome.Placement;
import org.pactum.core.allocation.outcome.ReferenceIndicators;
import org.pactum.core.allocation.outcome.ScoredInstances;
import org.pactum.core.allocation.outcome.SyntheticGroundTruth;
import org.pactum.core.allocation.outcome.SyntheticPlacements;

/**
 * The outcome model on SYNTHETIC data over the EU-27 as destinations, with their real labour
 * markets and co-national migrant stocks (reference data: WDI unemployment and GDP per capita PPP,
 * UN DESA migrant stock, latest up to 2024; population for the quotas):
 *
 * <ol>
 *   <li>a SYNTHETIC history of past placements (seed 1) trains the gradient-boosted trees; another
 *   (seed 2) is held out for the calibration report (reliability by deciles, Brier, log loss, AUC),
 *   beside the ground truth itself and a constant predictor;</li>
 *   <li>SYNTHETIC arrivals (seed 3) are placed under population-share quotas (capacity and quota
 *   maximum 1.10, minimum 0.90 of the share; services 1.15 of the share of needs plus one) by the
 *   quota-only rule (EASY), by batch mode (the price-based solver) on the model's scores and by
 *   batch mode on the ground truth (the oracle); each allocation is valued with the ground truth,
 *   and the model's share of the oracle's gain is reported;</li>
 *   <li>the fairness report: gain of batch mode on the model over quota-only, on the ground truth,
 *   by nationality, gender of the principal applicant and household size.</li>
 * </ol>
 *
 * Usage (from the repository root): {@code java -cp bench/target/pactum-benchmarks.jar
 * org.pactum.bench.allocation.OutcomeBenchmark [training placements] [arrivals] [seed]}, defaults
 * 50,000, 10,000 and 1 (the training history uses the seed, the held-out history seed + 1, the
 * arrivals seed + 2).
 *
 * <p>{@code OutcomeBenchmark scoring <households>} measures only how fast the trees score
 * {@code households} SYNTHETIC arrivals at 400 invented municipalities (unemployment 2 to 12 %,
 * GDP per capita 30,000 to 80,000, networks of up to 100,000 Syrians and 50,000 Afghans, drawn with
 * seed 1), after training on 50,000 placements among them; twice, in the same JVM.
 */
public final class OutcomeBenchmark {

    private static final Path OBSERVATIONS = Path.of("server", "src", "main", "resources", "reference", "observations");
    private static final int YEAR = 2024;
    private static final Map<String, Set<String>> EU27 = new LinkedHashMap<>();

    static {
        String[][] languages = {
                {"AUT", "de"}, {"BEL", "nl fr de"}, {"BGR", "bg"}, {"HRV", "hr"}, {"CYP", "el tr"}, {"CZE", "cs"}, {"DNK", "da"},
                {"EST", "et"}, {"FIN", "fi sv"}, {"FRA", "fr"}, {"DEU", "de"}, {"GRC", "el"}, {"HUN", "hu"}, {"IRL", "en ga"},
                {"ITA", "it"}, {"LVA", "lv"}, {"LTU", "lt"}, {"LUX", "lb fr de"}, {"MLT", "mt en"}, {"NLD", "nl"}, {"POL", "pl"},
                {"PRT", "pt"}, {"ROU", "ro"}, {"SVK", "sk"}, {"SVN", "sl"}, {"ESP", "es"}, {"SWE", "sv"}};
        for (String[] state : languages) {
            EU27.put(state[0], Set.of(state[1].split(" ")));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("scoring")) {
            scoring(Integer.parseInt(args[1]));
            return;
        }
        int trainingSize = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int arrivals = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        System.out.printf(Locale.ROOT, "%d processors, load average %s%n", Runtime.getRuntime().availableProcessors(), load());

        ReferenceIndicators indicators = ReferenceIndicators.of(read("wdi.unemployment"), read("wdi.gdp-per-capita-ppp"), read("undesa.migrant-stock"));
        List<DestinationProfile> profiles = new ArrayList<>();
        EU27.forEach((state, spoken) -> profiles.add(indicators.profile(state, state, YEAR, spoken)));
        Map<String, DestinationProfile> byId = new HashMap<>();
        profiles.forEach(p -> byId.put(p.id(), p));

        // 1. train and calibrate
        SyntheticPlacements.SyntheticHistory training = SyntheticPlacements.history(seed, trainingSize, profiles);
        SyntheticPlacements.SyntheticHistory heldOut = SyntheticPlacements.history(seed + 1, 20_000, profiles);
        BoostedTreesModel.Settings settings = BoostedTreesModel.Settings.defaults();
        long start = System.nanoTime();
        BoostedTreesModel model = BoostedTreesModel.train(training.placements(), byId, settings);
        System.out.printf(Locale.ROOT, "seed %d%n", seed);
        System.out.printf(Locale.ROOT, "SYNTHETIC training history: %,d placements, employed %.1f %%; model %s (%s) trained in %d ms%n",
                trainingSize, 100 * employedShare(training.placements()), model.version(), settings, (System.nanoTime() - start) / 1_000_000);
        double rate = employedShare(training.placements());
        Calibration learnt = calibration(model, heldOut.placements(), byId);
        Calibration oracle = calibration(heldOut.truth(), heldOut.placements(), byId);
        Calibration constant = calibration(new Constant(rate), heldOut.placements(), byId);
        System.out.printf(Locale.ROOT, "%nheld-out SYNTHETIC placements: %,d, employed %.1f %%%n", heldOut.placements().size(), 100 * employedShare(heldOut.placements()));
        System.out.println("| predictor | AUC | Brier | log loss |");
        System.out.println("|---|---|---|---|");
        row("gradient-boosted trees", learnt);
        row("ground truth (oracle, knows the unobserved term)", oracle);
        row("constant (training employment rate)", constant);
        System.out.printf("%nreliability of the trees on held-out data (deciles of predicted probability):%n");
        System.out.println("| decile | placements | predicted range | mean predicted | observed employed |");
        System.out.println("|---|---|---|---|---|");
        for (int g = 0; g < learnt.reliability().size(); g++) {
            Calibration.Bin bin = learnt.reliability().get(g);
            System.out.printf(Locale.ROOT, "| %d | %,d | %.3f-%.3f | %.3f | %.3f |%n", g + 1, bin.count(), bin.lowest(), bin.highest(), bin.meanPredicted(), bin.observedRate());
        }

        // 2. allocate arrivals three ways, value each on the ground truth
        SyntheticPlacements.SyntheticCases cases = SyntheticPlacements.cases(seed + 2, arrivals, profiles);
        List<Destination> destinations = quotas(cases.households(), read("wdi.population"));
        TiePolicy ties = TiePolicy.weighted(0);
        Instance truth = ScoredInstances.of(cases.households(), destinations, SyntheticPlacements.DIMENSIONS, byId, cases.truth(), ties);
        start = System.nanoTime();
        Instance predicted = ScoredInstances.of(cases.households(), destinations, SyntheticPlacements.DIMENSIONS, byId, model, ties);
        System.out.printf(Locale.ROOT, "%nSYNTHETIC arrivals: %,d households (%,d persons) x %d destinations x %d services; model scores for %,d pairs in %d ms%n",
                arrivals, truth.totalPersons(), destinations.size(), SyntheticPlacements.DIMENSIONS.size(), (long) arrivals * destinations.size(),
                (System.nanoTime() - start) / 1_000_000);
        Allocation quotaOnly = Baselines.quotaOnly(truth);
        PriceSolver solver = new PriceSolver(PriceSolver.Settings.of(0.001, 120_000));
        Allocation onModel = solver.solve(predicted).allocation();
        Allocation onTruth = solver.solve(truth).allocation();
        Instance observable = ScoredInstances.of(cases.households(), destinations, SyntheticPlacements.DIMENSIONS, byId, new Observable(), ties);
        Allocation onObservable = solver.solve(observable).allocation();
        double base = valued(truth, quotaOnly);
        double model2 = valued(truth, onModel);
        double best = valued(truth, onTruth);
        double seen = valued(truth, onObservable);
        System.out.println("| allocation | expected households with an adult employed within a year (ground truth) | gain over quota-only | gap to its own bound | solver wall-clock | checker |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| quota-only (EASY) | %.1f | | | %.1f s | %s |%n", base, quotaOnly.millis() / 1000.0, checked(truth, quotaOnly));
        System.out.printf(Locale.ROOT, "| batch mode on the trees' scores | %.1f | %+.2f %% | %.3f %% | %.1f s | %s |%n", model2, 100 * (model2 - base) / base, 100 * onModel.gap(), onModel.millis() / 1000.0, checked(truth, onModel));
        System.out.printf(Locale.ROOT, "| batch mode on the ground truth without the unobserved term | %.1f | %+.2f %% | %.3f %% | %.1f s | %s |%n", seen, 100 * (seen - base) / base, 100 * onObservable.gap(), onObservable.millis() / 1000.0, checked(truth, onObservable));
        System.out.printf(Locale.ROOT, "| batch mode on the ground truth (oracle) | %.1f | %+.2f %% | %.3f %% | %.1f s | %s |%n", best, 100 * (best - base) / base, 100 * onTruth.gap(), onTruth.millis() / 1000.0, checked(truth, onTruth));
        System.out.printf(Locale.ROOT, "the trees achieve %.1f %% of the oracle's gain over quota-only (the truth without the unobserved term: %.1f %%)%n",
                100 * (model2 - base) / (best - base), 100 * (seen - base) / (best - base));

        // 3. fairness
        FairnessReport fairness = FairnessReport.of(cases.households(), truth, quotaOnly.destinationOf(), onModel.destinationOf());
        System.out.printf("%nfairness: batch mode on the trees' scores against quota-only, valued on the ground truth%n");
        System.out.println("| group | households | quota-only | batch mode | gain | relative gain |");
        System.out.println("|---|---|---|---|---|---|");
        group(fairness.overall());
        fairness.byGender().forEach(OutcomeBenchmark::group);
        fairness.bySize().forEach(OutcomeBenchmark::group);
        fairness.byNationality().forEach(OutcomeBenchmark::group);
        System.out.printf(Locale.ROOT, "%nload average after: %s%n", load());
    }

    private static void scoring(int households) {
        System.out.printf(Locale.ROOT, "%d processors, load average %s%n", Runtime.getRuntime().availableProcessors(), load());
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        List<DestinationProfile> municipalities = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            municipalities.add(new DestinationProfile(String.format("M%03d", d + 1), Set.of("de"), 2 + 10 * random.nextDouble(),
                    30_000 + 50_000 * random.nextDouble(), Map.of("SYR", (long) random.nextInt(100_000), "AFG", (long) random.nextInt(50_000))));
        }
        Map<String, DestinationProfile> byId = new HashMap<>();
        municipalities.forEach(m -> byId.put(m.id(), m));
        BoostedTreesModel model = BoostedTreesModel.train(SyntheticPlacements.history(1, 50_000, municipalities).placements(), byId,
                BoostedTreesModel.Settings.defaults());
        List<CaseProfile> arrivals = SyntheticPlacements.cases(2, households, municipalities).households();
        for (int run = 1; run <= 2; run++) {
            long start = System.nanoTime();
            model.predictAll(arrivals, municipalities);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "run %d: %,d households x 400 municipalities = %,d pairs scored in %d ms (%.2f microseconds per pair); load average %s%n",
                    run, households, households * 400L, millis, 1000.0 * millis / (households * 400.0), load());
        }
    }

    /** Capacity and quota maximum ceil(1.10 P w), minimum floor(0.90 P w), services ceil(1.15 A w) + 1, with w the population share. */
    private static List<Destination> quotas(List<CaseProfile> households, String populationCsv) {
        Map<String, Double> population = new HashMap<>();
        for (String line : populationCsv.split("\n")) {
            String[] cells = line.split(",");
            if (cells.length == 4 && EU27.containsKey(cells[0]) && cells[2].equals(String.valueOf(YEAR))) {
                population.put(cells[0], Double.parseDouble(cells[3]));
            }
        }
        double total = population.values().stream().mapToDouble(Double::doubleValue).sum();
        long persons = households.stream().mapToLong(CaseProfile::persons).sum();
        int k = SyntheticPlacements.DIMENSIONS.size();
        long[] need = new long[k];
        for (CaseProfile household : households) {
            int[] needs = household.needs();
            for (int c = 0; c < k; c++) {
                need[c] += needs[c];
            }
        }
        List<Destination> destinations = new ArrayList<>();
        for (String state : EU27.keySet()) {
            double w = population.get(state) / total;
            int[] services = new int[k];
            for (int c = 0; c < k; c++) {
                services[c] = (int) Math.ceil(1.15 * need[c] * w) + 1;
            }
            int capacity = (int) Math.ceil(1.10 * persons * w);
            destinations.add(new Destination(state, capacity, (int) Math.floor(0.90 * persons * w), capacity, services));
        }
        return destinations;
    }

    private static double valued(Instance truth, Allocation allocation) {
        double total = 0;
        for (int i = 0; i < truth.households(); i++) {
            total += truth.score(i, allocation.destinationOf(i));
        }
        return total;
    }

    private static String checked(Instance instance, Allocation allocation) {
        List<String> violations = FeasibilityChecker.violations(instance, allocation.destinationOf());
        return violations.isEmpty() ? "feasible" : violations.size() + " violations, first: " + violations.get(0);
    }

    private static void group(FairnessReport.Group group) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %+.1f | %+.1f %% |%n", group.name(), group.households(), group.baseline(), group.optimised(),
                group.gain(), 100 * group.relativeGain());
    }

    private static void row(String name, Calibration calibration) {
        System.out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f |%n", name, calibration.auc(), calibration.brier(), calibration.logLoss());
    }

    private static Calibration calibration(OutcomeModel predictor, List<Placement> placements, Map<String, DestinationProfile> byId) {
        double[] predicted = new double[placements.size()];
        boolean[] observed = new boolean[placements.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = predictor.predict(placements.get(i).household(), byId.get(placements.get(i).destination()));
            observed[i] = placements.get(i).employed();
        }
        return Calibration.of(predicted, observed, 10);
    }

    private static double employedShare(List<Placement> placements) {
        return placements.stream().filter(Placement::employed).count() / (double) placements.size();
    }

    /** The ground truth's formula without the household's unobserved term: the most a model of the profiles could know. */
    private static final class Observable implements OutcomeModel {
        public String version() {
            return "synthetic ground truth without the unobserved term";
        }

        public double predict(CaseProfile household, DestinationProfile destination) {
            return 1 / (1 + Math.exp(-SyntheticGroundTruth.observableLogit(household, destination)));
        }
    }

    private record Constant(double rate) implements OutcomeModel {
        public String version() {
            return "constant";
        }

        public double predict(CaseProfile household, DestinationProfile destination) {
            return rate;
        }
    }

    private static String read(String series) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(OBSERVATIONS.resolve(series + ".csv.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
