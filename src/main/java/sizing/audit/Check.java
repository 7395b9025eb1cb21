package sizing.audit;

import sizing.model.WorkloadParameter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the workbook recomputes a claim: a small closed set of kinds, each a record of the
 * parameters it needs (read from the {@code params} column of {@code data/audit/claims.csv}).
 * Every figure a check compares against comes from the claim (the guide) or from the workbook's
 * data and model; none is written here. The formulas live in {@link Recompute}.
 */
public sealed interface Check {

  /** The kind's name in the data file. */
  Kind kind();

  /** Recomputes {@code claim} (whose check this is) from the workbook in {@code evidence}. */
  Finding recompute(Claim claim, Evidence evidence);

  /** The kinds, by their name in the {@code check} column. */
  enum Kind {
    TOTAL, BUDGET, TERM, SPEC, ALLOCATION, SHARE, CONNECTIONS, CAPACITY, UPTIME, RESPONSE, RATE,
    DAILY_RATE, SAVING, RANGES, PUBLISHED, UNCHECKABLE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind ofId(String id) {
      for (var k : values()) {
        if (k.id().equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown check '" + id + "' (valid: "
          + String.join(", ", java.util.Arrays.stream(values()).map(Kind::id).toList()) + ")");
    }
  }

  /** {@code quantity} units of catalog item {@code id}. */
  record Item(String id, double quantity) {
    public Item {
      Objects.requireNonNull(id, "id");
      if (!(quantity > 0)) {
        throw new IllegalArgumentException("quantity must be greater than zero, was " + quantity);
      }
    }
  }

  /** Monthly bill or first-month cash ({@link sizing.model.CostModel}). */
  enum Cash { MONTHLY, FIRST_MONTH }

  /**
   * The cost of a deployment of {@code data/scenarios} or of a list of catalog items, plus one of
   * several alternatives where the guide allows a choice ("Monitoring $15-25"), optionally divided
   * by {@code per} (a price per GB). {@code lines} are the guide's own line amounts where it prints
   * a breakdown; their sum must also match the guide's total.
   */
  record Total(Optional<String> scenario, List<Item> items, List<List<Item>> alternatives, Cash cash, double per,
      List<Interval> lines) implements Check {
    public Total {
      items = List.copyOf(items);
      alternatives = alternatives.stream().map(List::copyOf).toList();
      lines = List.copyOf(lines);
    }

    @Override
    public Kind kind() {
      return Kind.TOTAL;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.total(claim, this, evidence);
    }
  }

  /** A deployment's monthly cost against the budget the guide labels it with: holds when cost <= budget. */
  record Budget(Optional<String> scenario, List<Item> items) implements Check {
    public Budget {
      items = List.copyOf(items);
    }

    @Override
    public Kind kind() {
      return Kind.BUDGET;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.budget(claim, this, evidence);
    }
  }

  /** What a commitment term does to an item: its monthly price, or the saving per year. */
  record Term(String item, double quantity, String term, TermMeasure measure) implements Check {
    @Override
    public Kind kind() {
      return Kind.TERM;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.term(claim, this, evidence);
    }
  }

  enum TermMeasure { MONTHLY, SAVING_PER_YEAR }

  /** One stated figure of a catalog item (a droplet's disk, say) against the catalog. */
  record Spec(String item, SpecField field) implements Check {
    @Override
    public Kind kind() {
      return Kind.SPEC;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.spec(claim, this, evidence);
    }
  }

  enum SpecField {
    VCPUS("vcpus", Unit.VCPUS), MEMORY_GB("memory_gb", Unit.GB), DISK_GB("disk_gb", Unit.GB),
    TRANSFER_TB("transfer_tb", Unit.TB), PRICE_USD("price_usd", Unit.USD);

    private final String id;
    private final Unit unit;

    SpecField(String id, Unit unit) {
      this.id = id;
      this.unit = unit;
    }

    public String id() {
      return id;
    }

    public Unit unit() {
      return unit;
    }
  }

  /** A share of a host the guide allocates to one service ("PostgreSQL: 2 GB RAM"). */
  record Part(String name, Interval amount, Optional<String> inside) {
    public Part {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(inside, "inside");
    }
  }

  /** Memory or vCPUs. */
  enum HostResource { MEMORY_GB, VCPUS }

  /**
   * The guide's allocation of a host against what the host has: the sum of {@code parts} (those
   * inside another part are not added again) must fit the catalog droplet {@code item}'s memory or
   * vCPUs, or {@code capacity} when no item is named.
   */
  record Allocation(Optional<String> item, double capacity, HostResource resource, List<Part> parts) implements Check {
    public Allocation {
      parts = List.copyOf(parts);
    }

    @Override
    public Kind kind() {
      return Kind.ALLOCATION;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.allocation(claim, this, evidence);
    }
  }

  /** {@code part} GB as a percentage of catalog droplet {@code item}'s memory. */
  record Share(String item, double part) implements Check {
    @Override
    public Kind kind() {
      return Kind.SHARE;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.share(claim, this, evidence);
    }
  }

  /** What the guide's figure is for a connection check. */
  enum Limit {
    /** The figure is the pool itself: computed must equal it. */
    NONE,
    /** The figure is a limit the guide states: computed must not exceed it. */
    GUIDE,
    /** The limit is the deployment's database's (data/stack): computed must not exceed it. */
    DATABASE
  }

  /** Connections the backends' pools may open ({@code n x (base + overflow)}) against a limit. */
  record Connections(Optional<String> scenario, int backends, Limit limit) implements Check {
    @Override
    public Kind kind() {
      return Kind.CONNECTIONS;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.connections(claim, this, evidence);
    }
  }

  /** The model's capacity (concurrent users) of a deployment against the guide's range. */
  record Capacity(String scenario) implements Check {
    @Override
    public Kind kind() {
      return Kind.CAPACITY;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.capacity(claim, this, evidence);
    }
  }

  /** The model's availability of a deployment against the guide's uptime. */
  record Uptime(String scenario) implements Check {
    @Override
    public Kind kind() {
      return Kind.UPTIME;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.uptime(claim, this, evidence);
    }
  }

  /** The model's fastest possible response (no queueing) against the guide's response time. */
  record Response(String scenario) implements Check {
    @Override
    public Kind kind() {
      return Kind.RESPONSE;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.response(claim, this, evidence);
    }
  }

  /** A per-request workload figure the guide's benchmark rates are made of. */
  enum RateMetric {
    LLM_CALLS("llm_calls", "OpenAI calls", WorkloadParameter.LLM_CALLS, Unit.PER_MINUTE),
    DB_QUERIES("db_queries", "database queries", WorkloadParameter.DB_QUERIES, Unit.PER_SECOND),
    VECTOR_SEARCHES("vector_searches", "vector searches", WorkloadParameter.VECTOR_SEARCHES, Unit.PER_SECOND);

    private final String id;
    private final String words;
    private final WorkloadParameter parameter;
    private final Unit unit;

    RateMetric(String id, String words, WorkloadParameter parameter, Unit unit) {
      this.id = id;
      this.words = words;
      this.parameter = parameter;
      this.unit = unit;
    }

    public String id() {
      return id;
    }

    public String words() {
      return words;
    }

    /** The workload parameter (data/workloads/guide.csv) giving this figure per request. */
    public WorkloadParameter parameter() {
      return parameter;
    }

    public Unit unit() {
      return unit;
    }
  }

  /** A benchmark rate at {@code users} concurrent users, from the workload's per-request figures. */
  record Rate(Interval users, RateMetric metric) implements Check {
    @Override
    public Kind kind() {
      return Kind.RATE;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.rate(claim, this, evidence);
    }
  }

  /** A rate per second the guide states elsewhere, per day, against the guide's daily threshold. */
  record DailyRate(Interval perSecond) implements Check {
    @Override
    public Kind kind() {
      return Kind.DAILY_RATE;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.dailyRate(claim, this, evidence);
    }
  }

  /**
   * Moving the frontend off its own droplet: the cheapest available catalog droplet that holds the
   * frontend (data/stack/services.csv) minus what catalog item {@code after} costs.
   */
  record Saving(String after) implements Check {
    @Override
    public Kind kind() {
      return Kind.SAVING;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.saving(claim, this, evidence);
    }
  }

  /** How two of the guide's ranges must relate. */
  enum Relation {
    /** This claim's range holds the other's. */
    CONTAINS,
    /** This claim's range reaches no higher than the other's. */
    AT_MOST
  }

  /** Two of the guide's own ranges for related deployments, in different sections, against each other. */
  record Ranges(String other, Relation relation) implements Check {
    @Override
    public Kind kind() {
      return Kind.RANGES;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.ranges(claim, this, evidence);
    }
  }

  /**
   * A price the guide states for catalog item {@code item} against DigitalOcean's published list
   * ({@code data/prices/do-published.csv}): for a droplet, the published droplet of the family its
   * slug names with the same vCPUs, memory and (where stated) disk ({@link SameSpec#match}); for any
   * other item, the published item with the same id. Holds when that published price is the guide's.
   */
  record Published(String item) implements Check {
    public Published {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public Kind kind() {
      return Kind.PUBLISHED;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return Recompute.published(claim, this, evidence);
    }
  }

  /** A claim the workbook has nothing independent to compute from; {@code why} says so. */
  record Uncheckable(String why) implements Check {
    @Override
    public Kind kind() {
      return Kind.UNCHECKABLE;
    }

    @Override
    public Finding recompute(Claim claim, Evidence evidence) {
      return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE, why);
    }
  }
}
