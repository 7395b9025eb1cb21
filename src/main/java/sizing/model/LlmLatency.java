package sizing.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How long one call to a language model takes, as a distribution: its family and the two figures
 * that fix it, the median and the 95th percentile ({@code data/llm/latency.csv}).
 *
 * @param model the model's name, as in {@code data/llm/models.csv}
 * @param family the distribution's family
 * @param medianSeconds the median latency of one call, seconds; {@code > 0}
 * @param p95Seconds the 95th-percentile latency of one call, seconds; {@code ≥ medianSeconds}
 * @param provenance where the figures come from
 */
public record LlmLatency(String model, Family family, double medianSeconds, double p95Seconds, Provenance provenance) {

  /** The distribution families a latency may take. */
  public enum Family {
    /** {@link Lognormal}: {@code σ = ln(p95 / median) / z_0.95}. */
    LOGNORMAL;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Family ofId(String id) {
      for (var f : values()) {
        if (f.id().equals(id)) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown family '" + id + "' (valid: lognormal)");
    }
  }

  /** Rejects a missing name, a non-positive median and a p95 below the median. */
  public LlmLatency {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(provenance, "provenance");
    if (!(medianSeconds > 0) || Double.isInfinite(medianSeconds)) {
      throw new IllegalArgumentException("median_seconds must be finite and > 0, got " + medianSeconds);
    }
    if (!(p95Seconds >= medianSeconds) || Double.isInfinite(p95Seconds)) {
      throw new IllegalArgumentException("p95_seconds " + p95Seconds + " must not be below median_seconds " + medianSeconds);
    }
  }

  /** The latency of one call ({@link Lognormal#ofMedianAndP95}). */
  public Lognormal perCall() {
    return switch (family) {
      case LOGNORMAL -> Lognormal.ofMedianAndP95(medianSeconds, p95Seconds);
    };
  }

  /**
   * The LLM time of a request that makes {@code calls} calls one after another ({@link
   * Lognormal#sumOf}, Fenton–Wilkinson).
   *
   * @param calls the calls per request, {@code > 0}; may be an average
   */
  public Lognormal perRequest(double calls) {
    return perCall().sumOf(calls);
  }
}
