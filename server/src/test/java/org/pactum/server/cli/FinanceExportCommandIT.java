package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.core.finance.iati.IatiSchema;
import org.pactum.server.testing.CommandLineRun;
import org.pactum.server.testing.TestDatabase;

/** {@code pactum export iati}: valid IATI 2.03 XML of the demo financing, and exit code 2 naming the bad item. */
class FinanceExportCommandIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void database() {
        TestDatabase.assumeAvailable();
    }

    @Test
    void exportsTheDemoAgreementAndRefusesBadInput() throws Exception {
        CommandLineRun run = CommandLineRun.of(new PactumCli(), folder, "export", "iati", "--agreement", "DEMO-EU-TUR-2016");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(IatiSchema.errors(run.out())).isEmpty();
        assertThat(run.out()).contains("XI-PACTUM-EC-DEMO-EU-TUR-2016");

        Path file = folder.resolve("esp.xml");
        run = CommandLineRun.of(new PactumCli(), folder, "export", "iati", "--organisation", "ESP", "--output", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(IatiSchema.errors(Files.readString(file))).isEmpty();

        run = CommandLineRun.of(new PactumCli(), folder, "export", "iati", "--agreement", "NO-SUCH-AGREEMENT");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--agreement").contains("NO-SUCH-AGREEMENT");

        run = CommandLineRun.of(new PactumCli(), folder, "export", "iati");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--agreement ID or --organisation ID");
    }
}
