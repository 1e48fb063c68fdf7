package org.pactum.bench.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.core.allocation.Allocation;
import org.pactum.core.allocation.Baselines;
import org.pactum.core.allocation.DynamicMode;
import org.pactum.core.allocation.ExactSolver;
import org.pactum.core.allocation.FeasibilityChecker;
import org.pactum.core.allocation.InfeasibleInstanceException;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.PriceSolver;
import org.pactum.core.allocation.SyntheticInstances;

/**
 * Case allocation at three sizes on SYNTHETIC instances from {@link SyntheticInstances} (its
 * documentation is the generator's specification; the scores it draws are the ground truth):
 *
 * <pre>
 * small     2,500 households x  40 destinations x 5 services: exact solver, and COIN-OR CBC on the same model as MPS
 * national 100,000 households x 400 destinations x 3 services: price-based method, target gap 0.5 %, 60 s
 * eu     1,000,000 households x 400 destinations x 3 services: price-based method, target gap 1 %, 600 s
 * dynamic  10,000 households x  40 destinations x 3 services in 52 weekly batches, against the hindsight optimum
 * </pre>
 *
 * For each it prints the quota-only (EASY) and greedy baselines, the method's objective (expected
 * households with an adult employed within a year, plus tie weights), the proven upper bound, the
 * gap, the wall-clock time, the checker's verdict, and the gain over quota-only. Usage:
 * {@code java -Xmx8g -cp bench/target/pactum-benchmarks.jar org.pactum.bench.allocation.AllocationBenchmark small|national|eu|dynamic [seed]}.
 */
public final class AllocationBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AllocationBenchmark small|national|eu [seed]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        switch (args[0]) {
            case "small" -> small(seed);
            case "national" -> large(seed, 100_000, 0.005, 60_000);
            case "eu" -> large(seed, 1_000_000, 0.01, 600_000);
            case "dynamic" -> dynamic(seed);
            default -> {
                System.err.println("unknown size " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void small(long seed) throws IOException, InterruptedException {
        Instance instance = generate(seed, 2_500, 40, 5);
        Allocation easy = baseline("quota-only (EASY)", () -> Baselines.quotaOnly(instance));
        baseline("greedy", () -> Baselines.greedy(instance));
        // first solve warms up the JVM and loads OR-Tools' native library; the second is the one reported
        new ExactSolver(10_000).solve(instance);
        ExactSolver.Result exact = new ExactSolver(120_000).solve(instance);
        report(instance, exact.allocation(), easy, "LP optimum (Lagrangian value at the duals of the LP solved by column generation with GLOP)");
        System.out.printf(Locale.ROOT, "exact: proven optimal %s; integer-program bound %.6f (kind: SCIP's bound on the core, or LP bound minus the fixing threshold for pairs left out), "
                        + "gap to it %.5f %%; LP bound %.6f; core of %d pairs after reduced-cost fixing%n",
                exact.optimal(), exact.mipBound(), 100 * (exact.mipBound() - exact.allocation().objective()) / exact.mipBound(), exact.lpBound(), exact.coreVariables());
        // CBC 2.10 ignores the MPS file's OBJSENSE MAX ("Coin ignores"), hence "maximize" on its command line
        Path dir = Files.createTempDirectory("pactum-allocation");
        Path mps = dir.resolve("small.mps");
        Files.writeString(mps, ExactSolver.mps(instance));
        Path cbc = Path.of("/usr/bin/cbc");
        if (!Files.isExecutable(cbc)) {
            System.out.println("cbc: not installed (bench/allocation.sh installs Debian's coinor-cbc)");
            return;
        }
        String seconds = System.getProperty("pactum.bench.cbcSeconds", "600");
        List<String> command = new ArrayList<>(List.of(cbc.toString(), mps.toString(), "maximize", "threads", "1", "ratio", "1e-7", "timeMode", "elapsed", "sec", seconds, "solve", "solution", dir.resolve("cbc.sol").toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.MINUTES);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Matcher objective = Pattern.compile("Objective value:\\s+(-?[0-9.e+]+)").matcher(output);
        Matcher result = Pattern.compile("Result - (.*)").matcher(output);
        Matcher bound = Pattern.compile("(?:Lower|Upper) bound:\\s+(-?[0-9.e+]+)").matcher(output);
        Matcher gap = Pattern.compile("\\nGap:\\s+(-?[0-9.e+]+)").matcher(output);
        System.out.printf(Locale.ROOT, "cbc (1 thread, wall-clock limit %s s, same model as MPS): %s, objective %s, bound %s, gap %s, wall-clock %d ms (command: %s); load average %s%n",
                seconds, result.find() ? result.group(1).trim() : "?", objective.find() ? objective.group(1) : "?", bound.find() ? bound.group(1) : "?",
                gap.find() ? gap.group(1) : "?", millis, String.join(" ", command), load());
    }

    private static void large(long seed, int households, double gap, long millis) {
        Instance instance = generate(seed, households, 400, 3);
        Allocation easy = baseline("quota-only (EASY)", () -> Baselines.quotaOnly(instance));
        baseline("greedy", () -> Baselines.greedy(instance));
        PriceSolver.Result result = new PriceSolver(PriceSolver.Settings.of(gap, millis)).solve(instance);
        report(instance, result.allocation(), easy, "Lagrangian dual value at the best prices found (at least the LP optimum)");
        System.out.printf(Locale.ROOT, "price rounds: %d; threads %d; heap used after: %d MB of at most %d MB%n", result.rounds(), PriceSolver.Settings.of(gap, millis).threads(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void dynamic(long seed) {
        Instance year = generate(seed, 10_000, 40, 3);
        Allocation easy = baseline("quota-only (EASY), arrival order", () -> Baselines.quotaOnly(year));
        long start = System.nanoTime();
        DynamicMode.Result result = DynamicMode.simulate(year, 52, new PriceSolver.Settings(0.001, 2_000, 120_000, 1));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "dynamic: complete %s; %d households found no room left when they arrived%s%n", result.complete(), result.unplaced().size(),
                result.unplaced().isEmpty() ? "" : ", first: " + result.unplaced().get(0));
        System.out.printf(Locale.ROOT, "dynamic, 52 weekly batches: objective %.4f; hindsight: best allocation %.4f, upper bound %.4f; share of hindsight at least %.2f %%; "
                        + "wall-clock %d ms (simulation and hindsight); checker: %s%n",
                result.objective(), result.hindsightObjective(), result.hindsightBound(), 100 * result.shareOfHindsight(), millis,
                result.violations().isEmpty() ? "feasible" : result.violations().size() + " violations, first: " + result.violations().get(0));
        System.out.printf(Locale.ROOT, "load average after: %s%n", load());
        if (easy != null) {
            System.out.printf(Locale.ROOT, "quota-only share of hindsight at most %.2f %%; dynamic gain over quota-only %+.2f %%%n",
                    100 * easy.objective() / result.hindsightObjective(), 100 * (result.objective() - easy.objective()) / easy.objective());
        }
    }

    private static Instance generate(long seed, int n, int m, int k) {
        long start = System.nanoTime();
        Instance instance = SyntheticInstances.generate(seed, n, m, k, 0.05);
        System.out.printf(Locale.ROOT, "instance: %,d households (%,d persons) x %d destinations x %d services, seed %d, generated in %d ms; %d processors, load average %s%n",
                n, instance.totalPersons(), m, k, seed, (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().availableProcessors(), load());
        return instance;
    }

    private static Allocation baseline(String name, java.util.function.Supplier<Allocation> run) {
        try {
            Allocation allocation = run.get();
            System.out.printf(Locale.ROOT, "%s: objective %.4f in %d ms%n", name, allocation.objective(), allocation.millis());
            return allocation;
        } catch (InfeasibleInstanceException stuck) {
            System.out.printf(Locale.ROOT, "%s: refused (%s)%n", name, stuck.getMessage());
            return null;
        }
    }

    private static void report(Instance instance, Allocation allocation, Allocation easy, String boundKind) {
        List<String> violations = FeasibilityChecker.violations(instance, allocation.destinationOf());
        System.out.printf(Locale.ROOT, "%s: objective %.4f, upper bound %.4f (kind: %s), gap %.4f %%, wall-clock %d ms, checker: %s%n",
                allocation.method(), allocation.objective(), allocation.upperBound(), boundKind, 100 * allocation.gap(), allocation.millis(),
                violations.isEmpty() ? "feasible" : violations.size() + " violations, first: " + violations.get(0));
        if (easy != null) {
            System.out.printf(Locale.ROOT, "gain over quota-only on the synthetic ground truth: %+.2f %% (%.1f more expected households with an adult employed)%n",
                    100 * (allocation.objective() - easy.objective()) / easy.objective(), allocation.objective() - easy.objective());
        }
        System.out.printf(Locale.ROOT, "load average after: %s%n", load());
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
