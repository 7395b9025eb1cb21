package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ResponseTime}'s p95 against a discrete-event simulation of the same system ({@link
 * MmcSimulator}) at a low, a middle and a near-saturation load, for four settings of workers,
 * service time and LLM latency. Seeded; near saturation the simulation runs four million requests
 * so its own sampling error (about 1% there, measured over other seeds) stays well inside the 3%.
 */
class ResponseTimeSimulationTest {

  static Stream<Arguments> settings() {
    // name, workers, service s, fixed s, LLM median s, LLM p95 s, calls, utilisation
    var settings = new Object[][] {
      // today's small-managed: 4 workers, 2.5 s; GPT-4 from data/llm/latency.csv
      {"4 workers, 2.5 s, gpt-4", 4, 2.5, 0.02, 13.61, 22.70, 1},
      // a pov droplet's 2 workers calling gpt-4o-mini: the queue weighs more
      {"2 workers, 2.5 s, gpt-4o-mini", 2, 2.5, 0.02, 3.02, 5.05, 1},
      // fast service on 7 workers, an LLM time that never varies
      {"7 workers, 0.5 s, fixed 3 s", 7, 0.5, 0.05, 3.0, 3.0, 1},
      // one worker, two wide LLM calls a request (Fenton-Wilkinson's sum)
      {"1 worker, 1 s, 2 calls", 1, 1.0, 0.0, 0.5, 1.5, 2},
    };
    return Stream.of(settings).flatMap(s -> Stream.of(0.2, 0.6, (int) s[1] == 1 ? 0.85 : 0.9)
        .map(rho -> Arguments.of(s[0], s[1], s[2], s[3], s[4], s[5], s[6], rho)));
  }

  @ParameterizedTest(name = "{0} at {7}")
  @MethodSource("settings")
  void p95IsWithinThreePercentOfTheSimulatedP95(
      String name, int workers, double service, double fixed, double median, double p95, int calls, double rho) {
    var llm = Lognormal.ofMedianAndP95(median, p95);
    var model = new ResponseTime(service, workers, fixed, llm.sumOf(calls));
    double lambda = rho * workers / service;
    int requests = rho < 0.8 ? 500_000 : 4_000_000;
    var simulated = MmcSimulator.responseTimes(lambda, service, workers, fixed, median, llm.sigma(), calls,
        requests / 10, requests, 20261130L + workers);
    assertThat(model.quantile(lambda, 0.95)).as(name).isCloseTo(MmcSimulator.quantile(simulated, 0.95), withPercentage(3));
  }

  @ParameterizedTest(name = "{0} at {7}")
  @MethodSource("settings")
  void todaysP95WaitPlusMeansMissesTheSimulatedP95AtLowLoad(
      String name, int workers, double service, double fixed, double median, double p95, int calls, double rho) {
    // The oracle can fail a model: today's formula, the p95 wait plus the mean service and mean LLM
    // times, misses the simulated p95 by 20-45% at 20% load in every setting, where the wait is
    // nearly always zero and the p95 comes from the spread of service and LLM times it leaves out.
    if (rho != 0.2) {
      return;
    }
    var llm = Lognormal.ofMedianAndP95(median, p95).sumOf(calls);
    double lambda = rho * workers / service;
    double today = new ErlangC(lambda, 1 / service, workers).waitQuantile(0.95) + service + fixed + llm.mean();
    var simulated = MmcSimulator.responseTimes(lambda, service, workers, fixed, median, llm.sigma(), calls, 50_000, 500_000, 7L);
    assertThat(today / MmcSimulator.quantile(simulated, 0.95)).as(name).isLessThan(0.85);
  }
}
