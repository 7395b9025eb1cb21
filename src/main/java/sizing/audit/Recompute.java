package sizing.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import sizing.model.Availability;
import sizing.model.CatalogItem;
import sizing.model.Category;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.LineCost;
import sizing.model.Plan;
import sizing.model.PlanCost;
import sizing.model.Role;
import sizing.model.Workload;
import sizing.model.GuideEstimate;
import sizing.model.WorkloadParameter;

/**
 * The formulas behind each {@link Check} kind. Each takes the claim, its check and the evidence
 * and returns a finding whose figures come from the catalog, the scenarios, the stack profile and
 * the sizing model; the only figures taken from the claim are the guide's own.
 *
 * <p>The verdict rule is the same for every kind that compares a computed value with the guide's
 * figure: it holds when every computed value lies in the figure's accepted range ({@link
 * Claim#accepted()}); kinds that compare against a limit (budget, connections, allocation,
 * uptime, response, threshold) hold when the computed value stays on the right side of it.
 */
final class Recompute {
  private static final double EPS = 1e-9;
  private static final double SECONDS_PER_DAY = 86_400;

  private Recompute() {}

  /** {@code check} (the claim's) recomputed by the formula of its kind. */
  static Finding of(Claim claim, Check check, Evidence e) {
    if (check instanceof Check.Total t) {
      return total(claim, t, e);
    } else if (check instanceof Check.Budget b) {
      return budget(claim, b, e);
    } else if (check instanceof Check.Term t) {
      return term(claim, t, e);
    } else if (check instanceof Check.Spec s) {
      return spec(claim, s, e);
    } else if (check instanceof Check.Allocation a) {
      return allocation(claim, a, e);
    } else if (check instanceof Check.Share s) {
      return share(claim, s, e);
    } else if (check instanceof Check.Connections c) {
      return connections(claim, c, e);
    } else if (check instanceof Check.Capacity c) {
      return capacity(claim, c, e);
    } else if (check instanceof Check.Uptime u) {
      return uptime(claim, u, e);
    } else if (check instanceof Check.Response r) {
      return response(claim, r, e);
    } else if (check instanceof Check.Rate r) {
      return rate(claim, r, e);
    } else if (check instanceof Check.DailyRate d) {
      return dailyRate(claim, d, e);
    } else if (check instanceof Check.Saving s) {
      return saving(claim, s, e);
    } else if (check instanceof Check.Ranges r) {
      return ranges(claim, r, e);
    } else if (check instanceof Check.Published p) {
      return published(claim, p, e);
    } else if (check instanceof Check.Uncheckable u) {
      return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE, u.why());
    }
    throw new AssertionError("no formula for " + check.kind());
  }

  // --- prices -----------------------------------------------------------------------------------

  /** {@code sum(p_i q_i)} over the items (monthly, or first-month cash), for each alternative; divided by {@code per}. */
  static Finding total(Claim claim, Check.Total t, Evidence e) {
    var base = t.scenario().isPresent()
        ? e.scenario(t.scenario().get()).plan().lines()
        : lines(t.items(), e);
    var alternatives = t.alternatives().isEmpty() ? List.<List<Check.Item>>of(List.of()) : t.alternatives();
    var computed = Interval.NONE;
    var alternativeTexts = new ArrayList<String>();
    String baseText = "";
    for (var alt : alternatives) {
      var all = new ArrayList<>(base);
      all.addAll(lines(alt, e));
      var costLines = all.isEmpty() ? List.<LineCost>of() : price(claim.id(), all, e).lines();
      double v = costLines.stream().mapToDouble(l -> t.cash() == Check.Cash.MONTHLY ? l.monthlyUsd() : l.firstMonthUsd()).sum();
      if (!Double.isNaN(t.per())) {
        v /= t.per();
      }
      computed = computed.span(Interval.of(v));
      var described = describe(costLines, t.cash());
      int baseCount = base.size();
      baseText = String.join(" + ", described.subList(0, baseCount));
      var altText = String.join(" + ", described.subList(baseCount, described.size()));
      alternativeTexts.add(altText.isEmpty() ? "nothing" : altText);
    }
    var sb = new StringBuilder();
    sb.append(t.scenario().map(s -> "deployment " + s + ": ").orElse(""));
    sb.append(baseText);
    if (!t.alternatives().isEmpty()) {
      sb.append(baseText.isEmpty() ? "" : " + ").append("(").append(String.join(" or ", alternativeTexts)).append(")");
    }
    if (!Double.isNaN(t.per())) {
      sb.append(", over ").append(Unit.number(t.per()));
    }
    sb.append(" = ").append(claim.unit().format(computed));
    sb.append(t.cash() == Check.Cash.FIRST_MONTH ? " paid in the first month (yearly items for the whole year)" : "");
    sb.append(" (").append(e.catalog().name()).append(")");
    var verdict = compare(claim, computed);
    sb.append("; ").append(versus(claim, computed, verdict));
    if (!t.lines().isEmpty()) {
      var sum = Interval.of(0);
      for (var l : t.lines()) {
        sum = sum.plus(l);
      }
      boolean linesMatch = sum.within(claim.accepted());
      sb.append(linesMatch ? "; the guide's own lines add up to " : "; but the guide's own lines add up to ")
          .append(Unit.USD.format(sum));
      if (!linesMatch) {
        verdict = Verdict.DOES_NOT_HOLD;
      }
    }
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), sb.toString());
  }

  /** The deployment's monthly cost against the guide's budget: holds when {@code cost <= budget}. */
  static Finding budget(Claim claim, Check.Budget b, Evidence e) {
    var lines = b.scenario().isPresent() ? e.scenario(b.scenario().get()).plan().lines() : lines(b.items(), e);
    var cost = price(claim.id(), lines, e);
    var computed = Interval.of(cost.monthlyUsd());
    double budget = claim.accepted().high();
    boolean holds = cost.monthlyUsd() <= budget + EPS;
    double over = cost.monthlyUsd() - claim.guide().high();
    var why = b.scenario().map(s -> "deployment " + s + ": ").orElse("")
        + String.join(" + ", describe(cost.lines(), Check.Cash.MONTHLY)) + " = " + Unit.USD.format(cost.monthlyUsd())
        + " a month (" + e.catalog().name() + "); "
        + (holds ? Unit.USD.format(-over) + " under" : Unit.USD.format(over) + " over")
        + " the guide's " + claim.guideText() + " budget";
    return new Finding(claim, holds ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, computed, Interval.of(over), why);
  }

  /** Under term {@code T}: monthly {@code p q (1 - d/100)}, or the yearly saving {@code 12 p q d/100}. */
  static Finding term(Claim claim, Check.Term t, Evidence e) {
    var term = e.workbook().terms().get(t.term());
    var item = e.catalog().item(t.item());
    var plan = new Plan(claim.id(), "", List.of(new Plan.Line(item.id(), t.quantity(), roleFor(item))));
    var cost = CostModel.price(plan, e.catalog(), term);
    double list = cost.listMonthlyUsd();
    var sb = new StringBuilder(t.quantity() == 1 ? item.id() : Unit.number(t.quantity()) + " x " + item.id());
    Interval computed;
    if (t.measure() == Check.TermMeasure.MONTHLY) {
      computed = Interval.of(cost.monthlyUsd());
      sb.append(String.format(Locale.ROOT, " %s a month less %s%% (term %s) = %s a month",
          Unit.USD.format(list), Unit.number(term.discountPct()), term.name(), Unit.USD.format(cost.monthlyUsd())));
    } else {
      double saving = 12 * cost.savingsMonthlyUsd();
      computed = Interval.of(saving);
      sb.append(String.format(Locale.ROOT, ": 12 x (%s - %s) = %s a year (term %s, %s%% off)",
          Unit.USD.format(list), Unit.USD.format(cost.monthlyUsd()), Unit.USD.format(saving), term.name(),
          Unit.number(term.discountPct())));
    }
    var verdict = compare(claim, computed);
    sb.append("; ").append(versus(claim, computed, verdict));
    if (t.measure() == Check.TermMeasure.SAVING_PER_YEAR && verdict == Verdict.DOES_NOT_HOLD) {
      double rounded = Math.rint(cost.monthlyUsd());
      double roundedSaving = 12 * (list - rounded);
      if (Interval.of(roundedSaving).within(claim.accepted())) {
        sb.append(String.format(Locale.ROOT, "; the guide's figure is 12 x (%s - %s) = %s, the monthly price rounded before multiplying",
            Unit.USD.format(list), Unit.USD.format(rounded), Unit.USD.format(roundedSaving)));
      }
    }
    if (term.assumption()) {
      sb.append("; note: ").append(term.assumptionNote());
    }
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), sb.toString());
  }

  /** One catalog figure of an item against the guide's restatement of it. */
  static Finding spec(Claim claim, Check.Spec s, Evidence e) {
    var item = e.catalog().item(s.item());
    double v = switch (s.field()) {
      case VCPUS -> item.vcpus();
      case MEMORY_GB -> item.memoryGb();
      case DISK_GB -> item.diskGb();
      case TRANSFER_TB -> item.transferTb();
      case PRICE_USD -> item.monthlyUnitUsd();
    };
    if (Double.isNaN(v)) {
      return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE,
          e.catalog().name() + " does not state " + s.field().id() + " for " + item.id());
    }
    var computed = Interval.of(v);
    var verdict = compare(claim, computed);
    var why = e.catalog().name() + " has " + item.id() + " at " + claim.unit().format(v) + " (" + item.provenance().source()
        + "); " + versus(claim, computed, verdict);
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), why);
  }

  /**
   * The guide's price for catalog item {@code p.item()} against DigitalOcean's published price for
   * the same product ({@link SameSpec#match} for a droplet, the same id otherwise). Holds when the
   * published price lies in the guide's accepted range; a droplet whose family publishes no size of
   * its spec does not hold, priced at the cheapest published droplet of its vCPUs and memory; an
   * item the published catalog marks not available (Vercel's Hobby tier, which its terms keep from
   * commercial use) does not hold, priced at the cheapest available published item of its category;
   * an item the published catalog lacks cannot be checked.
   */
  static Finding published(Claim claim, Check.Published p, Evidence e) {
    var item = e.catalog().item(p.item());
    var published = e.published();
    if (item.category() != Category.DROPLET) {
      var same = published.find(item.id());
      if (same.isEmpty()) {
        return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE,
            published.name() + " has no " + item.category().id().replace('_', ' ') + " price for " + item.id()
                + ": no DigitalOcean page we could read states it");
      }
      var q = same.get();
      if (!q.available()) {
        var instead = published.inCategory(item.category()).stream().filter(CatalogItem::available)
            .min(Comparator.comparingDouble(CatalogItem::monthlyUnitUsd));
        var computed = instead.map(i -> Interval.of(i.monthlyUnitUsd())).orElse(Interval.NONE);
        return new Finding(claim, Verdict.DOES_NOT_HOLD, computed,
            instead.isPresent() ? computed.distanceFrom(claim.guide()) : Interval.NONE,
            published.name() + " marks " + item.id() + " not available for this use: " + q.provenance().source()
                + instead.map(i -> "; the cheapest published " + item.category().id().replace('_', ' ') + " a business may buy is "
                    + i.id() + " at " + Unit.USD.format(i.monthlyUnitUsd()) + " per " + i.unit() + " a month ("
                    + i.provenance().asOf() + ")").orElse(""));
      }
      var computed = Interval.of(q.monthlyUnitUsd());
      var verdict = compare(claim, computed);
      return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()),
          published.name() + " has " + item.id() + " at " + Unit.USD.format(q.monthlyUnitUsd()) + " per " + q.unit()
              + " a month (" + q.provenance().asOf() + "); " + versus(claim, computed, verdict));
    }
    var m = SameSpec.match(item, published);
    var spec = Unit.number(item.vcpus()) + " vCPU / " + Unit.number(item.memoryGb()) + " GB"
        + (Double.isNaN(item.diskGb()) ? "" : " / " + Unit.number(item.diskGb()) + " GB disk");
    if (m.reference().isEmpty()) {
      return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE,
          published.name() + " has no droplet of " + spec);
    }
    var sb = new StringBuilder();
    Interval computed;
    Verdict verdict;
    if (m.namedProduct().isPresent()) {
      var q = m.namedProduct().get();
      computed = Interval.of(q.monthlyUnitUsd());
      verdict = compare(claim, computed);
      sb.append("DigitalOcean's ").append(m.family().label()).append(" droplet of ").append(spec).append(", ")
          .append(q.id()).append(", is ").append(Unit.USD.format(q.monthlyUnitUsd())).append(" a month (")
          .append(q.provenance().asOf()).append("); ").append(versus(claim, computed, verdict));
    } else {
      var q = m.cheapestSameSize().orElseThrow();
      computed = Interval.of(q.monthlyUnitUsd());
      verdict = Verdict.DOES_NOT_HOLD;
      sb.append("DigitalOcean publishes no ").append(m.family().label()).append(" droplet of ")
          .append(Unit.number(item.vcpus())).append(" vCPU / ").append(Unit.number(item.memoryGb()))
          .append(" GB; the cheapest published droplet of that size is ").append(SameSpec.describe(q)).append(" at ")
          .append(Unit.USD.format(q.monthlyUnitUsd())).append(" (").append(q.provenance().asOf()).append(")");
    }
    var shown = m.reference().orElseThrow().id();
    var others = m.samePrice().stream().filter(q -> !q.id().equals(shown)).map(SameSpec::describe).toList();
    if (!others.isEmpty()) {
      sb.append("; ").append(claim.guideText()).append(m.namedProduct().isPresent() ? " is the published price of " : " is also that of ")
          .append(String.join(", ", others));
    }
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), sb.toString());
  }

  // --- hosts --------------------------------------------------------------------------------------

  /** {@code sum(parts)} against the host's memory or vCPUs: holds when the sum fits. */
  static Finding allocation(Claim claim, Check.Allocation a, Evidence e) {
    double capacity = a.capacity();
    String host;
    if (a.item().isPresent()) {
      var item = e.catalog().item(a.item().get());
      capacity = a.resource() == Check.HostResource.MEMORY_GB ? item.memoryGb() : item.vcpus();
      host = item.id() + "'s " + claim.unit().format(capacity);
    } else {
      host = "the " + claim.unit().format(capacity) + " allocated";
    }
    var sum = Interval.of(0);
    var added = new ArrayList<String>();
    var inside = new ArrayList<String>();
    for (var p : a.parts()) {
      var text = p.name() + " " + claim.unit().format(p.amount());
      if (p.inside().isPresent()) {
        inside.add(text + " inside " + p.inside().get());
      } else {
        sum = sum.plus(p.amount());
        added.add(text);
      }
    }
    double cap = capacity;
    boolean fits = sum.high() <= cap + EPS;
    var diff = new Interval(sum.low() - cap, sum.high() - cap);
    var sb = new StringBuilder(String.join(" + ", added));
    if (added.size() > 1) {
      sb.append(" = ").append(claim.unit().format(sum));
    }
    sb.append(" against ").append(host);
    if (!inside.isEmpty()) {
      sb.append(" (").append(String.join(", ", inside)).append(", not added again)");
    }
    sb.append("; ");
    if (!fits) {
      sb.append(diff.low() <= EPS ? "up to " + claim.unit().format(diff.high()) : claim.unit().format(diff))
          .append(" more than there is");
    } else if (diff.high() > -EPS) {
      sb.append("fits exactly");
    } else {
      sb.append("fits, ").append(claim.unit().format(-diff.high())).append(" to spare");
    }
    if (a.item().isPresent() && !claim.guide().isNone() && !Interval.of(cap).within(claim.accepted())) {
      sb.append("; the guide states the host has ").append(claim.guideText());
    }
    return new Finding(claim, fits ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, sum, diff, sb.toString());
  }

  /** {@code 100 part / memory(item)}, percent. */
  static Finding share(Claim claim, Check.Share s, Evidence e) {
    var item = e.catalog().item(s.item());
    double pct = 100 * s.part() / item.memoryGb();
    var computed = Interval.of(pct);
    var verdict = compare(claim, computed);
    var why = Unit.GB.format(s.part()) + " of " + item.id() + "'s " + Unit.GB.format(item.memoryGb()) + " is "
        + Unit.PERCENT.format(pct) + "; " + versus(claim, computed, verdict);
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), why);
  }

  /** {@code n (base + overflow)} connections against the pool figure, the guide's limit or the database's. */
  static Finding connections(Claim claim, Check.Connections c, Evidence e) {
    int backends = c.backends();
    Deployment d = null;
    if (c.scenario().isPresent()) {
      d = Deployment.of(e.scenario(c.scenario().get()).plan(), e.catalog());
      backends = d.backends();
    }
    int pool = e.workbook().stack().poolPerBackend();
    double wanted = e.model().connectionsWanted(backends);
    var computed = Interval.of(wanted);
    var sb = new StringBuilder();
    sb.append(backends == 1 ? "one backend" : backends + " backends").append(c.scenario().map(s -> " (" + s + ")").orElse(""))
        .append(backends == 1 ? "'s pool opens up to " : " x ").append(pool);
    if (backends != 1) {
      sb.append(" = ").append(Unit.number(wanted));
    }
    sb.append(" connections (pool base + overflow, data/stack/services.csv)");
    return switch (c.limit()) {
      case NONE -> {
        var verdict = compare(claim, computed);
        yield new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()),
            sb.append("; ").append(versus(claim, computed, verdict)).toString());
      }
      case GUIDE -> {
        double limit = claim.guide().high();
        yield limited(claim, computed, limit, sb.append(" against the guide's ").append(claim.guideText()).toString());
      }
      case DATABASE -> {
        double limit;
        String what;
        limit = e.model().usableConnections(d);
        what = switch (d.database().place()) {
          case MANAGED -> d.database().item().id() + "'s limit of " + Unit.number(limit) + " (data/stack/postgres-limits.csv)";
          case BACKEND, DROPLET -> "the " + Unit.number(limit) + " connections a self-hosted PostgreSQL leaves the application"
              + " (max_connections " + Unit.number(e.model().connectionLimit(d)) + " less "
              + Unit.number(e.workbook().stack().reservedConnections())
              + " superuser_reserved_connections; data/stack/postgres-limits.csv, services.csv)";
        };
        yield limited(claim, computed, limit, sb.append(" against ").append(what).toString());
      }
    };
  }

  private static Finding limited(Claim claim, Interval computed, double limit, String text) {
    double diff = computed.high() - limit;
    boolean holds = diff <= EPS;
    var why = text + "; " + (holds
        ? (diff > -EPS ? "exactly at the limit" : claim.unit().format(-diff) + " to spare")
        : claim.unit().format(diff) + " over");
    return new Finding(claim, holds ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, computed, Interval.of(diff), why);
  }

  // --- the sizing model -----------------------------------------------------------------------------

  /** The model's capacity: the most concurrent users for which every load goal holds ({@link sizing.model.SizingModel#capacity}). */
  static Finding capacity(Claim claim, Check.Capacity c, Evidence e) {
    var d = Deployment.of(e.scenario(c.scenario()).plan(), e.catalog());
    var model = e.model();
    int cap = model.capacity(d);
    var computed = Interval.of(cap);
    var verdict = compare(claim, computed);
    var g = model.goals();
    var sb = new StringBuilder(String.format(Locale.ROOT,
        "the model carries %d concurrent users on %s at the workbook's goals (p95 <= %s s, CPU <= %s%%, memory <= %s%%; %s)",
        cap, c.scenario(), Unit.number(g.p95Seconds()), Unit.number(100 * g.cpuMaxUtilisation()),
        Unit.number(100 * g.memoryMaxUtilisation()), "data/workloads/guide-goals.csv"));
    sb.append("; ").append(versus(claim, computed, verdict));
    if (verdict == Verdict.DOES_NOT_HOLD && cap < claim.guide().low()) {
      var at = Math.max(1, claim.guide().low());
      var misses = model.evaluate(d, at).violations();
      if (!misses.isEmpty()) {
        sb.append("; at ").append(Unit.number(at)).append(" users it misses ")
            .append(String.join(", ", misses.stream().limit(2).map(sizing.model.Violation::sentence).toList()));
      }
    }
    boolean target = e.workbook().estimatesFor(c.scenario()).stream().anyMatch(x -> x.benchmark()
        && x.metric() == GuideEstimate.Metric.CONCURRENT_USERS && x.low() == claim.guide().low() && x.high() == claim.guide().high());
    if (target) {
      sb.append("; this range is one the model's backend CPU per request is calibrated to (data/workloads/guide.csv), so agreement is by construction");
    }
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), sb.toString());
  }

  /** The model's availability, percent: the component SLAs composed in series and parallel. */
  static Finding uptime(Claim claim, Check.Uptime u, Evidence e) {
    var d = Deployment.of(e.scenario(u.scenario()).plan(), e.catalog());
    double pct = 100 * e.model().availability(d);
    double target = claim.accepted().low();
    boolean holds = pct >= target - EPS;
    var why = String.format(Locale.ROOT,
        "%s composed from the component SLAs and the self-run service figure (data/stack/availability.csv): %s, about %s minutes down a month; the guide's %s allows %s minutes (the hosting's uptime; with the LLM provider's assumed %s the service is %s)",
        u.scenario(), Unit.PERCENT.format(pct), Unit.number(Math.rint(downMinutes(pct))), claim.guideText(),
        Unit.number(Math.rint(downMinutes(claim.guide().low()))),
        Unit.PERCENT.format(e.model().llmProviderAvailabilityPct()),
        Unit.PERCENT.format(100 * e.model().serviceAvailability(pct / 100)));
    return new Finding(claim, holds ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, Interval.of(pct),
        Interval.of(pct - claim.guide().low()), why);
  }

  private static double downMinutes(double pct) {
    return (1 - pct / 100) * Availability.MINUTES_PER_MONTH;
  }

  /** The mean response with no queueing at all ({@link sizing.model.SizingModel#floorMeanResponseSeconds}): holds when it is within the guide's time. */
  static Finding response(Claim claim, Check.Response r, Evidence e) {
    var model = e.model();
    double floor = model.floorMeanResponseSeconds();
    double limit = claim.accepted().high();
    boolean holds = floor <= limit + EPS;
    var computed = Interval.of(floor);
    var sb = new StringBuilder(String.format(Locale.ROOT,
        "every request waits %s s on %s on average (data/llm/latency.csv) plus %s s of backend, database and vector work, so no load on %s gives a mean response under %s s",
        Unit.number(model.llmSecondsPerRequest()), model.llm().name(), Unit.number(floor - model.llmSecondsPerRequest()),
        r.scenario(), Unit.number(floor)));
    sb.append(holds ? "; within the guide's " + claim.guideText()
        : String.format(Locale.ROOT, ": %s s over the guide's %s", Unit.number(floor - claim.guide().high()), claim.guideText()));
    var fastest = e.workbook().llmModels().values().stream()
        .min(Comparator.comparingDouble(m -> model.withLlm(m).floorMeanResponseSeconds()));
    if (fastest.isPresent() && !fastest.get().name().equals(model.llm().name())) {
      double best = model.withLlm(fastest.get()).floorMeanResponseSeconds();
      sb.append(String.format(Locale.ROOT, "; the fastest LLM in data/llm/latency.csv, %s (%s s a call on average), gives %s s%s",
          fastest.get().name(), Unit.number(fastest.get().latency().perCall().mean()), Unit.number(best),
          best <= limit + EPS ? ", which meets it" : ", still " + Unit.number(best - claim.guide().high()) + " s over"));
    }
    return new Finding(claim, holds ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, computed, computed.distanceFrom(claim.guide()),
        sb.toString());
  }

  /**
   * {@code lambda k} per second or {@code 60 lambda k} per minute, with {@code lambda = N r / 60}
   * ({@link Workload#arrivalRate(double, double)}): the users' requests per second times the
   * workload's per-request figure. A per-request figure the workbook only assumes cannot check the
   * guide's: the finding then says what per-request figure the guide implies.
   */
  static Finding rate(Claim claim, Check.Rate r, Evidence e) {
    var w = e.model().workload();
    double perUserPerMinute = w.value(WorkloadParameter.RATE);
    var parameter = w.parameter(r.metric().parameter());
    double perRequest = parameter.value();
    double requestsPerSecondHigh = Workload.arrivalRate(r.users().high(), perUserPerMinute);
    double requestsPerSecondLow = Workload.arrivalRate(r.users().low(), perUserPerMinute);
    var scale = r.metric().unit() == Unit.PER_MINUTE ? 60 : 1;
    var computed = new Interval(requestsPerSecondLow * perRequest * scale, requestsPerSecondHigh * perRequest * scale);
    var users = Unit.USERS.format(r.users());
    if (parameter.provenance().source().startsWith("workbook assumption")) {
      var implied = new Interval(Math.rint(claim.guide().low() / (requestsPerSecondHigh * scale)),
          Math.rint(claim.guide().high() / (requestsPerSecondLow * scale)));
      var why = String.format(Locale.ROOT,
          "the workbook has no measured figure for %s per request, only an assumption (%s, range %s-%s; data/workloads/guide.csv); "
              + "at the guide's %s and the workload's %s requests/user/min, the guide's %s means %s per chat request",
          r.metric().words(), Unit.number(perRequest), Unit.number(parameter.low()), Unit.number(parameter.high()), users,
          Unit.number(perUserPerMinute), claim.guideText(), Unit.NONE.format(implied));
      return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE, why);
    }
    var verdict = compare(claim, computed);
    var why = String.format(Locale.ROOT, "%s x %s requests/user/min x %s per request (%s) = %s (%s: %s); %s",
        users, Unit.number(perUserPerMinute), Unit.number(perRequest), r.metric().words(), claim.unit().format(computed),
        WorkloadParameter.RATE.id(), w.parameter(WorkloadParameter.RATE).provenance().source(), versus(claim, computed, verdict));
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), why);
  }

  /** {@code x 86,400}: a rate per second per day, against the guide's threshold per day. */
  static Finding dailyRate(Claim claim, Check.DailyRate d, Evidence e) {
    var computed = d.perSecond().times(SECONDS_PER_DAY);
    double threshold = claim.accepted().high();
    boolean holds = computed.high() <= threshold + EPS;
    var why = String.format(Locale.ROOT, "%s per second x 86,400 s a day = %s; %s the guide's threshold of %s",
        Unit.NONE.format(d.perSecond()), Unit.PER_DAY.format(computed),
        holds ? "within" : Unit.NONE.format(computed.times(1 / claim.guide().high())) + " times", claim.guideText());
    return new Finding(claim, holds ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, computed,
        new Interval(computed.low() - claim.guide().high(), computed.high() - claim.guide().high()), why);
  }

  /** The cheapest available droplet that holds the frontend, minus the price of {@code after}. */
  static Finding saving(Claim claim, Check.Saving s, Evidence e) {
    double frontendGb = e.workbook().stack().frontendGb();
    var cheapest = e.catalog().inCategory(Category.DROPLET).stream()
        .filter(CatalogItem::available).filter(i -> i.memoryGb() >= frontendGb)
        .min(Comparator.comparingDouble(CatalogItem::monthlyUnitUsd).thenComparing(CatalogItem::id));
    if (cheapest.isEmpty()) {
      return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE,
          e.catalog().name() + " has no available droplet with " + Unit.GB.format(frontendGb) + " for the frontend");
    }
    var after = e.catalog().item(s.after());
    double saving = cheapest.get().monthlyUnitUsd() - after.monthlyUnitUsd();
    var computed = Interval.of(saving);
    var verdict = compare(claim, computed);
    var why = String.format(Locale.ROOT,
        "the cheapest droplet that holds the frontend (%s, data/stack/services.csv) is %s at %s a month; %s costs %s, so moving the frontend saves %s; %s",
        Unit.GB.format(frontendGb), cheapest.get().id(), Unit.USD.format(cheapest.get().monthlyUnitUsd()), after.id(),
        Unit.USD.format(after.monthlyUnitUsd()), Unit.USD.format(saving), versus(claim, computed, verdict));
    return new Finding(claim, verdict, computed, computed.distanceFrom(claim.guide()), why);
  }

  /** Two of the guide's ranges, from different sections, against each other. */
  static Finding ranges(Claim claim, Check.Ranges r, Evidence e) {
    var other = e.claims().get(r.other());
    if (other == null) {
      throw new java.util.NoSuchElementException("no claim '" + r.other() + "'");
    }
    var mine = claim.guide();
    var theirs = other.guide();
    var where = "§" + other.section() + " (" + other.id() + ") says " + other.guideText();
    return switch (r.relation()) {
      case CONTAINS -> {
        boolean holds = theirs.within(mine);
        yield new Finding(claim, holds ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, theirs, theirs.distanceFrom(mine),
            where + (holds ? ", inside this claim's " : ", not inside this claim's ") + claim.guideText());
      }
      case AT_MOST -> {
        double above = mine.high() - theirs.high();
        boolean holds = above <= EPS;
        yield new Finding(claim, holds ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD, theirs, Interval.of(above),
            where + "; this claim's " + claim.guideText() + (holds ? " reaches no higher" : " reaches "
                + claim.unit().format(above) + " higher"));
      }
    };
  }

  // --- shared pieces ------------------------------------------------------------------------------

  /** Holds when every computed value lies in the guide's accepted range. */
  static Verdict compare(Claim claim, Interval computed) {
    return computed.within(claim.accepted()) ? Verdict.HOLDS : Verdict.DOES_NOT_HOLD;
  }

  /** "matching the guide's $298", "$58.00 above the guide's $240", "within the rounding of the guide's ~$151". */
  static String versus(Claim claim, Interval computed, Verdict verdict) {
    var d = computed.distanceFrom(claim.guide());
    var guide = "the guide's " + claim.guideText();
    if (verdict == Verdict.HOLDS) {
      return d.magnitude() < EPS ? "matching " + guide : "within the rounding of " + guide;
    }
    var u = claim.unit();
    if (d.low() >= -EPS) {
      return (d.low() < EPS ? "up to " + u.format(d.high()) : u.format(d)) + " above " + guide;
    }
    if (d.high() <= EPS) {
      return (d.high() > -EPS ? "up to " + u.format(-d.low()) : u.format(new Interval(-d.high(), -d.low()))) + " below " + guide;
    }
    return claim.unit().formatDifference(d) + " off " + guide;
  }

  private static List<Plan.Line> lines(List<Check.Item> items, Evidence e) {
    var out = new ArrayList<Plan.Line>();
    for (var i : items) {
      out.add(new Plan.Line(i.id(), i.quantity(), roleFor(e.catalog().item(i.id()))));
    }
    return out;
  }

  /** The lines priced at list (on-demand); {@code lines} must not be empty. */
  private static PlanCost price(String name, List<Plan.Line> lines, Evidence e) {
    return CostModel.price(new Plan(name, "", lines), e.catalog(), e.onDemand());
  }

  /** The first role an item of this category can play; roles do not change prices. */
  static Role roleFor(CatalogItem item) {
    for (var r : Role.values()) {
      if (r.accepts(item.category())) {
        return r;
      }
    }
    throw new IllegalStateException("no role accepts " + item.category().id());
  }

  /** "s-8vcpu-16gb-intel $168.00", "2 x s-8vcpu-16gb-intel $336.00", "100 GB block-storage $10.00". */
  private static List<String> describe(List<LineCost> lines, Check.Cash cash) {
    var out = new ArrayList<String>();
    for (var l : lines) {
      double usd = cash == Check.Cash.MONTHLY ? l.monthlyUsd() : l.firstMonthUsd();
      String what;
      if (l.quantity() == 1) {
        what = l.item().id();
      } else if (l.item().unit().equals("GB")) {
        what = Unit.number(l.quantity()) + " GB " + l.item().id();
      } else {
        what = Unit.number(l.quantity()) + " x " + l.item().id();
      }
      out.add(what + " " + Unit.USD.format(usd));
    }
    return out;
  }
}
