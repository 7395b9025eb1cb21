package sizing.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The oracle for {@link ResponseTime}: a discrete-event simulation of the same system, written
 * without any of its formulas. Requests arrive as a Poisson stream, queue first come first served
 * for one of {@code c} workers, hold it for an exponential service time, then spend a fixed delay
 * and {@code k} independent lognormal LLM calls outside the queue. With FCFS the events reduce to
 * one recurrence: a request starts at {@code max(arrival, earliest free worker)} (Kiefer &amp;
 * Wolfowitz's workload vector), so the simulation is exact, not time-stepped.
 */
final class MmcSimulator {
  private MmcSimulator() {}

  /**
   * Response times of {@code requests} simulated requests after {@code warmUp} discarded ones.
   *
   * @param arrivalRate λ, requests per second
   * @param serviceSeconds mean service time 1/μ, seconds
   * @param servers c
   * @param fixedSeconds the fixed delay d, seconds
   * @param llmMedian median of one LLM call, seconds
   * @param llmSigma σ of ln(one LLM call)
   * @param calls LLM calls per request, each drawn independently
   */
  static double[] responseTimes(double arrivalRate, double serviceSeconds, int servers, double fixedSeconds,
      double llmMedian, double llmSigma, int calls, int warmUp, int requests, long seed) {
    var random = new SplittableRandom(seed);
    var free = new double[servers]; // when each worker next falls idle
    var out = new double[requests];
    double now = 0;
    for (int i = 0; i < warmUp + requests; i++) {
      now += -Math.log(1 - random.nextDouble()) / arrivalRate;
      int worker = 0;
      for (int w = 1; w < servers; w++) {
        if (free[w] < free[worker]) {
          worker = w;
        }
      }
      double start = Math.max(now, free[worker]);
      double service = -Math.log(1 - random.nextDouble()) * serviceSeconds;
      free[worker] = start + service;
      double llm = 0;
      for (int k = 0; k < calls; k++) {
        llm += llmMedian * Math.exp(llmSigma * gaussian(random));
      }
      if (i >= warmUp) {
        out[i - warmUp] = free[worker] - now + fixedSeconds + llm;
      }
    }
    return out;
  }

  /** The empirical {@code p}-quantile (the order statistic at rank ⌈p n⌉). */
  static double quantile(double[] sample, double p) {
    var sorted = sample.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
  }

  /** A standard normal draw by the Box–Muller transform (Box &amp; Muller, Ann. Math. Statist. 29, 1958). */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
