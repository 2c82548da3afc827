package io.perforch.cli;

import io.perforch.datasets.catalog.DatasetFetchException;
import io.perforch.datasets.catalog.DatasetNotFoundException;
import io.perforch.datasets.io.DatasetFormatException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code perforch} command: one verb per job a researcher does. */
@Command(
    name = "perforch",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Profiles LLMs per language and coding stage, then orchestrates them.",
    subcommands = {DatasetsCommand.class, ModelsCommand.class, ValidateCommand.class, EvaluateCommand.class,
      GenerateCommand.class, ProfileCommand.class, DemoCommand.class, SpeedupCheckCommand.class,
      LeaderboardCommand.class, OrchestrateCommand.class,
      CommandLine.HelpCommand.class},
    footer = {
      "",
      "Examples:",
      "  perforch datasets list",
      "  perforch datasets show sample --language python --limit 2",
      "  perforch datasets fetch humaneval-x",
      "  perforch models list --fleet runner-configs/models/fleet.yaml",
      "",
      "Set PERFORCH_DEBUG=1 to see stack traces of errors."
    })
public final class PerfOrchCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams and returns its exit code: 0 ok, 1 failed, 2 usage error. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    RemoteFileSystems.registerIfNamed(args);
    CommandLine cli = new CommandLine(new PerfOrchCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(PerfOrchCli::usageError);
    cli.setExecutionExceptionHandler(PerfOrchCli::failure);
    return cli.execute(args);
  }

  /** A bad option or value: one line saying what is wrong and where to look, exit code 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
    PrintWriter err = e.getCommandLine().getErr();
    err.println(command + ": " + e.getMessage());
    err.println("Try '" + command + " --help'.");
    return 2;
  }

  /** A failure while working: the message alone, no stack trace unless PERFORCH_DEBUG is set. */
  private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (System.getenv("PERFORCH_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.println("perforch: error: " + describe(e));
    return e instanceof IllegalArgumentException ? 2 : 1;
  }

  /** Errors PerfOrch raises carry a message meant for users; anything else is named by its type. */
  private static String describe(Exception e) {
    boolean expected = e instanceof UserFacingException || e instanceof DatasetFormatException
        || e instanceof DatasetNotFoundException || e instanceof DatasetFetchException
        || e instanceof IllegalArgumentException;
    if (expected && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + " (set PERFORCH_DEBUG=1 for the stack trace)";
  }
}
