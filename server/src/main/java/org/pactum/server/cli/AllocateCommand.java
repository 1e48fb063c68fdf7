package org.pactum.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pactum.core.allocation.AllocationCsv;
import org.pactum.core.allocation.Diagnosis;
import org.pactum.core.allocation.Infeasibility;
import org.pactum.core.allocation.InfeasibleInstanceException;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;
import org.pactum.core.allocation.TiePolicy;
import org.pactum.server.allocation.AllocationMode;
import org.pactum.server.allocation.AllocationSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pactum allocate}: places the households of a CSV file at the destinations of another, on this
 * machine, with the core solvers (nothing is stored and no database is opened). Prints the method,
 * objective, proven upper bound, gap and the totals per destination; writes the placements (household
 * id, persons, destination, score) to {@code --out}, or to standard output with the summary on
 * standard error. Bad files exit with 2 and every problem by file, line and column; an instance no
 * placement can satisfy exits with 3 and the reasons (constraint, destinations, rows); a failure of the
 * solver itself exits with 1.
 */
@Command(name = "allocate", description = "Place households at destinations under quotas and capacities (CSV in, CSV out).")
class AllocateCommand implements Callable<Integer> {

    /** Exit code for an instance no placement can satisfy. */
    static final int INFEASIBLE = 3;

    /** Exit code when the solver itself fails: not the input's fault. */
    static final int FAILED = 1;

    @Option(names = "--cases", required = true, description = "Households CSV: id,persons,need:<dimension>...,tied_to,score:<destination>...")
    Path cases;

    @Option(names = "--destinations", required = true, description = "Destinations CSV: id,capacity,minimum,maximum,service:<dimension>...")
    Path destinations;

    @Option(names = "--mode", defaultValue = "batch", description = "batch, dynamic, quota-only or greedy (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--time-limit", defaultValue = "60s", description = "The solver's time limit, e.g. 60s, 5m (default: ${DEFAULT-VALUE})")
    String timeLimit;

    @Option(names = "--ties", defaultValue = "weighted", description = "hard or weighted (default: ${DEFAULT-VALUE})")
    String ties;

    @Option(names = "--tie-bonus", defaultValue = "0.1", description = "Bonus on the score at a tied destination, 0 to 1 (default: ${DEFAULT-VALUE})")
    double tieBonus;

    @Option(names = "--weeks", defaultValue = "52", description = "Weekly batches in dynamic mode (default: ${DEFAULT-VALUE})")
    int weeks;

    @Option(names = "--out", description = "Where to write the placements CSV (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Optional<AllocationMode> chosen = AllocationMode.ofCode(mode);
        if (chosen.isEmpty()) {
            System.err.println("pactum allocate: --mode must be batch, dynamic, quota-only or greedy, was '" + mode + "'");
            return PactumCli.BAD_INPUT;
        }
        Optional<Duration> limit = duration(timeLimit);
        if (limit.isEmpty()) {
            System.err.println("pactum allocate: --time-limit must be a positive duration such as 60s or 5m, was '" + timeLimit + "'");
            return PactumCli.BAD_INPUT;
        }
        if (!ties.equals("hard") && !ties.equals("weighted") || !(tieBonus >= 0 && tieBonus <= 1) || weeks < 1) {
            System.err.println("pactum allocate: --ties is hard or weighted, --tie-bonus between 0 and 1, --weeks at least 1");
            return PactumCli.BAD_INPUT;
        }
        String destinationsCsv;
        String casesCsv;
        try {
            destinationsCsv = Files.readString(destinations, StandardCharsets.UTF_8);
            casesCsv = Files.readString(cases, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            System.err.println("pactum allocate: no file " + e.getFile());
            return PactumCli.BAD_INPUT;
        }
        Instance instance;
        try {
            instance = AllocationCsv.read(destinations.getFileName().toString(), destinationsCsv, cases.getFileName().toString(), casesCsv,
                    ties.equals("hard") ? TiePolicy.hard() : TiePolicy.weighted(tieBonus));
        } catch (InvalidInstanceException e) {
            System.err.println("pactum allocate: the files are not a valid allocation instance:");
            e.problems().stream().map(InstanceProblem::describe).forEach(p -> System.err.println("  " + p));
            return PactumCli.BAD_INPUT;
        }
        AllocationSolver.Result result;
        try {
            Diagnosis.requireNoObviousInfeasibility(instance);
            result = AllocationSolver.solve(instance, chosen.get(), limit.get(), Optional.of(weeks), 200_000,
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
        } catch (InfeasibleInstanceException e) {
            System.err.println("pactum allocate: no placement meets every rule; nothing was written:");
            e.reasons().stream().map(Infeasibility::describe).forEach(r -> System.err.println("  " + r));
            return INFEASIBLE;
        } catch (RuntimeException | LinkageError e) {
            System.err.println("pactum allocate: the solver stopped before a complete placement was found (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); nothing was written");
            return FAILED;
        }
        PrintStream summary = out == null ? System.err : System.out;
        summary(summary, instance, result);
        StringBuilder csv = new StringBuilder("id,persons,destination,score\n");
        for (int i = 0; i < instance.households(); i++) {
            int d = result.placement()[i];
            csv.append(instance.householdId(i)).append(',').append(instance.persons(i)).append(',').append(instance.destinationId(d)).append(',')
                    .append(Float.toString((float) instance.score(i, d))).append('\n');
        }
        if (out == null) {
            System.out.print(csv);
            System.out.flush();
        } else {
            Files.writeString(out, csv, StandardCharsets.UTF_8);
            summary.println("placements written to " + out);
        }
        return 0;
    }

    private static void summary(PrintStream to, Instance instance, AllocationSolver.Result result) {
        to.println("method:     " + result.method());
        to.println("households: " + instance.households() + " (" + instance.totalPersons() + " persons), destinations: " + instance.destinations());
        to.println("objective:  " + String.format(Locale.ROOT, "%.6f", result.objective()));
        to.println("bound:      " + result.upperBound().map(b -> String.format(Locale.ROOT, "%.6f", b)).orElse("none proven"));
        to.println("gap:        " + result.gap().map(g -> String.format(Locale.ROOT, "%.4f %%", g * 100)).orElse("unknown")
                + (result.provenOptimal() ? " (proven optimal)" : ""));
        to.println("time:       " + result.millis() + " ms");
        int m = instance.destinations();
        long[] households = new long[m];
        long[] persons = new long[m];
        for (int i = 0; i < instance.households(); i++) {
            households[result.placement()[i]]++;
            persons[result.placement()[i]] += instance.persons(i);
        }
        to.println("destination,households,persons,capacity,minimum,maximum");
        for (int d = 0; d < m; d++) {
            to.println(instance.destinationId(d) + "," + households[d] + "," + persons[d] + "," + instance.capacity(d) + "," + instance.minimum(d)
                    + "," + instance.maximum(d));
        }
    }

    /** {@code 60s}, {@code 5m}, {@code 1h}, a number of seconds, or ISO-8601 ({@code PT90S}). */
    static Optional<Duration> duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration parsed;
            if (value.startsWith("pt")) {
                parsed = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else if (value.endsWith("ms")) {
                parsed = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                parsed = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("m")) {
                parsed = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("h")) {
                parsed = Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
            } else {
                parsed = Duration.ofSeconds(Long.parseLong(value));
            }
            return parsed.isNegative() || parsed.isZero() ? Optional.empty() : Optional.of(parsed);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
