package sizing.sweep;

/**
 * Told how far a long computation has got, so a face can show it; the library never prints.
 * {@code done} rises from 0 to {@code total}.
 */
@FunctionalInterface
public interface Progress {
  /** Ignores every update. */
  Progress NONE = (done, total) -> {};

  void update(long done, long total);
}
