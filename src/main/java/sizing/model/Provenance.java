package sizing.model;

import java.time.LocalDate;
import java.util.Objects;

/** Where a figure comes from: a document section, a published page, an API export, and its date. */
public record Provenance(String source, LocalDate asOf) {
  public Provenance {
    Objects.requireNonNull(asOf, "as_of");
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must name where the figure comes from");
    }
  }

  @Override
  public String toString() {
    return source + " (as of " + asOf + ")";
  }
}
