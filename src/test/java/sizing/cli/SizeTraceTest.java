package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code jbang size --scenario small-managed --users 40 --format json} carries a {@code trace} from
 * which the response time's percentiles can be recomputed with nothing else: this test does so with
 * its own quadrature, independent of the model's.
 *
 * <p>From the trace alone: {@code T = W + S + d + L} with {@code S} exponential of mean {@code
 * service_seconds} ({@code mu = 1 / service_seconds}), {@code W} zero with probability {@code 1 -
 * p_wait} and otherwise exponential at {@code theta = workers mu - arrival_rate_per_backend_per_s},
 * {@code d = fixed_seconds} and {@code ln L ~ N(llm.mu, llm.sigma²)}. The survival function of
 * {@code W + S} is {@code G(u) = e^{-mu u} + C mu (e^{-theta u} - e^{-mu u}) / (mu - theta)}
 * (Gross, Shortle, Thompson & Harris, "Fundamentals of Queueing Theory", 4th ed., §2.3), so {@code
 * P(T > t) = P(L > x) + E[G(x - L); L <= x]}, {@code x = t - d}: composite Simpson over {@code z =
 * (ln L - mu_L) / sigma} from -12 to {@code (ln x - mu_L) / sigma} (20,000 intervals), then
 * bisection on {@code t}. The Erlang C probability is checked against the textbook sum too.
 */
public class SizeTraceTest {

  static JsonNode trace() throws Exception {
    var json = SizeJob.run(new SizeJob.Request("small-managed", false, "on-demand", List.of(), OutputFormat.json, 40,
        Double.NaN, Double.NaN, Double.NaN, null, null, 0));
    return CostJson.MAPPER.readTree(json).get("trace");
  }

  static double normalTail(double z) {
    // Phi-bar by Simpson on the density from z to 12 (the mass beyond 12 is below 2e-33).
    if (z >= 12) {
      return 0;
    }
    int n = 20_000;
    double h = (12 - z) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double v = Math.exp(-0.5 * Math.pow(z + i * h, 2)) / Math.sqrt(2 * Math.PI);
      sum += v * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
    }
    return sum * h / 3;
  }

  static double tail(JsonNode t, double seconds) {
    double mu = 1 / t.get("service_seconds").asDouble();
    double theta = t.get("workers").asInt() * mu - t.get("arrival_rate_per_backend_per_s").asDouble();
    double c = t.get("p_wait").asDouble();
    double muL = t.get("llm").get("mu").asDouble();
    double sigma = t.get("llm").get("sigma").asDouble();
    double x = seconds - t.get("fixed_seconds").asDouble();
    double zx = (Math.log(x) - muL) / sigma;
    int n = 20_000;
    double lo = -12;
    double h = (zx - lo) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double z = lo + i * h;
      double u = x - Math.exp(muL + sigma * z);
      double g = u <= 0 ? 1 : Math.exp(-mu * u) + c * mu * (Math.exp(-theta * u) - Math.exp(-mu * u)) / (mu - theta);
      double f = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * g;
      sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
    }
    return normalTail(zx) + sum * h / 3;
  }

  /** The {@code p}-quantile of the response time described by {@code trace} (class comment). */
  public static double quantile(JsonNode t, double p) {
    double lo = t.get("fixed_seconds").asDouble() + 1e-6;
    double hi = 1000;
    for (int i = 0; i < 60; i++) {
      double mid = 0.5 * (lo + hi);
      if (tail(t, mid) > 1 - p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  @Test
  void traceCarriesTheFiguresOfTheJudgement() throws Exception {
    var t = trace();
    // 40 users x 1.5 requests a minute / 60 = 1 request/s, on one backend of 4 workers
    assertThat(t.get("arrival_rate_per_s").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(t.get("arrival_rate_per_backend_per_s").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(t.get("workers").asInt()).isEqualTo(4);
    assertThat(t.get("utilisation").get("backend_cpu").asDouble())
        .isCloseTo(t.get("service_seconds").asDouble() / 4, within(1e-12));
    // Erlang C from the textbook sum, a = lambda S, c = 4
    double a = t.get("service_seconds").asDouble();
    double top = Math.pow(a, 4) / 24 / (1 - a / 4);
    double erlangC = top / (1 + a + a * a / 2 + a * a * a / 6 + top);
    assertThat(t.get("p_wait").asDouble()).isCloseTo(erlangC, within(1e-12));
    assertThat(t.get("goal_p95_seconds").asDouble()).isEqualTo(30);
  }

  @Test
  void connectionsInUseAreTheArrivalRateTimesTheHoldTime() throws Exception {
    var t = trace();
    // Little's law, L = lambda h; with no db_hold given, h is the workload's db_queries_per_request x
    // db_cpu_seconds_per_query (data/workloads/guide.csv): 10 x 0.002 = 0.02 s, so 1 request/s holds 0.02
    double hold = t.get("connection_hold_seconds").asDouble();
    assertThat(hold).isCloseTo(0.02, within(1e-12));
    assertThat(t.get("connections_in_use").asDouble()).isCloseTo(0.02, within(1e-12));
    assertThat(t.get("connections_in_use").asDouble())
        .isCloseTo(t.get("arrival_rate_per_s").asDouble() * hold, within(1e-12));
    assertThat(t.get("utilisation").get("db_connections").asDouble())
        .isCloseTo(t.get("connections_in_use").asDouble() / t.get("connection_pool").asDouble(), within(1e-12));
  }

  @Test
  void p95IsRecomputedFromTheTraceAlone() throws Exception {
    var t = trace();
    assertThat(quantile(t, 0.95)).isCloseTo(t.get("response_p95_seconds").asDouble(), within(1e-4));
    assertThat(quantile(t, 0.50)).isCloseTo(t.get("response_p50_seconds").asDouble(), within(1e-4));
    assertThat(quantile(t, 0.99)).isCloseTo(t.get("response_p99_seconds").asDouble(), within(1e-4));
  }
}
