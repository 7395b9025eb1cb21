package sizing.model;

import java.util.Objects;

/**
 * A language model the backend calls: its price per million tokens ({@code data/llm/models.csv})
 * and the latency of one call as a distribution ({@code data/llm/latency.csv}).
 *
 * @param latency the latency of one call; its {@link LlmLatency#model()} is {@code name}
 */
public record LlmModel(String name, double inputUsdPerMTok, double outputUsdPerMTok, LlmLatency latency, Provenance provenance) {
  public LlmModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(provenance, "provenance");
    if (!(inputUsdPerMTok >= 0 && outputUsdPerMTok >= 0)) {
      throw new IllegalArgumentException("token prices must not be negative");
    }
    if (!latency.model().equals(name)) {
      throw new IllegalArgumentException("the latency of '" + latency.model() + "' is not that of '" + name + "'");
    }
  }

  /** {@code (in * p_in + out * p_out) / 10^6}: the price of one call, USD. */
  public double usdPerCall(double inputTokens, double outputTokens) {
    return (inputTokens * inputUsdPerMTok + outputTokens * outputUsdPerMTok) / 1e6;
  }
}
