package sizing.cli;

/**
 * A command could not finish for a reason its message already explains in full (a notebook failed,
 * a tool could not run): {@link Cli} prints the message as it is and exits {@link Cli#SOFTWARE},
 * not a usage error.
 */
public final class CommandFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CommandFailed(String message) {
    super(message);
  }
}
