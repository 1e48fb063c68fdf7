package org.pactum.server.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pactum.core.forecast.Forecaster;
import org.pactum.server.warning.DestinationForecastView;
import org.pactum.server.warning.DestinationInfo;
import org.pactum.server.warning.EarlyWarning;
import org.pactum.server.warning.ForecastView;
import org.pactum.server.warning.SeriesInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pactum forecast}: the forecast of a series of the early warning, with the model chosen for
 * each month and the 80 % and 95 % intervals, as CSV on standard output; the series, its source and
 * licence and any notice (a series too short for some models) on standard error. An unknown series
 * or a horizon outside 1 to 36 exits with 2 naming the option.
 */
@Command(name = "forecast", description = "Forecast a series of the early warning (e.g. frontex:central-mediterranean).")
class ForecastCommand implements Callable<Integer> {

    @Option(names = "--series", required = true,
            description = "frontex:<route> or frontex:<route>:<ISO3> (monthly), eurostat:<ISO3> or unhcr:<ISO3> (annual asylum applications"
                    + " by destination), e.g. frontex:central-mediterranean, eurostat:DEU")
    String series;

    @Option(names = "--horizon", description = "Months ahead for a monthly series, 1 to 36 (default 6); years ahead for an annual"
            + " series, 1 to 3 (default 2)")
    Integer horizon;

    @Override
    public Integer call() throws Exception {
        if (EarlyWarning.isDestinationId(series)) {
            return annual(horizon == null ? 2 : horizon);
        }
        int horizon = this.horizon == null ? 6 : this.horizon;
        if (horizon < 1 || horizon > Forecaster.MAX_HORIZON) {
            System.err.println("pactum forecast: --horizon must be between 1 and " + Forecaster.MAX_HORIZON + " months, was " + horizon);
            return PactumCli.BAD_INPUT;
        }
        return Batch.run(context -> {
            EarlyWarning warning = context.getBean(EarlyWarning.class);
            if (warning.info(series).isEmpty()) {
                System.err.println("pactum forecast: --series '" + series + "' is not a known series; route totals are "
                        + String.join(", ", warning.routes().stream().map(SeriesInfo::id).toList()));
                return PactumCli.BAD_INPUT;
            }
            warning.awaitGlobalModel();
            ForecastView view = warning.forecast(series, horizon);
            CSVPrinter printer = new CSVPrinter(System.out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord("month", "model", "forecast", "lower80", "upper80", "lower95", "upper95");
            for (ForecastView.ForecastMonth m : view.forecast()) {
                printer.printRecord(m.month(), m.model(), round(m.forecast()), round(m.lower80()), round(m.upper80()),
                        round(m.lower95()), round(m.upper95()));
            }
            printer.flush();
            SeriesInfo info = view.series();
            System.err.println(info.label() + " (" + info.id() + "), " + info.first() + ".." + info.last() + "; source: " + info.source()
                    + ", " + info.edition() + "; licence: " + info.licence());
            view.notice().ifPresent(n -> System.err.println("notice: " + n));
            return 0;
        });
    }

    private Integer annual(int horizon) throws Exception {
        if (horizon < 1 || horizon > Forecaster.MAX_HORIZON_YEARS) {
            System.err.println("pactum forecast: --horizon must be between 1 and " + Forecaster.MAX_HORIZON_YEARS
                    + " years for an annual series, was " + horizon);
            return PactumCli.BAD_INPUT;
        }
        return Batch.run(context -> {
            EarlyWarning warning = context.getBean(EarlyWarning.class);
            Optional<DestinationInfo> info = warning.destinationInfo(series);
            if (info.isEmpty()) {
                System.err.println("pactum forecast: --series '" + series + "' is not a known destination series (eurostat:<ISO3> or"
                        + " unhcr:<ISO3> with figures in the reference data)");
                return PactumCli.BAD_INPUT;
            }
            DestinationForecastView view = warning.destinationForecast(series, horizon);
            CSVPrinter printer = new CSVPrinter(System.out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord("year", "model", "forecast", "lower80", "upper80", "lower95", "upper95");
            for (DestinationForecastView.ForecastYear y : view.forecast()) {
                printer.printRecord(y.year(), y.model(), round(y.forecast()), round(y.lower80()), round(y.upper80()), round(y.lower95()),
                        round(y.upper95()));
            }
            printer.flush();
            DestinationInfo i = view.series();
            System.err.println(i.label() + " (" + i.id() + "), " + i.firstYear() + ".." + i.lastYear() + "; source: " + i.source() + ", "
                    + i.edition() + "; licence: " + i.licence());
            view.notice().ifPresent(n -> System.err.println("notice: " + n));
            return 0;
        });
    }

    private static String round(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.0f", v);
    }
}
