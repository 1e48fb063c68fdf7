package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How the command line reads its arguments, without starting anything. */
class PactumCliTest {

    @Test
    void serveHandsSpringBootOptionsOn() {
        CommandLine commandLine = new CommandLine(new PactumCli());
        CommandLine.ParseResult parsed = commandLine.parseArgs("serve", "--server.port=9090", "--pactum.demo.enabled=false");
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(serve.springOptions).containsExactly("--server.port=9090", "--pactum.demo.enabled=false");
    }

    @Test
    void everySubcommandIsListedInTheHelp() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new PactumCli()).setOut(new PrintWriter(out));
        assertThat(commandLine.execute("--help")).isZero();
        assertThat(out.toString()).contains("serve", "import", "fair-share", "pool");
    }

    @Test
    void aMissingRequiredOptionIsBadInput() {
        CommandLine commandLine = new CommandLine(new PactumCli()).setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("fair-share")).isEqualTo(PactumCli.BAD_INPUT);
    }
}
