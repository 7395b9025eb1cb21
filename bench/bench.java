///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Speed of the sizing model, sweeps, Monte Carlo, jbang start-up and the report: a plain harness that reports the median of several timed runs after warm-up runs.
//JAVA 17+
//DEPS com.fasterxml.jackson:jackson-bom:2.23.0@pom
//DEPS com.fasterxml.jackson.core:jackson-databind
//DEPS info.picocli:picocli:4.7.7
//DEPS org.commonmark:commonmark:0.24.0
//DEPS org.commonmark:commonmark-ext-gfm-tables:0.24.0
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS tech.tablesaw:tablesaw-excel:0.44.4
//DEPS org.knowm.xchart:xchart:3.8.8
//DEPS org.slf4j:slf4j-nop:2.0.12
//DEPS org.apache.logging.log4j:log4j-to-slf4j:2.24.3
//SOURCES ../src/main/java/sizing/**.java
//JAVA_OPTIONS -Xms1g -Xmx6g

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import sizing.data.Workbook;
import sizing.model.CompiledDeployment;
import sizing.sweep.Axis;
import sizing.sweep.Baseline;
import sizing.plan.DecisionEngine;
import sizing.plan.PlanGenerator;
import sizing.plan.Pricing;
import sizing.sweep.MonteCarlo;
import sizing.sweep.Progress;
import sizing.sweep.Sweep;

/**
 * Run from the repository root: {@code ./jbang [-Druns=N] bench/bench.java [evaluations|sweep|montecarlo|startup|all|report]}
 * ({@code report} only when asked: it runs the whole report several times).
 * Each figure is the median of several timed runs that follow untimed warm-up runs in the same JVM
 * (start-up: separate processes). Not a JMH harness: no forking or blackhole beyond summing results,
 * so read the figures as the order of magnitude they are.
 */
public class bench {
  static final Workbook WB = Workbook.load();

  public static void main(String... args) throws Exception {
    var what = args.length == 0 ? "all" : args[0];
    System.out.printf(Locale.ROOT, "machine: %d cores (%s), %s %s; load average %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
        System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage());
    if (what.equals("all") || what.equals("evaluations")) {
      evaluations();
    }
    if (what.equals("all") || what.equals("sweep")) {
      sweep();
    }
    if (what.equals("all") || what.equals("montecarlo")) {
      monteCarlo();
    }
    if (what.equals("all") || what.equals("startup")) {
      startup();
    }
    if (what.equals("all") || what.equals("engine")) {
      engine();
    }
    if (what.equals("report")) {
      report();
    }
  }

  /**
   * {@code ./jbang report} as a user runs it (set-up check included), into a scratch folder: one
   * untimed run to warm the JBang cache and the kernel's class-data-sharing archive, then three
   * timed runs, each with the load average before it.
   */
  static void report() throws Exception {
    var repo = Path.of("").toAbsolutePath();
    var out = Files.createTempDirectory("bench-report");
    var command = List.of(repo.resolve("jbang").toString(), "report", "--out", out.resolve("report").toString());
    run(command);
    var times = new ArrayList<Double>();
    for (int i = 0; i < 3; i++) {
      var load = loadAverage();
      times.add(run(command));
      System.out.printf(Locale.ROOT, "jbang report, run %d: %.1f s (load average before: %s)%n", i + 1, times.get(i), load);
    }
    System.out.printf(Locale.ROOT, "jbang report: median of 3 runs %.1f s (9 notebooks, index, pages)%n", medianOf(times));
  }

  /** One core: every generated plan judged at 77 numbers of users from 1 to 989. */
  static void evaluations() {
    var guide = Workbook.loadGuidePriced();
    var c = sizing.sweep.Candidates.of(PlanGenerator.generate(guide.catalog()), guide.catalog());
    var model = guide.model();
    var compiled = new CompiledDeployment[c.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = model.compile(c.deployment(i));
    }
    int[] users = new int[77];
    for (int k = 0; k < users.length; k++) {
      users[k] = 1 + 13 * k;
    }
    long evaluations = (long) compiled.length * users.length;
    var sink = new long[1];
    double ns = median(5, 9, () -> {
      long t = System.nanoTime();
      long ok = 0;
      for (int u : users) {
        for (var d : compiled) {
          ok += d.meetsGoals(u) ? 1 : 0;
        }
      }
      sink[0] += ok;
      return System.nanoTime() - t;
    });
    System.out.printf(Locale.ROOT, "plan evaluations (CompiledDeployment.meetsGoals: utilisations first, then the response time's tail), one core: %,.1f million/s (%,d plans x %d users, median %.1f ms)%n",
        evaluations / ns * 1e3, compiled.length, users.length, ns / 1e6);
    // the same, split: the checks a utilisation decides (no percentile needed), and those that reach the p95
    var utilCap = new int[compiled.length];
    long decidedByUtilisation = 0;
    for (int i = 0; i < compiled.length; i++) {
      utilCap[i] = compiled[i].capacity(java.util.EnumSet.copyOf(compiled[i].resources()), false);
      for (int u : users) {
        decidedByUtilisation += u > utilCap[i] ? 1 : 0;
      }
    }
    long byUtilisation = decidedByUtilisation;
    double nsUtil = median(5, 9, () -> {
      long t = System.nanoTime();
      long ok = 0;
      for (int u : users) {
        for (int i = 0; i < compiled.length; i++) {
          if (u > utilCap[i]) {
            ok += compiled[i].meetsGoals(u) ? 1 : 0;
          }
        }
      }
      sink[0] += ok;
      return System.nanoTime() - t;
    });
    double nsTail = median(3, 5, () -> {
      long t = System.nanoTime();
      long ok = 0;
      for (int u : users) {
        for (int i = 0; i < compiled.length; i++) {
          if (u <= utilCap[i]) {
            ok += compiled[i].meetsGoals(u) ? 1 : 0;
          }
        }
      }
      sink[0] += ok;
      return System.nanoTime() - t;
    });
    System.out.printf(Locale.ROOT, "  of which a utilisation decides (no percentile needed): %,d checks, %,.1f million/s; the rest reach the p95 goal: %,d checks, %,.2f million/s%n",
        byUtilisation, byUtilisation / nsUtil * 1e3, evaluations - byUtilisation, (evaluations - byUtilisation) / nsTail * 1e3);
    double nsCached = median(5, 9, () -> {
      long t = System.nanoTime();
      long ok = 0;
      for (int u : users) {
        for (var d : compiled) {
          ok += d.carries(u) ? 1 : 0;
        }
      }
      sink[0] += ok;
      return System.nanoTime() - t;
    });
    System.out.printf(Locale.ROOT, "plan evaluations from the cached capacity (CompiledDeployment.carries), one core: %,.1f million/s%n",
        evaluations / nsCached * 1e3);
    double nsModel = median(2, 5, () -> {
      long t = System.nanoTime();
      long ok = 0;
      for (int k = 0; k < users.length; k += 7) {
        for (int i = 0; i < c.size(); i++) {
          ok += model.meetsGoals(c.deployment(i), users[k]) ? 1 : 0;
        }
      }
      sink[0] += ok;
      return System.nanoTime() - t;
    });
    long modelEvaluations = (long) c.size() * ((users.length + 6) / 7);
    System.out.printf(Locale.ROOT, "SizingModel.meetsGoals(deployment, users) (compiles on every call), one core: %,.1f million/s%n",
        modelEvaluations / nsModel * 1e3);
    double nsCompile = median(3, 7, () -> {
      long t = System.nanoTime();
      long s = 0;
      for (int i = 0; i < c.size(); i++) {
        s += model.compile(c.deployment(i)).capacity();
      }
      sink[0] += s;
      return System.nanoTime() - t;
    });
    System.out.printf(Locale.ROOT, "compile + capacity of every plan: %.1f ms for %,d plans (%.2f us each)%n",
        nsCompile / 1e6, c.size(), nsCompile / 1e3 / c.size());
    if (sink[0] == 42) {
      System.out.println();
    }
  }

  /** The full sweep: users 1..1000 over every generated plan. */
  static void sweep() {
    var base = Baseline.of(WB);
    var users = Axis.parse("--users", Axis.USERS, "1..1000:1", base);
    double ns = median(3, 7, () -> {
      long t = System.nanoTime();
      var table = Sweep.run(base, List.of(users), Sweep.Mode.PICK, Progress.NONE);
      if (table.rowCount() != 1000) {
        throw new AssertionError(table.rowCount());
      }
      return System.nanoTime() - t;
    });
    System.out.printf(Locale.ROOT, "full sweep, mode pick, users 1..1000 from %s (%,d plans, %,d candidates; 1,000-row table): %.0f ms%n",
        base.catalog().name(), base.engine().spaceSize(), base.engine().candidates().size(), ns / 1e6);
    var sink = new long[1];
    var small = base.withMaxBackends(1);
    var fewer = Axis.parse("--users", Axis.USERS, "10..400:10", small);
    double nsTable = median(1, 3, () -> {
      long t = System.nanoTime();
      var table = Sweep.run(small, List.of(fewer), Sweep.Mode.ALL, Progress.NONE);
      sink[0] += table.rowCount();
      return System.nanoTime() - t;
    });
    System.out.printf(Locale.ROOT, "mode all table, %,d candidates (one backend) x 40 users values = %,d rows: %.0f ms%n",
        small.candidates().size(), 40L * small.candidates().size(), nsTable / 1e6);
  }

  /**
   * The pick at every users value 1..1000 from the guide's catalog (its 14,585 plans), warm, on one
   * core: the decision engine (built from the catalog, then a binary search per users value)
   * against the same computation in numpy (bench/pick_sweep.py, given every plan's cost, capacity
   * and feasibility: a sort, a running maximum and a sorted search), run here in the same session.
   */
  static void engine() throws Exception {
    var guide = Workbook.loadGuidePriced();
    var pricing = new Pricing(guide.catalog(), guide.terms().get("on-demand"), guide.model());
    var every = DecisionEngine.over(PlanGenerator.generate(guide.catalog()), guide.catalog(), pricing.term(), pricing.model());
    var csv = new StringBuilder("monthly_usd,capacity_users,feasible\n");
    for (var c : every.candidates()) {
      csv.append(c.monthlyUsd()).append(',').append(c.capacityUsers()).append(',')
          .append(every.withinBudget(c) && every.availableEnough(c) ? 1 : 0).append('\n');
    }
    var plansCsv = Path.of("build/bench/plans.csv");
    Files.createDirectories(plansCsv.getParent());
    Files.writeString(plansCsv, csv);
    var checksum = new double[1];
    double nsBuild = median(3, 9, () -> {
      long t = System.nanoTime();
      var e = DecisionEngine.of(pricing);
      double sum = 0;
      for (int u = 1; u <= 1000; u++) {
        int i = e.cheapestIndex(u);
        sum += i < 0 ? 0 : e.candidates().get(i).monthlyUsd();
      }
      checksum[0] = sum;
      return System.nanoTime() - t;
    });
    var engine = DecisionEngine.of(pricing);
    double nsPicks = median(5, 15, () -> {
      long t = System.nanoTime();
      long s = 0;
      for (int u = 1; u <= 1000; u++) {
        s += engine.cheapestIndex(u);
      }
      checksum[0] += s * 0;
      return System.nanoTime() - t;
    });
    System.out.printf(Locale.ROOT, "pick sweep, users 1..1000 over %,d plans: engine built from the catalog (%,d candidates) and searched: %.2f ms; the searches alone: %.3f ms; checksum %.2f%n",
        engine.spaceSize(), engine.candidates().size(), nsBuild / 1e6, nsPicks / 1e6, checksum[0]);
    var numpy = new ProcessBuilder("python3", "bench/pick_sweep.py", plansCsv.toString()).redirectErrorStream(true).start();
    var out = new String(numpy.getInputStream().readAllBytes()).strip();
    numpy.waitFor();
    System.out.println("the same in numpy, given every plan's cost, capacity and feasibility: " + out);
  }

  /**
   * 100,000 samples over the default plan set of jbang sweep --monte-carlo: wall time, and the
   * process's CPU time over the same runs (both cores busy: about twice the wall time when the
   * machine is otherwise idle).
   */
  static void monteCarlo() {
    var base = Baseline.of(WB);
    var plans = MonteCarlo.plans(List.of(), WB, base);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    var cpu = new ArrayList<Double>();
    int runs = Integer.getInteger("runs", 5);
    double ns = median(1, runs, () -> {
      long c = os.getProcessCpuTime();
      long t = System.nanoTime();
      MonteCarlo.run(base, plans, false, 100_000, 1, Progress.NONE);
      long wall = System.nanoTime() - t;
      cpu.add((os.getProcessCpuTime() - c) / 1e9);
      return wall;
    });
    cpu.remove(0); // the warm-up run's
    System.out.printf(Locale.ROOT, "Monte Carlo, 100,000 samples x %d plans (the default set), both cores: %.2f s wall, %.2f s of CPU (medians of %d runs; load average after: %s)%n",
        plans.size(), ns / 1e9, medianOf(cpu), runs, loadAverage());
  }

  /**
   * {@code ./jbang size} against {@code ./jbang bench/hello.java}, both with a warm JBang cache, run
   * in turn (hello, size, hello, size, ...) so that a drift in the machine's speed hits both; the
   * ratio is the median of the pair-by-pair ratios.
   */
  static void startup() throws Exception {
    var repo = Path.of("").toAbsolutePath();
    var jbang = repo.resolve("jbang").toString();
    var hello = List.of(jbang, "bench/hello.java");
    var size = List.of(jbang, "size");
    run(hello);
    run(size);
    int pairs = 11;
    var helloTimes = new ArrayList<Double>();
    var sizeTimes = new ArrayList<Double>();
    var ratios = new ArrayList<Double>();
    for (int i = 0; i < pairs; i++) {
      helloTimes.add(run(hello));
      sizeTimes.add(run(size));
      ratios.add(sizeTimes.get(i) / helloTimes.get(i));
    }
    System.out.printf(Locale.ROOT,
        "jbang start-up, warm cache, %d pairs: hello-world median %.2f s, jbang size median %.2f s; size/hello per pair: median %.2fx (min %.2fx, max %.2fx)%n",
        pairs, medianOf(helloTimes), medianOf(sizeTimes), medianOf(ratios), java.util.Collections.min(ratios),
        java.util.Collections.max(ratios));
  }

  static double run(List<String> command) throws Exception {
    long t = System.nanoTime();
    var p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(new File("/dev/null")).start();
    if (p.waitFor() != 0) {
      throw new AssertionError(command + " exited " + p.exitValue());
    }
    return (System.nanoTime() - t) / 1e9;
  }

  static double median(int warmups, int runs, LongSupplier timedRun) {
    for (int i = 0; i < warmups; i++) {
      timedRun.getAsLong();
    }
    var times = new ArrayList<Double>();
    for (int i = 0; i < runs; i++) {
      times.add((double) timedRun.getAsLong());
    }
    return medianOf(times);
  }

  static double medianOf(List<Double> xs) {
    var a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
