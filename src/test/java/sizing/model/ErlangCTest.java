package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.PriorityQueue;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class ErlangCTest {

  // Call Centre Helper's worked example "Erlang C Formula – Made Simple": 100 calls per 30 minutes,
  // average handling time 180 s (10 Erlangs), target: 80% of calls answered within 20 s.
  // Published results for it come from two calculators:
  //  - pyworkforce 0.1.0 README (PyPI): 14 agents -> waiting_probability 0.1741319335950498,
  //    service_level 0.8883500191794669, occupancy 0.7142857142857143;
  //  - R package ErlangC 0.1.0 README (rdocumentation.org): 14 agents -> average_speed_of_answer
  //    7.83593701177724 s, agents required 14; its search table shows 11 agents -> 0.6821182.
  private static final double CALLS_PER_SECOND = 100.0 / (30 * 60);
  private static final double PER_AGENT_RATE = 1.0 / 180;
  private static final double TARGET_ANSWER_SECONDS = 20;

  private static final ErlangC FOURTEEN_AGENTS =
      new ErlangC(CALLS_PER_SECOND, PER_AGENT_RATE, 14);

  @Test
  void offeredLoadOfTheCallCentreExampleIsTenErlangs() {
    assertThat(FOURTEEN_AGENTS.offeredLoad()).isCloseTo(10, within(1e-12));
  }

  @Test
  void utilisationMatchesPyworkforceOccupancy() {
    assertThat(FOURTEEN_AGENTS.utilisation()).isCloseTo(0.7142857142857143, within(1e-12));
  }

  @Test
  void probabilityOfWaitMatchesPyworkforceForFourteenAgents() {
    // pyworkforce prints 16 significant digits; tolerance 1e-12 absolute.
    assertThat(FOURTEEN_AGENTS.probabilityOfWait()).isCloseTo(0.1741319335950498, within(1e-12));
  }

  @Test
  void probabilityOfWaitMatchesRErlangCForElevenAgents() {
    // The R README prints 7 decimals; tolerance is half a unit in the last place.
    var eleven = new ErlangC(CALLS_PER_SECOND, PER_AGENT_RATE, 11);
    assertThat(eleven.probabilityOfWait()).isCloseTo(0.6821182, within(5e-8));
  }

  @Test
  void meanWaitMatchesRErlangCAverageSpeedOfAnswer() {
    assertThat(FOURTEEN_AGENTS.meanWait()).isCloseTo(7.83593701177724, within(1e-9));
  }

  @Test
  void waitQuantileAtPyworkforceServiceLevelIsTheTwentySecondTarget() {
    // Service level SL(t) = P(W_q <= t), so the SL(20 s)-quantile of the wait is 20 s.
    assertThat(FOURTEEN_AGENTS.waitQuantile(0.8883500191794669))
        .isCloseTo(TARGET_ANSWER_SECONDS, within(1e-6));
  }

  @Test
  void minServersForMatchesRErlangCAgentsRequired() {
    assertThat(ErlangC.minServersFor(CALLS_PER_SECOND, PER_AGENT_RATE, TARGET_ANSWER_SECONDS, 0.8))
        .isEqualTo(14);
  }

  @Test
  void meanResponseAddsOneServiceTimeToTheMeanWait() {
    assertThat(FOURTEEN_AGENTS.meanResponse())
        .isCloseTo(FOURTEEN_AGENTS.meanWait() + 180, within(1e-9));
  }

  @Test
  void waitQuantileIsZeroWhenMostArrivalsDoNotWait() {
    // P(W_q = 0) = 1 - C = 0.826 > 0.5, so the median wait is zero.
    assertThat(FOURTEEN_AGENTS.waitQuantile(0.5)).isZero();
  }

  @Property
  void probabilityOfWaitIsAProbability(
      @ForAll @DoubleRange(min = 0, max = 5000) double arrivalRate,
      @ForAll @DoubleRange(min = 0.01, max = 100) double serviceRate,
      @ForAll @IntRange(min = 1, max = 3000) int servers) {
    double c = new ErlangC(arrivalRate, serviceRate, servers).probabilityOfWait();
    assertThat(c).isBetween(0.0, 1.0);
  }

  @Property
  void singleServerWaitsWithProbabilityRho(
      @ForAll @DoubleRange(min = 0, max = 0.999) @Scale(4) double rho,
      @ForAll @DoubleRange(min = 0.01, max = 100) double serviceRate) {
    // M/M/1: P(W_q > 0) = ρ (Gross et al., 4th ed., §2.2).
    var queue = new ErlangC(rho * serviceRate, serviceRate, 1);
    assertThat(queue.probabilityOfWait()).isCloseTo(rho, within(1e-12));
  }

  @Property
  void singleServerMeanWaitIsRhoOverMuMinusLambda(
      @ForAll @DoubleRange(min = 0, max = 0.999) @Scale(4) double rho,
      @ForAll @DoubleRange(min = 0.01, max = 100) double serviceRate) {
    // M/M/1: W_q = ρ/(μ − λ) (Gross et al., 4th ed., §2.2).
    double lambda = rho * serviceRate;
    var queue = new ErlangC(lambda, serviceRate, 1);
    assertThat(queue.meanWait()).isCloseTo(rho / (serviceRate - lambda), withPercentage(1e-9));
  }

  @Property
  void probabilityOfWaitFallsAsServersAreAdded(
      @ForAll @DoubleRange(min = 0.1, max = 500) double offeredLoad,
      @ForAll @IntRange(min = 1, max = 200) int extraServers) {
    int stable = (int) Math.floor(offeredLoad) + 1;
    double fewer = new ErlangC(offeredLoad, 1, stable + extraServers - 1).probabilityOfWait();
    double more = new ErlangC(offeredLoad, 1, stable + extraServers).probabilityOfWait();
    assertThat(more).isLessThanOrEqualTo(fewer);
  }

  @Property
  void probabilityOfWaitIsAtLeastTheBlockingProbability(
      @ForAll @DoubleRange(min = 0, max = 2000) double offeredLoad,
      @ForAll @IntRange(min = 1, max = 2000) int servers) {
    var queue = new ErlangC(offeredLoad, 1, servers);
    assertThat(queue.probabilityOfWait()).isGreaterThanOrEqualTo(queue.probabilityOfBlocking());
  }

  @Test
  void probabilityOfWaitAgreesWithExactArithmeticForTwoThousandServers() {
    // Brute force: the textbook ratio with a^k/k! carried in 60-digit decimals.
    int servers = 2000;
    int offeredLoad = 1950;
    double expected = exactErlangC(offeredLoad, servers);
    double actual = new ErlangC(offeredLoad, 1, servers).probabilityOfWait();
    assertThat(expected).isBetween(0.01, 0.99);
    assertThat(actual).isCloseTo(expected, withPercentage(1e-9));
  }

  @Test
  void meanWaitAgreesWithSimulation() {
    // λ = 8, μ = 1, c = 10 (ρ = 0.8); one million customers, seeded. Across seeds the simulated
    // mean wait scatters by about 2% (one standard error), so the tolerance is 6% (3 SE).
    var queue = new ErlangC(8, 1, 10);
    var simulated = simulate(queue, 1_000_000, 42);
    assertThat(simulated.meanWait()).isCloseTo(queue.meanWait(), withPercentage(6));
  }

  @Test
  void probabilityOfWaitAgreesWithSimulation() {
    // Same run as above; the fraction of customers who queued scatters by about 0.003 across
    // seeds, so the tolerance is 0.01 absolute (3 SE).
    var queue = new ErlangC(8, 1, 10);
    var simulated = simulate(queue, 1_000_000, 42);
    assertThat(simulated.fractionWaiting()).isCloseTo(queue.probabilityOfWait(), offset(0.01));
  }

  @Test
  void saturatedQueueAlwaysWaits() {
    assertThat(new ErlangC(10, 1, 10).probabilityOfWait()).isEqualTo(1);
  }

  @Test
  void saturatedQueueHasInfiniteWaits() {
    var saturated = new ErlangC(12, 1, 10);
    assertThat(saturated.isStable()).isFalse();
    assertThat(saturated.meanWait()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(saturated.waitQuantile(0.99)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(saturated.meanResponse()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void rejectsNegativeArrivalRate() {
    assertThatThrownBy(() -> new ErlangC(-1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arrivalRate");
  }

  @Test
  void rejectsNonPositiveServiceRate() {
    assertThatThrownBy(() -> new ErlangC(1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serviceRate");
  }

  @Test
  void rejectsZeroServers() {
    assertThatThrownBy(() -> new ErlangC(1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("servers");
  }

  @Test
  void rejectsQuantileLevelOfOne() {
    assertThatThrownBy(() -> FOURTEEN_AGENTS.waitQuantile(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p must be in [0, 1)");
  }

  /** C(c, a) from its closed form, in exact-enough decimal arithmetic. */
  private static double exactErlangC(int offeredLoad, int servers) {
    var mc = new MathContext(60);
    var a = BigDecimal.valueOf(offeredLoad);
    var term = BigDecimal.ONE; // a^k / k!
    var sumBelowC = BigDecimal.ZERO;
    for (int k = 0; k < servers; k++) {
      sumBelowC = sumBelowC.add(term, mc);
      term = term.multiply(a, mc).divide(BigDecimal.valueOf(k + 1), mc);
    }
    var c = BigDecimal.valueOf(servers);
    var top = term.multiply(c, mc).divide(c.subtract(a), mc);
    return top.divide(sumBelowC.add(top, mc), mc).doubleValue();
  }

  private record Simulated(double meanWait, double fractionWaiting) {}

  /** FCFS M/M/c: each arrival takes the server that frees up first. */
  private static Simulated simulate(ErlangC queue, int customers, long seed) {
    var random = new Random(seed);
    var freeAt = new PriorityQueue<Double>();
    for (int i = 0; i < queue.servers(); i++) {
      freeAt.add(0.0);
    }
    double now = 0;
    double totalWait = 0;
    int waited = 0;
    for (int i = 0; i < customers; i++) {
      now += exponential(random, queue.arrivalRate());
      double start = Math.max(now, freeAt.poll());
      double wait = start - now;
      totalWait += wait;
      if (wait > 0) {
        waited++;
      }
      freeAt.add(start + exponential(random, queue.serviceRate()));
    }
    return new Simulated(totalWait / customers, (double) waited / customers);
  }

  private static double exponential(Random random, double rate) {
    return -Math.log(1 - random.nextDouble()) / rate;
  }
}
