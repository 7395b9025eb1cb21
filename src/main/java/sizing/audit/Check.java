package sizing.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import sizing.model.Key;
import sizing.model.WorkloadParameter;

/**
 * How the workbook recomputes a claim: a small closed set of kinds, each a record of the
 * parameters it needs (read from the {@code params} column of {@code data/audit/claims.csv}).
 * Every figure a check compares against comes from the claim (the guide) or from the workbook's
 * data and model; none is written here. The formulas live in {@link Recompute}.
 */
public sealed interface Check {

  /** The kind of this check, by its record type. */
  default Kind kind() {
    return Kind.of(this);
  }

  /** Recomputes {@code claim} (whose check this is) from the workbook in {@code evidence}. */
  default Finding recompute(Claim claim, Evidence evidence) {
    return Recompute.of(claim, this, evidence);
  }

  /** The kinds, by their name in the {@code check} column, each the record that holds its parameters. */
  enum Kind implements Key {
    TOTAL(Total.class), BUDGET(Budget.class), TERM(Term.class), SPEC(Spec.class), ALLOCATION(Allocation.class),
    SHARE(Share.class), CONNECTIONS(Connections.class), CAPACITY(Capacity.class), UPTIME(Uptime.class),
    RESPONSE(Response.class), RATE(Rate.class), DAILY_RATE(DailyRate.class), SAVING(Saving.class),
    RANGES(Ranges.class), PUBLISHED(Published.class), UNCHECKABLE(Uncheckable.class);

    private final Class<? extends Check> type;

    Kind(Class<? extends Check> type) {
      this.type = type;
    }

    public static Kind ofId(String id) {
      return Key.parse(Kind.class, "check", id);
    }

    /** The kind whose record {@code check} is. */
    static Kind of(Check check) {
      for (var k : values()) {
        if (k.type == check.getClass()) {
          return k;
        }
      }
      throw new AssertionError("no kind for " + check.getClass());
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
  }

  /** A deployment's monthly cost against the budget the guide labels it with: holds when cost <= budget. */
  record Budget(Optional<String> scenario, List<Item> items) implements Check {
    public Budget {
      items = List.copyOf(items);
    }
  }

  /** What a commitment term does to an item: its monthly price, or the saving per year. */
  record Term(String item, double quantity, String term, TermMeasure measure) implements Check {}

  enum TermMeasure { MONTHLY, SAVING_PER_YEAR }

  /** One stated figure of a catalog item (a droplet's disk, say) against the catalog. */
  record Spec(String item, SpecField field) implements Check {}

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
  }

  /** {@code part} GB as a percentage of catalog droplet {@code item}'s memory. */
  record Share(String item, double part) implements Check {}

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
  record Connections(Optional<String> scenario, int backends, Limit limit) implements Check {}

  /** The model's capacity (concurrent users) of a deployment against the guide's range. */
  record Capacity(String scenario) implements Check {}

  /** The model's availability of a deployment against the guide's uptime. */
  record Uptime(String scenario) implements Check {}

  /** The model's fastest possible response (no queueing) against the guide's response time. */
  record Response(String scenario) implements Check {}

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
  record Rate(Interval users, RateMetric metric) implements Check {}

  /** A rate per second the guide states elsewhere, per day, against the guide's daily threshold. */
  record DailyRate(Interval perSecond) implements Check {}

  /**
   * Moving the frontend off its own droplet: the cheapest available catalog droplet that holds the
   * frontend (data/stack/services.csv) minus what catalog item {@code after} costs.
   */
  record Saving(String after) implements Check {}

  /** How two of the guide's ranges must relate. */
  enum Relation {
    /** This claim's range holds the other's. */
    CONTAINS,
    /** This claim's range reaches no higher than the other's. */
    AT_MOST
  }

  /** Two of the guide's own ranges for related deployments, in different sections, against each other. */
  record Ranges(String other, Relation relation) implements Check {}

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
  }

  /** A claim the workbook has nothing independent to compute from; {@code why} says so. */
  record Uncheckable(String why) implements Check {}
}
