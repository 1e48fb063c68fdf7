package org.pactum.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.core.finance.iati.IatiActivity;
import org.pactum.server.finance.IatiExport;
import org.pactum.server.support.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pactum export}: exports in the formats other systems read; for now IATI 2.03 activity XML. */
@Command(name = "export", description = "Export data for other systems.", subcommands = ExportCommand.Iati.class)
class ExportCommand {

    /**
     * {@code pactum export iati --agreement ID | --organisation ID [--output FILE]}: the financing and
     * results of one agreement, or every activity a party reports as donor, as IATI 2.03 XML.
     */
    @Command(name = "iati", description = "IATI 2.03 activity XML of one agreement (--agreement) or one reporting organisation (--organisation).")
    static class Iati implements Callable<Integer> {

        @Option(names = "--agreement", paramLabel = "ID", description = "The agreement, e.g. DEMO-EU-TUR-2016")
        String agreement;

        @Option(names = "--organisation", paramLabel = "ID", description = "The reporting organisation (a party id), e.g. EC")
        String organisation;

        @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output")
        Path output;

        @Override
        public Integer call() throws Exception {
            boolean byAgreement = agreement != null && !agreement.isBlank();
            boolean byOrganisation = organisation != null && !organisation.isBlank();
            if (byAgreement == byOrganisation) {
                System.err.println("pactum export iati: give --agreement ID or --organisation ID (one of them)");
                return PactumCli.BAD_INPUT;
            }
            return Batch.run(context -> {
                IatiExport export = context.getBean(IatiExport.class);
                List<IatiActivity> activities;
                try {
                    activities = byAgreement ? export.agreement(agreement) : export.reportedBy(organisation);
                } catch (NotFoundException e) {
                    System.err.println("pactum export iati: " + (byAgreement ? "--agreement: " : "--organisation: ")
                            + (e.kind().equals("financing") ? e.getMessage()
                                    : byAgreement ? "no agreement '" + agreement + "'" : "no party '" + organisation + "'"));
                    return PactumCli.BAD_INPUT;
                }
                String xml = IatiExport.xml(activities);
                if (output == null) {
                    System.out.print(xml);
                    System.out.flush();
                } else {
                    try {
                        Files.writeString(output, xml, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        System.err.println("pactum export iati: --output: cannot write " + output + ": " + e.getMessage());
                        return PactumCli.BAD_INPUT;
                    }
                }
                System.err.println("pactum export iati: " + activities.size() + " activities");
                return 0;
            });
        }
    }
}
