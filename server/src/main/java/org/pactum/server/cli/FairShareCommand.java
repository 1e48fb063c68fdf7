package org.pactum.server.cli;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pactum.server.fairshare.FairShareCalculator;
import org.pactum.server.fairshare.FairShareRejected;
import org.pactum.server.fairshare.FairShareRequest;
import org.pactum.server.fairshare.FairShareResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pactum fair-share}: each state's fair share under a published key, on the reference data
 * of the database Pactum uses. Columns: state (ISO3), share, quota (unrounded), persons, money
 * equivalent (EUR). Bad input names the offending item and exits with 2.
 */
@Command(name = "fair-share", description = "Compute fair shares under a published key on the reference data.")
class FairShareCommand implements Callable<Integer> {

    enum Format { csv, table }

    @Option(names = "--key", defaultValue = "eu-ammr-2024",
            description = "eu-ammr-2024, eu-relocation-2015 or dublin-iv-2016 (default: ${DEFAULT-VALUE})")
    String key;

    @Option(names = "--year", defaultValue = "2024", description = "Data year (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--total", required = true, description = "Persons to share out (0 to 1,000,000,000)")
    long total;

    @Option(names = "--participants", split = ",", description = "Participating states, ISO3 (default: the EU Member States)")
    List<String> participants = List.of();

    @Option(names = "--exclude", split = ",", description = "States excluded from sharing, ISO3, e.g. CYP,GRC,ITA,ESP")
    List<String> exclude = List.of();

    @Option(names = "--method", defaultValue = "hamilton",
            description = "hamilton, dhondt, sainte-lague, huntington-hill, nearest-person or easy (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--euro-per-person", defaultValue = "20000", description = "Money equivalent of one person in EUR (default: ${DEFAULT-VALUE})")
    long euroPerPerson;

    @Option(names = "--format", defaultValue = "csv", description = "csv or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        return Batch.run(context -> {
            FairShareResult result;
            try {
                result = context.getBean(FairShareCalculator.class).compute(new FairShareRequest(key, year, participants,
                        exclude, total, method, euroPerPerson, List.of()));
            } catch (FairShareRejected e) {
                e.problems().forEach(p -> System.err.println("pactum fair-share: " + p));
                return PactumCli.BAD_INPUT;
            }
            if (format == Format.csv) {
                CSVPrinter printer = new CSVPrinter(System.out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                printer.printRecord("state", "share", "quota", "persons", "money_eur");
                for (FairShareResult.Row row : result.rows()) {
                    printer.printRecord(row.state(), row.share().setScale(10, RoundingMode.HALF_EVEN).toPlainString(),
                            row.quota().setScale(4, RoundingMode.HALF_EVEN).toPlainString(), row.persons(), row.moneyEuros());
                }
                printer.flush();
            } else {
                System.out.printf("%-5s %12s %14s %10s %16s%n", "state", "share %", "quota", "persons", "money EUR");
                for (FairShareResult.Row row : result.rows()) {
                    System.out.printf("%-5s %12.4f %14.4f %10d %16d%n", row.state(), row.share().doubleValue() * 100,
                            row.quota().doubleValue(), row.persons(), row.moneyEuros());
                }
                System.out.printf("%-5s %12s %14s %10d %16d%n", "total", "", "", result.allotted(),
                        result.allotted() * euroPerPerson);
            }
            System.err.println(result.keyTitle() + ", data year " + result.dataYear() + ", " + result.method() + "; "
                    + String.join("; ", result.sources()));
            return 0;
        });
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
