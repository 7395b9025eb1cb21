package sizing.model;

import java.util.Objects;

/**
 * A language model the backend calls: its price per million tokens and the latency of one call.
 */
public record LlmModel(
    String name, double inputUsdPerMTok, double outputUsdPerMTok, double latencySecondsPerCall, Provenance provenance) {
  public LlmModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provenance, "provenance");
    if (!(inputUsdPerMTok >= 0 && outputUsdPerMTok >= 0)) {
      throw new IllegalArgumentException("token prices must not be negative");
    }
    if (!(latencySecondsPerCall >= 0)) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }

  /** {@code (in * p_in + out * p_out) / 10^6}: the price of one call, USD. */
  public double usdPerCall(double inputTokens, double outputTokens) {
    return (inputTokens * inputUsdPerMTok + outputTokens * outputUsdPerMTok) / 1e6;
  }
}
