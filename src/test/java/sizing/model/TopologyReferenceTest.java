package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;

/**
 * One known plan per topology, evaluated by the compiled model and checked figure by figure
 * against a hand computation from the bundled data files and the textbook formulas, so a formula
 * that is wrong the same way everywhere cannot pass.
 *
 * <p>Inputs, all from {@code data/} (mid-points where a file gives a range):
 *
 * <ul>
 *   <li>workload ({@code workloads/guide.csv}): r = 1.5 requests/user/min, D = 2.65 CPU-s a
 *       request, q = 10 queries of t_q = 0.002 s, v = 2 vector searches of t_v = 0.05 s, k = 1
 *       LLM call of 1,500 + 250 tokens, 50,000 documents x 10 KB, 50 MB of session per user;
 *   <li>LLM ({@code llm/latency.csv}, gpt-4): one call lognormal with median m = 13.61 s and p95
 *       22.70 s, so sigma = ln(22.70 / 13.61) / 1.644853627 = 0.3110064625; k = 1 call, so L is that
 *       lognormal; prices ({@code llm/models.csv}) $30 / $60 per million tokens;
 *   <li>goals ({@code workloads/guide-goals.csv}): p95 at most 30 s, CPU 80%, memory 85%;
 *   <li>services ({@code stack/services.csv}): backend 3 GB idle (2-4), PostgreSQL 1.5 GB (1-2),
 *       frontend 0.75 GB (0.5-1), pool 20 + 40 = 60 connections a backend; self-hosted
 *       max_connections 100 less PostgreSQL's 3 superuser_reserved_connections, and db-s-4vcpu-8gb's
 *       197 ({@code stack/postgres-limits.csv}); a request holds a connection while its queries run,
 *       h = q t_q = 0.02 s (no {@code db_connection_hold_seconds_per_request} in the workload);
 *   <li>vCPU shares ({@code stack/host-shares.csv}): all-in-one backend 0.5 and PostgreSQL 0.25,
 *       app backend 0.5, backend 0.875, database PostgreSQL 0.875, vector ChromaDB 0.875;
 *   <li>availability ({@code stack/availability.csv}): droplet 99.99%, self-run service 99.9%,
 *       regional load balancer 99.9%, managed PostgreSQL and Redis 99.9%, frontend hosting 99.99%;
 *   <li>no contention: the workload sets no USL coefficients, so a backend's mean service time is
 *       D (+ in-process vector search) however many backends there are.
 * </ul>
 *
 * Derived once: lambda(N) = N r / 60 requests/s; ChromaDB's index = 50,000 x 10 / 1,048,576 =
 * 0.476837158 GB; a user's session = 50 / 1,024 = 0.048828125 GB; a self-run host's availability
 * = 0.9999 x 0.999 = 0.9989001.
 *
 * <p>Formulas: utilisation law U = X D / c (Lazowska et al., "Quantitative System Performance",
 * 1984, §3.2); Erlang C for M/M/c, C(c, a) = [a^c / c! / (1 - rho)] / [sum_{i<c} a^i / i! + a^c /
 * c! / (1 - rho)] with a = lambda / mu and rho = a / c (Gross et al., "Fundamentals of Queueing
 * Theory", 4th ed., §2.3); availability in series multiplies and n in parallel is 1 - (1 - A)^n
 * (Trivedi 2002, §1.10); connections in use L = lambda h (Little's law, Little 1961), over the
 * pools n x 60.
 *
 * <p>Response-time percentiles: T = W + S + d + L, W the M/M/c wait (0 with probability 1 - C,
 * else exponential at theta = c mu - lambda), S exponential of mean S, d the fixed delay, L the
 * lognormal. With G(u) = e^{-mu u} + C mu (e^{-theta u} - e^{-mu u}) / (mu - theta) the survival
 * function of W + S (Gross et al., §2.3), P(T > t) = Phi-bar(z_x) + integral from -inf to z_x of
 * phi(z) G(x - m e^{sigma z}) dz, x = t - d, z_x = ln(x / m) / sigma. The percentiles below were
 * computed from that integral with SciPy 1.17 ({@code scipy.integrate.quad}, relative tolerance
 * 1e-12, and {@code scipy.optimize.brentq} to 1e-12 s), an implementation independent of the
 * model's product integration; the model's tail is within 2e-7 of brute force (ResponseTimeTest),
 * so its percentiles are compared within 1e-4 s.
 *
 * <p>Tolerance: every other figure within 1e-9 (a fraction) of the hand value, which is carried to
 * full double precision; the comments round it to ten digits.
 */
class TopologyReferenceTest {
  static final Workbook WB = Workbook.load();
  static final double TOL = 1e-9;
  /** Seconds, for percentiles against the SciPy reference (class comment). */
  static final double P_TOL = 1e-4;

  static CompiledDeployment compile(String scenario) {
    return compile(WB.scenarios().get(scenario).plan(), WB.model());
  }

  static CompiledDeployment compile(Plan plan, SizingModel model) {
    return model.compile(Deployment.of(plan, WB.catalog()));
  }

  static Plan plan(String name, Plan.Line... lines) {
    return new Plan(name, name, List.of(lines));
  }

  static Plan.Line line(String item, double quantity, Role role) {
    return new Plan.Line(item, quantity, role);
  }

  static void assertUtilisation(Evaluation e, Map<Resource, Double> expected) {
    assertThat(e.utilisation().keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((r, u) -> assertThat(e.utilisation().get(r)).as(r.id()).isCloseTo(u, within(TOL)));
  }

  static Map<Resource, Double> map(Object... pairs) {
    var m = new LinkedHashMap<Resource, Double>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Resource) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }

  /**
   * Single droplet, the guide's POV: one s-4vcpu-8gb-intel (4 vCPU, 8 GB) runs everything; 10 users.
   *
   * <ul>
   *   <li>lambda = 10 x 1.5 / 60 = 0.25/s; workers c = floor(4 x 0.5) = 2; service time S = D +
   *       v t_v (ChromaDB in the backend) = 2.65 + 0.1 = 2.75 s;
   *   <li>backend CPU = 0.25 x 2.75 / 2 = 0.34375;
   *   <li>backend memory = (3 + 0.476837158 + 0.75 + 1.5 + 10 x 0.048828125) / 8 = 6.215118408 / 8 =
   *       0.7768898010;
   *   <li>database CPU = 0.25 x 10 x 0.002 / (4 x 0.25) = 0.005; connections in use = 0.25 x 0.02 / 60 = 0.00008333333333;
   *   <li>response: a = 0.25 x 2.75 = 0.6875, rho = 0.34375, C = 0.236328125/0.65625 / (1.6875 +
   *       0.3601190476) = 0.1758720930, theta = 2/2.75 - 0.25 = 0.4772727273/s, d = 0.02 s; p50
   *       16.66537206 s, p95 27.46794916 s, p99 33.53235795 s (SciPy, class comment);
   *   <li>availability = 0.9989001 (one self-run droplet, nothing else in series);
   *   <li>LLM = 0.25 x 3,600 x 174 h calls x (1,500 x 30 + 250 x 60) / 10^6 USD = 156,600 x 0.06 =
   *       9,396 USD/month;
   *   <li>bottleneck: p95, the goal that binds at the capacity (memory allows 21 users, CPU 23);
   *   <li>capacity 17: memory allows floor((6.8 - 5.726837158) / 0.048828125) = 21 users, CPU
   *       floor(0.8 x 2 / (0.025 x 2.75)) = 23; the p95 at 17 users is 29.53702846 s, at 18 users
   *       30.13826518 s (SciPy), over the 30 s goal.
   * </ul>
   */
  @Test
  void singleDroplet() {
    var c = compile("pov");
    var e = c.evaluate(10);
    assertUtilisation(e, map(Resource.BACKEND_CPU, 0.34375, Resource.BACKEND_MEMORY, 0.7768898010253906,
        Resource.DB_CPU, 0.005, Resource.DB_CONNECTIONS, 0.25 * 0.02 / 60));
    var trace = c.trace(10);
    assertThat(trace.probabilityOfWait()).isCloseTo(0.17587209302325582, within(TOL));
    assertThat(trace.llm().sigma()).isCloseTo(0.31100646248511127, within(TOL));
    assertThat(e.p95Seconds()).isCloseTo(27.4679491647, within(P_TOL));
    assertThat(trace.percentiles().p50()).isCloseTo(16.6653720611, within(P_TOL));
    assertThat(trace.percentiles().p99()).isCloseTo(33.5323579518, within(P_TOL));
    assertThat(e.availability()).isCloseTo(0.9989001, within(TOL));
    assertThat(e.llmMonthlyUsd()).isCloseTo(9396.0, within(1e-6));
    assertThat(e.bottleneck()).contains(Target.P95);
    assertThat(e.violations()).isEmpty();
    assertThat(c.p95Seconds(17)).isCloseTo(29.53702846008299, within(P_TOL));
    assertThat(c.p95Seconds(18)).isCloseTo(30.138265184596314, within(P_TOL));
    assertThat(c.capacity()).isEqualTo(17);
  }

  /**
   * One droplet and a managed database, the guide's small-managed: an s-8vcpu-16gb-intel app
   * droplet (8 vCPU, 16 GB, frontend and ChromaDB on it) and db-s-4vcpu-8gb (4 vCPU); 40 users.
   *
   * <ul>
   *   <li>lambda = 1/s; c = floor(8 x 0.5) = 4; S = 2.75 s;
   *   <li>backend CPU = 1 x 2.75 / 4 = 0.6875;
   *   <li>backend memory = (3 + 0.476837158 + 0.75 + 40 x 0.048828125) / 16 = 6.179962158 / 16 =
   *       0.3862476349 (no PostgreSQL on it);
   *   <li>database CPU = 1 x 0.02 / 4 = 0.005; connections in use = 1 x 0.02 / 60 = 0.0003333333333
   *       (the pool of 60 fits db-s-4vcpu-8gb's 197);
   *   <li>response: a = 2.75, rho = 0.6875, C = 0.4094697393, theta = 4/2.75 - 1 = 0.4545454545/s; p95
   *       28.27661853 s (SciPy);
   *   <li>availability = 0.9989001 x 0.999 = 0.9979011999 (the hosting, which the goal judges); the
   *       service with the LLM provider's assumed 99.5% in series: 0.9979011999 x 0.995 = 0.9929116939;
   *   <li>capacity 45, where p95 binds: 29.73499467 s at 45 users, 30.21814201 s at 46 (SciPy); CPU
   *       alone would allow floor(0.8 x 4 / (0.025 x 2.75)) = 46 (the guide's 40-50 users, to which
   *       the model is calibrated).
   * </ul>
   */
  @Test
  void dropletWithManagedDatabase() {
    var c = compile("small-managed");
    var e = c.evaluate(40);
    assertThat(c.deployment().family()).isEqualTo(Family.SINGLE_MANAGED_DB);
    assertUtilisation(e, map(Resource.BACKEND_CPU, 0.6875, Resource.BACKEND_MEMORY, 0.3862476348876953,
        Resource.DB_CPU, 0.005, Resource.DB_CONNECTIONS, 0.02 / 60));
    assertThat(c.trace(40).probabilityOfWait()).isCloseTo(0.40946973934444564, within(TOL));
    assertThat(e.p95Seconds()).isCloseTo(28.2766185318, within(P_TOL));
    assertThat(e.availability()).isCloseTo(0.9979011998999999, within(TOL));
    assertThat(c.model().serviceAvailability(e.availability())).isCloseTo(0.9929116938995, within(TOL));
    assertThat(c.p95Seconds(45)).isCloseTo(29.73499467227152, within(P_TOL));
    assertThat(c.p95Seconds(46)).isCloseTo(30.218142005246268, within(P_TOL));
    assertThat(c.capacity()).isEqualTo(45);
  }

  /**
   * One droplet and a database droplet: the same app droplet and PostgreSQL alone on an
   * s-4vcpu-8gb-intel (4 vCPU, 8 GB); 40 users.
   *
   * <ul>
   *   <li>backend CPU and memory and p95 as the managed case (0.6875, 0.3862476349, 28.27661853 s),
   *       and so the capacity, 45 users, where p95 binds;
   *   <li>database CPU = 1 x 0.02 / (4 x 0.875) = 0.005714285714; database droplet memory = 1.5 / 8 =
   *       0.1875; connections in use = 1 x 0.02 / 60 = 0.0003333333333 (the pool of 60 fits the 97 a
   *       self-hosted PostgreSQL leaves the application);
   *   <li>availability = 0.9989001^2 = 0.9978014098 (two self-run droplets in series).
   * </ul>
   */
  @Test
  void dropletWithDatabaseDroplet() {
    var c = compile(plan("split-self-db", line("s-8vcpu-16gb-intel", 1, Role.APP),
        line("s-4vcpu-8gb-intel", 1, Role.DATABASE)), WB.model());
    var e = c.evaluate(40);
    assertThat(c.deployment().family()).isEqualTo(Family.SINGLE_SELF_DB);
    assertUtilisation(e, map(Resource.BACKEND_CPU, 0.6875, Resource.BACKEND_MEMORY, 0.3862476348876953,
        Resource.DB_CPU, 0.005714285714285714, Resource.DB_MEMORY, 0.1875, Resource.DB_CONNECTIONS, 0.02 / 60));
    assertThat(e.p95Seconds()).isCloseTo(28.2766185318, within(P_TOL));
    assertThat(e.availability()).isCloseTo(0.9978014097800099, within(TOL));
    assertThat(c.capacity()).isEqualTo(45);
  }

  /**
   * Load-balanced backends and a database droplet, the guide's enterprise-multi: two
   * s-8vcpu-16gb-intel backends, PostgreSQL on an s-4vcpu-8gb-intel, a load balancer, the frontend
   * on Vercel; 100 users.
   *
   * <ul>
   *   <li>lambda = 2.5/s, 1.25/s a backend; c = floor(8 x 0.875) = 7; S = 2.65 + 0.1 = 2.75 s (no
   *       contention across backends);
   *   <li>backend CPU = 1.25 x 2.75 / 7 = 0.4910714286;
   *   <li>backend memory = (3 + 0.476837158 + 50 x 0.048828125) / 16 = 5.918243408 / 16 =
   *       0.3698902130 (the frontend is not on it);
   *   <li>database CPU = 2.5 x 0.02 / 3.5 = 0.01428571429; database memory = 0.1875;
   *   <li>connections in use = 2.5 x 0.02 / 120 = 0.0004166666667; but the pools at their largest,
   *       2 x 60 = 120, exceed the 100 - 3 = 97 connections PostgreSQL leaves the application: a
   *       configuration failure at any load, so the plan carries no user and that check binds;
   *   <li>response: a = 1.25 x 2.75 = 3.4375, rho = 0.4910714286, C = 0.07033771959, theta = 7/2.75 -
   *       1.25 = 1.295454545/s; p95 26.92637425 s (SciPy), 0.898 of its goal;
   *   <li>availability = (1 - 0.0010999^2) x 0.999 (regional load balancer) x 0.9989001 (database
   *       droplet) x 0.9999 (Vercel) = 0.9978002027.
   * </ul>
   */
  @Test
  void loadBalancedWithDatabaseDroplet() {
    var c = compile("enterprise-multi");
    var e = c.evaluate(100);
    assertThat(c.deployment().family()).isEqualTo(Family.MULTI_SELF_DB);
    assertUtilisation(e, map(Resource.BACKEND_CPU, 0.49107142857142855, Resource.BACKEND_MEMORY, 0.3698902130126953,
        Resource.DB_CPU, 0.014285714285714287, Resource.DB_MEMORY, 0.1875, Resource.DB_CONNECTIONS, 2.5 * 0.02 / 120));
    assertThat(c.trace(100).probabilityOfWait()).isCloseTo(0.07033771958929359, within(TOL));
    assertThat(e.p95Seconds()).isCloseTo(26.9263742472, within(P_TOL));
    assertThat(e.availability()).isCloseTo(0.9978002026598106, within(TOL));
    assertThat(e.bottleneck()).contains(Configuration.DB_CONNECTION_LIMIT);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.goal()).isEqualTo(Configuration.DB_CONNECTION_LIMIT);
      assertThat(v.value()).isCloseTo(120, within(TOL));
      assertThat(v.limit()).isEqualTo(97);
    });
    assertThat(c.capacity()).isZero();
  }

  /**
   * Load-balanced backends and a managed database, the guide's enterprise-managed: two
   * s-8vcpu-16gb-intel backends, db-s-4vcpu-8gb, a load balancer, Vercel; 150 users.
   *
   * <ul>
   *   <li>lambda = 3.75/s, 1.875/s a backend; c = 7; S = 2.75 s;
   *   <li>backend CPU = 1.875 x 2.75 / 7 = 0.7366071429;
   *   <li>backend memory = (3.476837158 + 75 x 0.048828125) / 16 = 7.138946533 / 16 = 0.4461841583;
   *   <li>database CPU = 3.75 x 0.02 / 4 = 0.01875; connections in use = 3.75 x 0.02 / 120 = 0.000625
   *       (the pools' 120 fit the 197);
   *   <li>response: a = 5.15625, rho = 0.7366071429, C = 0.3627667869, theta = 7/2.75 - 1.875 =
   *       0.6704545455/s; p95 27.60423667 s (SciPy);
   *   <li>availability = 0.99999879022 x 0.999 (load balancer) x 0.999 (managed database) x 0.9999 = 0.9978999927;
   *   <li>capacity 162, where backend CPU binds: N x 0.0125 x 2.75 / 7 = 0.8 at N = 162.9 (the
   *       guide's 150-200, to which the model is calibrated); the p95 there is below 30 s.
   * </ul>
   */
  @Test
  void loadBalancedWithManagedDatabase() {
    var c = compile("enterprise-managed");
    var e = c.evaluate(150);
    assertThat(c.deployment().family()).isEqualTo(Family.MULTI_MANAGED_DB);
    assertUtilisation(e, map(Resource.BACKEND_CPU, 0.7366071428571429, Resource.BACKEND_MEMORY, 0.4461841583251953,
        Resource.DB_CPU, 0.01875, Resource.DB_CONNECTIONS, 3.75 * 0.02 / 120));
    assertThat(c.trace(150).probabilityOfWait()).isCloseTo(0.36276678687740077, within(TOL));
    assertThat(e.p95Seconds()).isCloseTo(27.6042366732, within(P_TOL));
    assertThat(e.availability()).isCloseTo(0.9978999926590766, within(TOL));
    assertThat(c.capacity()).isEqualTo(162);
    assertThat(c.p95Seconds(162)).isLessThan(30);
  }

  /**
   * Every service on a host of its own: two s-8vcpu-16gb-intel backends behind a load balancer,
   * db-s-4vcpu-8gb, ChromaDB on an s-4vcpu-8gb-intel, sessions in redis-512mb (0.5 GB), the
   * frontend on an s-2vcpu-4gb (4 GB), and an LLM account limited to 300,000 tokens a minute (a
   * test input, not a published figure); 100 users.
   *
   * <ul>
   *   <li>lambda = 2.5/s; c = 7; S = 2.65 s (no vector search in the backend);
   *   <li>backend CPU = 1.25 x 2.65 / 7 = 0.4732142857; backend memory = 3 / 16 = 0.1875;
   *   <li>database CPU = 2.5 x 0.02 / 4 = 0.0125; connections in use = 2.5 x 0.02 / 120 = 0.0004166666667;
   *   <li>vector CPU = 2.5 x 2 x 0.05 / (4 x 0.875) = 0.07142857143; vector memory = 0.476837158 / 8
   *       = 0.05960464478; frontend memory = 0.75 / 4 = 0.1875;
   *   <li>session store memory = 100 x 0.048828125 / 0.5 = 9.765625, far past 0.85: the bottleneck and
   *       the one violation; it caps the plan at floor(0.85 x 0.5 / 0.048828125) = floor(8.704) = 8 users;
   *   <li>LLM tokens = 2.5 x 60 x 1 x 1,750 / 300,000 = 0.875;
   *   <li>response: a = 3.3125, rho = 0.4732142857, C = 0.05954726129, theta = 7/2.65 - 1.25 =
   *       1.391509434/s, d = 0.02 + 0.1 = 0.12 s (the vector searches leave the backend); p95
   *       26.81255621 s (SciPy);
   *   <li>availability = 0.99999879022 x 0.999 (load balancer) x 0.999 (database) x 0.9989001 (ChromaDB
   *       droplet) x 0.999 (Redis) x 0.9989001 (frontend droplet) = 0.9948097945.
   * </ul>
   */
  @Test
  void everyServiceOnItsOwnHost() {
    var params = new LinkedHashMap<>(WB.workload().parameters());
    var provenance = new Provenance("test input", LocalDate.of(2025, 11, 7));
    params.put(WorkloadParameter.LLM_TPM_LIMIT,
        new Parameter(WorkloadParameter.LLM_TPM_LIMIT, 300_000, 300_000, 300_000, "tokens/min", provenance));
    var model = WB.model().withWorkload(new Workload(params));
    var c = compile(plan("own-hosts", line("s-8vcpu-16gb-intel", 2, Role.BACKEND), line("load-balancer", 1, Role.LOAD_BALANCER),
        line("db-s-4vcpu-8gb", 1, Role.DATABASE), line("s-4vcpu-8gb-intel", 1, Role.VECTOR),
        line("redis-512mb", 1, Role.SESSIONS), line("s-2vcpu-4gb", 1, Role.FRONTEND)), model);
    var e = c.evaluate(100);
    assertThat(c.deployment().family()).isEqualTo(Family.MULTI_MANAGED_DB);
    assertUtilisation(e, map(Resource.BACKEND_CPU, 0.4732142857142857, Resource.BACKEND_MEMORY, 0.1875,
        Resource.DB_CPU, 0.0125, Resource.DB_CONNECTIONS, 2.5 * 0.02 / 120, Resource.VECTOR_CPU, 0.07142857142857142,
        Resource.VECTOR_MEMORY, 0.059604644775390625, Resource.FRONTEND_MEMORY, 0.1875,
        Resource.SESSIONS_MEMORY, 9.765625, Resource.LLM_TPM, 0.875));
    assertThat(c.trace(100).probabilityOfWait()).isCloseTo(0.059547261288755135, within(TOL));
    assertThat(c.trace(100).fixedSeconds()).isCloseTo(0.12, within(TOL));
    assertThat(e.p95Seconds()).isCloseTo(26.8125562059, within(P_TOL));
    assertThat(e.availability()).isCloseTo(0.9948097944546388, within(TOL));
    assertThat(e.bottleneck()).isEqualTo(Optional.of(Resource.SESSIONS_MEMORY));
    assertThat(e.violations()).extracting(Violation::goal).containsExactly(Resource.SESSIONS_MEMORY);
    assertThat(c.capacity()).isEqualTo(8);
  }
}
