package org.pactum.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pactum} command line. {@code pactum serve} runs the web service; other subcommands do
 * batch work against the same database and exit. With no subcommand, Pactum serves.
 */
@Command(name = "pactum", mixinStandardHelpOptions = true, version = "Pactum 0.1.0",
        description = "Negotiate, allocate and monitor migration burden-sharing and partnership agreements.",
        subcommands = {ServeCommand.class, ImportCommand.class, FairShareCommand.class, PoolCommand.class, CorridorCommand.class,
            VerifyLogCommand.class, ExportCommand.class, ForecastCommand.class, AllocateCommand.class,
            CommandLine.HelpCommand.class})
public class PactumCli implements Callable<Integer> {

    /** Exit code for bad input: a file, line or option that cannot be used. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new PactumCli());
        int exitCode = commandLine.execute(args);
        boolean serving = ServeCommand.isServing();
        if (!serving || exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public Integer call() {
        return new ServeCommand().call();
    }
}
