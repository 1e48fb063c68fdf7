package org.pactum.bench.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.pactum.core.forecast.Accuracy;
import org.pactum.core.forecast.Backtest;
import org.pactum.core.forecast.BacktestPoint;
import org.pactum.core.forecast.ForecastModel;
import org.pactum.core.forecast.Forecaster;
import org.pactum.core.forecast.GlobalBoosting;
import org.pactum.core.forecast.MonthlySeries;

/**
 * Accuracy and speed of the forecasting core on the bundled Frontex detections (a plain main, not JMH).
 *
 * <p>Part 1, accuracy: for each route's monthly total (sum over nationalities), a rolling-origin
 * backtest whose origins are the months 2019-01 to the last month of data (2025-04), horizons 1, 3
 * and 6; mean MASE of the chosen forecast and of seasonal naive over the routes, the coverage of the
 * 80 % intervals over all judged forecasts, and the share within 10 % of the outcome.
 *
 * <p>Part 2, speed: every route x nationality series with at least 36 months from its first
 * reported month to the end, fitted and backtested (every origin from month 24, horizons 1 to 6,
 * all four models, the choice per horizon and the intervals), timed with the wall clock.
 *
 * <p>Run from the repository root: {@code java -cp bench/target/pactum-benchmarks.jar
 * org.pactum.bench.forecast.ForecastBenchmark [observations directory]}.
 */
public final class ForecastBenchmark {

    static final YearMonth END = YearMonth.of(2025, 4);
    static final YearMonth EVALUATE_FROM = YearMonth.of(2019, 1);
    static final int[] HORIZONS = {1, 3, 6};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "server/src/main/resources/reference/observations");
        Map<String, Map<String, TreeMap<YearMonth, Double>>> routes = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("frontex.detections.")).sorted().toList()) {
                String route = file.getFileName().toString().replace("frontex.detections.", "").replace(".csv.gz", "");
                routes.put(route, read(file));
            }
        }
        System.out.printf(Locale.ROOT, "Java %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Map<String, GlobalBoosting.Drivers> drivers = drivers(dir);
        List<GlobalBoosting.Member> totals = new ArrayList<>();
        for (var route : routes.entrySet()) {
            totals.add(new GlobalBoosting.Member(total("frontex:" + route.getKey(), route.getValue()), GlobalBoosting.Drivers.NONE));
        }
        List<GlobalBoosting.Member> nationalities = nationalitySeries(routes, drivers);
        String panel = System.getProperty("panel", "all");
        List<GlobalBoosting.Member> members = new ArrayList<>(totals);
        if (panel.equals("all")) {
            members.addAll(nationalities);
        } else if (panel.equals("none")) {
            members.clear();
        }
        long start = System.nanoTime();
        Map<String, GlobalBoosting.SeriesForecasts> global = members.isEmpty() ? Map.of() : index(GlobalBoosting.backtest(members, SETTINGS));
        System.out.printf(Locale.ROOT, "global model (%s) on a panel of %d series (%s): trained and forecast at every origin in %.1f s%n",
                GlobalBoosting.NAME, members.size(), panel, (System.nanoTime() - start) / 1e9);
        accuracy(routes, global);
        if (!Boolean.getBoolean("accuracyOnly")) {
            speed(totals, nationalities);
        }
    }

    static final GlobalBoosting.Settings SETTINGS = new GlobalBoosting.Settings(Forecaster.BACKTEST_HORIZON,
            Integer.getInteger("rounds", GlobalBoosting.Settings.standard().rounds()),
            Integer.getInteger("depth", GlobalBoosting.Settings.standard().depth()), GlobalBoosting.Settings.standard().eta(),
            Integer.getInteger("threads", 1), GlobalBoosting.Settings.standard().minimumRows());

    static Map<String, GlobalBoosting.SeriesForecasts> index(List<GlobalBoosting.SeriesForecasts> forecasts) {
        Map<String, GlobalBoosting.SeriesForecasts> out = new TreeMap<>();
        forecasts.forEach(f -> out.put(f.seriesId(), f));
        return out;
    }

    /** Every route x nationality series with at least 36 months, with the drivers of the nationality's country. */
    static List<GlobalBoosting.Member> nationalitySeries(Map<String, Map<String, TreeMap<YearMonth, Double>>> routes,
            Map<String, GlobalBoosting.Drivers> drivers) {
        List<GlobalBoosting.Member> out = new ArrayList<>();
        for (var route : routes.entrySet()) {
            for (var nationality : route.getValue().entrySet()) {
                YearMonth first = nationality.getValue().firstKey();
                MonthlySeries s = fill("frontex:" + route.getKey() + ":" + nationality.getKey(), first, nationality.getValue());
                if (s.length() >= 36) {
                    out.add(new GlobalBoosting.Member(s, drivers.getOrDefault(nationality.getKey(), GlobalBoosting.Drivers.NONE)));
                }
            }
        }
        return out;
    }

    /** The annual drivers per country from the reference observations (the same files the server ships). */
    static Map<String, GlobalBoosting.Drivers> drivers(Path dir) throws IOException {
        Map<String, Map<String, Map<Integer, Double>>> byCountry = new TreeMap<>();
        String[][] files = {{"ucdp.battle-deaths", "battle-deaths"}, {"wdi.gdp-per-capita-ppp", "gdp-per-capita-ppp"},
            {"wdi.unemployment", "unemployment"}, {"wdi.population", "population"}};
        for (String[] f : files) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(dir.resolve(f[0] + ".csv.gz"))),
                    StandardCharsets.UTF_8))) {
                String line = in.readLine();
                while ((line = in.readLine()) != null) {
                    String[] v = line.split(",", -1);
                    if (v[1].isEmpty() && !v[3].isEmpty()) {
                        byCountry.computeIfAbsent(v[0], k -> new TreeMap<>()).computeIfAbsent(f[1], k -> new TreeMap<>())
                                .put(Integer.parseInt(v[2]), Double.parseDouble(v[3]));
                    }
                }
            }
        }
        Map<String, GlobalBoosting.Drivers> out = new TreeMap<>();
        byCountry.forEach((country, byName) -> out.put(country, GlobalBoosting.Drivers.of(byName)));
        return out;
    }

    static void accuracy(Map<String, Map<String, TreeMap<YearMonth, Double>>> routes, Map<String, GlobalBoosting.SeriesForecasts> global) {
        System.out.println("\n## Accuracy: route totals, origins " + EVALUATE_FROM + ".." + END);
        List<BacktestPoint> yearAhead = new ArrayList<>();
        List<BacktestPoint> twelveMonths = new ArrayList<>();
        double[][] sums = new double[2][HORIZONS.length];
        int[][] counts = new int[2][HORIZONS.length];
        List<BacktestPoint> all = new ArrayList<>();
        for (var route : routes.entrySet()) {
            MonthlySeries total = total("frontex:" + route.getKey(), route.getValue());
            if (total.length() < 36) {
                System.out.println(route.getKey() + ": skipped, " + total.length() + " months");
                continue;
            }
            Backtest backtest = Backtest.run(total.values(), candidates(total, global), Forecaster.WARM_UP, 6);
            int from = total.indexOf(EVALUATE_FROM);
            yearAhead.addAll(yearAhead(total, global, from));
            twelveMonths.addAll(Backtest.run(total.values(), candidates(total, global), Forecaster.WARM_UP, 12)
                    .points(Backtest.CHOSEN, from, total.length() - 1).stream().filter(p -> p.horizon() == 12).toList());
            Map<String, List<Accuracy>> board = backtest.leaderboard(from, total.length() - 1, HORIZONS);
            all.addAll(backtest.points(Backtest.CHOSEN, from, total.length() - 1));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s", route.getKey()));
            for (int i = 0; i < HORIZONS.length; i++) {
                double chosen = board.get(Backtest.CHOSEN).get(i).mase();
                double snaive = board.get("seasonal-naive").get(i).mase();
                line.append(String.format(Locale.ROOT, " h%d chosen %.3f snaive %.3f cov80 %.2f |", HORIZONS[i], chosen, snaive,
                        board.get(Backtest.CHOSEN).get(i).coverage80()));
                if (!Double.isNaN(chosen) && !Double.isNaN(snaive)) {
                    sums[0][i] += chosen;
                    sums[1][i] += snaive;
                    counts[0][i]++;
                }
            }
            System.out.println(line);
            if (Boolean.getBoolean("everyModel")) {
                board.forEach((model, row) -> System.out.printf(Locale.ROOT, "    %-60s %s%n", model,
                        row.stream().map(a -> String.format(Locale.ROOT, "%.3f", a.mase())).toList()));
            }
        }
        System.out.println("\n| horizon | routes | mean MASE chosen | mean MASE seasonal naive | improvement | 80 % coverage | 95 % coverage | within 10 % | sMAPE |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < HORIZONS.length; i++) {
            double chosen = sums[0][i] / counts[0][i];
            double snaive = sums[1][i] / counts[0][i];
            Accuracy pooled = Accuracy.of(HORIZONS[i], all);
            System.out.printf(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.1f %% | %.1f %% (%d forecasts) | %.1f %% | %.1f %% | %.1f |%n", HORIZONS[i],
                    counts[0][i], chosen, snaive, 100 * (1 - chosen / snaive), 100 * pooled.coverage80(), pooled.forecasts(),
                    100 * pooled.coverage95(), 100 * pooled.within10(), pooled.smape());
        }
        Accuracy annual = Accuracy.of(1, yearAhead);
        System.out.printf(Locale.ROOT, "%nOne year ahead (the 12 months after each origin, January origins %s..%s, summed): %d forecasts,"
                + " %.1f %% within 10 %% of the outcome, sMAPE %.1f%n", EVALUATE_FROM, END, annual.forecasts(), 100 * annual.within10(),
                annual.smape());
        Accuracy month12 = Accuracy.of(12, twelveMonths);
        System.out.printf(Locale.ROOT, "Twelve months ahead (the month 12 months after each origin): %d forecasts, %.1f %% within 10 %% of"
                + " the outcome, 80 %% coverage %.1f %%%n", month12.forecasts(), 100 * month12.within10(), 100 * month12.coverage80());
    }

    /**
     * The chosen forecasts of the next 12 months from each January origin, summed into one forecast
     * of the year (the quantity the Foresight reference judges), with the year's actual total.
     */
    static List<BacktestPoint> yearAhead(MonthlySeries total, Map<String, GlobalBoosting.SeriesForecasts> global, int from) {
        Backtest backtest = Backtest.run(total.values(), candidates(total, global), Forecaster.WARM_UP, 12);
        List<BacktestPoint> out = new ArrayList<>();
        for (int o = from; o + 12 <= total.length(); o += 12) {
            double forecast = 0;
            double actual = 0;
            for (BacktestPoint p : backtest.points(Backtest.CHOSEN, o, o)) {
                forecast += p.forecast();
                actual += p.actual();
            }
            out.add(new BacktestPoint(o, 1, Backtest.CHOSEN, forecast, actual, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
        return out;
    }

    static List<ForecastModel> candidates(MonthlySeries s, Map<String, GlobalBoosting.SeriesForecasts> global) {
        List<ForecastModel> out = new ArrayList<>(Forecaster.candidatesFor(s.length()));
        if (global.containsKey(s.id())) {
            out.add(global.get(s.id()));
        }
        return out;
    }

    static void speed(List<GlobalBoosting.Member> totals, List<GlobalBoosting.Member> nationalities) {
        System.out.println("\n## Speed: " + nationalities.size() + " route x nationality series with at least 36 months");
        for (int run = 1; run <= 2; run++) {
            long start = System.nanoTime();
            List<GlobalBoosting.Member> panel = new ArrayList<>(totals);
            panel.addAll(nationalities);
            Map<String, GlobalBoosting.SeriesForecasts> global = index(GlobalBoosting.backtest(panel, SETTINGS));
            double trained = (System.nanoTime() - start) / 1e9;
            long points = 0;
            for (GlobalBoosting.Member m : nationalities) {
                MonthlySeries s = m.series();
                Backtest backtest = Backtest.run(s.values(), candidates(s, global), Forecaster.WARM_UP, 6);
                points += backtest.points(Backtest.CHOSEN, Forecaster.WARM_UP, s.length()).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: global model on %d series %.1f s; then %d series backtested, %d chosen forecasts with"
                    + " intervals; total %.1f s%n", run, panel.size(), trained, nationalities.size(), points, seconds);
        }
    }

    static MonthlySeries total(String id, Map<String, TreeMap<YearMonth, Double>> byNationality) {
        TreeMap<YearMonth, Double> sum = new TreeMap<>();
        byNationality.values().forEach(m -> m.forEach((month, v) -> sum.merge(month, v, Double::sum)));
        return fill(id, sum.firstKey(), sum);
    }

    static MonthlySeries fill(String id, YearMonth first, TreeMap<YearMonth, Double> values) {
        int n = (int) (END.getYear() * 12L + END.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
        double[] out = new double[Math.max(n, 0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.getOrDefault(first.plusMonths(i), 0.0);
        }
        return new MonthlySeries(id, first, out);
    }

    static Map<String, TreeMap<YearMonth, Double>> read(Path file) throws IOException {
        Map<String, TreeMap<YearMonth, Double>> out = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                out.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(YearMonth.parse(f[2]), Double.parseDouble(f[3]), Double::sum);
            }
        }
        return out;
    }

    static {
        // keep the model list visible in the output
        System.out.println("models: " + Forecaster.candidates().stream().map(ForecastModel::name).toList());
    }
}
