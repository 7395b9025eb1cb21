package sizing.cli;

/** A bad command-line argument; the message names the argument and the valid choices. */
public final class UsageException extends sizing.io.BadInput {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
