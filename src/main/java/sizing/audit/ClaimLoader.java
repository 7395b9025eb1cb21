package sizing.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import sizing.data.CsvFile;
import sizing.data.DataException;
import sizing.data.Workbook;
import sizing.model.Provenance;

/**
 * Reads {@code data/audit/claims.csv}: {@code id, section, claim, guide_low, guide_high, unit,
 * approx, check, params, source, as_of}. Every bad value is reported with the file, line and field,
 * and every name a check uses (scenario, catalog item, term, another claim) is checked against the
 * workbook it will be recomputed from.
 *
 * <p>{@code params} is {@code key=value} pairs separated by {@code ;}. Values: items as
 * {@code ID*QUANTITY+ID*QUANTITY} (quantity 1 when left out), alternatives as {@code ITEMS|ITEMS}
 * ({@code none} for nothing), ranges as {@code LOW-HIGH} or one number, allocation parts as
 * {@code NAME:AMOUNT[@INSIDE]+...} where {@code @INSIDE} names the part this one is counted in.
 */
public final class ClaimLoader {
  public static final String[] COLUMNS = {
    "id", "section", "claim", "guide_low", "guide_high", "unit", "approx", "check", "params", "source", "as_of"
  };
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private ClaimLoader() {}

  /** The bundled claims file of a data folder. */
  public static Path defaultFile(Path dataDir) {
    return dataDir.resolve("audit/claims.csv");
  }

  /** The claims in file order, each checked against {@code workbook}. */
  public static List<Claim> read(Path file, Workbook workbook) {
    var csv = CsvFile.read(file, COLUMNS);
    var claims = new LinkedHashMap<String, Claim>();
    var lines = new HashMap<String, CsvFile.Row>();
    for (var row : csv.rows()) {
      var id = row.required("id");
      if (!ID.matcher(id).matches()) {
        throw row.error("id", "is '" + id + "'; use lower-case letters, digits and '-'");
      }
      if (lines.containsKey(id)) {
        throw row.error("id", "'" + id + "' appears twice (first on line " + lines.get(id).line() + ")");
      }
      lines.put(id, row);
      var guide = guide(row);
      Unit unit;
      try {
        unit = Unit.ofId(row.text("unit"));
      } catch (IllegalArgumentException e) {
        throw row.error("unit", e.getMessage());
      }
      boolean approx = switch (row.text("approx")) {
        case "yes" -> true;
        case "no", "" -> false;
        default -> throw row.error("approx", "is '" + row.text("approx") + "' (valid: yes, no)");
      };
      Check.Kind kind;
      try {
        kind = Check.Kind.ofId(row.required("check"));
      } catch (IllegalArgumentException e) {
        throw row.error("check", e.getMessage());
      }
      var params = new Params(row, kind);
      var check = check(kind, params, workbook);
      params.done();
      var expected = expectedUnit(check);
      if (expected != null && expected != unit) {
        throw row.error("unit", "is '" + unit.id() + "'; a " + kind.id() + " check of these params is in '" + expected.id() + "'");
      }
      if (guide.isNone() && needsFigure(check)) {
        throw row.error("guide_low", "is empty; a " + kind.id() + " check compares against the guide's figure");
      }
      claims.put(id, new Claim(id, row.required("section"), row.required("claim"), guide, unit, approx, check,
          provenance(row)));
    }
    if (claims.isEmpty()) {
      throw new DataException(file, 2, null, "no claims");
    }
    for (var c : claims.values()) {
      if (c.check() instanceof Check.Ranges r) {
        var row = lines.get(c.id());
        var other = claims.get(r.other());
        if (other == null) {
          throw row.error("params", "other=" + r.other() + " is not a claim id in " + file.getFileName());
        }
        if (other.guide().isNone() || other.unit() != c.unit()) {
          throw row.error("params", "other=" + r.other() + " must have a figure in '" + c.unit().id() + "'");
        }
      }
    }
    return List.copyOf(claims.values());
  }

  private static Interval guide(CsvFile.Row row) {
    boolean hasLow = !row.text("guide_low").isEmpty();
    boolean hasHigh = !row.text("guide_high").isEmpty();
    if (!hasLow && !hasHigh) {
      return Interval.NONE;
    }
    if (!hasLow) {
      throw row.error("guide_low", "is empty while guide_high is set");
    }
    double low = row.nonNegative("guide_low");
    double high = hasHigh ? row.nonNegative("guide_high") : low;
    if (high < low) {
      throw row.error("guide_high", "is " + Unit.number(high) + "; it must not be below guide_low " + Unit.number(low));
    }
    return new Interval(low, high);
  }

  private static Provenance provenance(CsvFile.Row row) {
    var source = row.required("source");
    var text = row.required("as_of");
    try {
      return new Provenance(source, LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw row.error("as_of", "is '" + text + "'; a date like 2025-11-07 is needed");
    }
  }

  private static Check check(Check.Kind kind, Params p, Workbook wb) {
    return switch (kind) {
      case TOTAL -> {
        var scenario = p.scenario(wb, false);
        var items = p.has("items") ? p.items("items", wb) : List.<Check.Item>of();
        var alternatives = p.alternatives("choose", wb);
        if (scenario.isPresent() == p.has("items") && !(scenario.isEmpty() && !alternatives.isEmpty())) {
          throw p.error("a total needs scenario=NAME or items=ID*Q+... (or only choose=...), not both");
        }
        var cash = p.choice("cash", "monthly", "monthly", "first-month").equals("monthly") ? Check.Cash.MONTHLY : Check.Cash.FIRST_MONTH;
        double per = p.has("per") ? p.positive("per") : Double.NaN;
        var lines = new ArrayList<Interval>();
        if (p.has("lines")) {
          for (var part : p.get("lines").split("\\+")) {
            lines.add(p.interval("lines", part));
          }
        }
        yield new Check.Total(scenario, items, alternatives, cash, per, lines);
      }
      case BUDGET -> {
        var scenario = p.scenario(wb, false);
        if (scenario.isPresent() == p.has("items")) {
          throw p.error("a budget needs scenario=NAME or items=ID*Q+..., not both");
        }
        yield new Check.Budget(scenario, scenario.isPresent() ? List.of() : p.items("items", wb));
      }
      case TERM -> {
        var item = p.item("item", wb);
        double quantity = p.has("quantity") ? p.positive("quantity") : 1;
        var term = p.get("term");
        if (!wb.terms().containsKey(term)) {
          throw p.error("term=" + term + " is not in data/prices/commitments.csv (valid: " + String.join(", ", wb.terms().keySet()) + ")");
        }
        var measure = p.choice("measure", null, "monthly", "saving-per-year").equals("monthly")
            ? Check.TermMeasure.MONTHLY : Check.TermMeasure.SAVING_PER_YEAR;
        yield new Check.Term(item, quantity, term, measure);
      }
      case SPEC -> {
        var item = p.item("item", wb);
        var ids = Arrays.stream(Check.SpecField.values()).map(Check.SpecField::id).toArray(String[]::new);
        var field = p.choice("field", null, ids);
        yield new Check.Spec(item, Arrays.stream(Check.SpecField.values()).filter(f -> f.id().equals(field)).findFirst().orElseThrow());
      }
      case ALLOCATION -> {
        Optional<String> item = p.has("item") ? Optional.of(p.item("item", wb)) : Optional.empty();
        double capacity = p.has("capacity") ? p.positive("capacity") : Double.NaN;
        if (item.isPresent() == p.has("capacity")) {
          throw p.error("an allocation needs item=DROPLET or capacity=NUMBER, not both");
        }
        var resource = p.choice("resource", null, "memory", "vcpus").equals("memory")
            ? Check.HostResource.MEMORY_GB : Check.HostResource.VCPUS;
        yield new Check.Allocation(item, capacity, resource, p.parts("parts"));
      }
      case SHARE -> new Check.Share(p.item("item", wb), p.positive("part"));
      case CONNECTIONS -> {
        var scenario = p.scenario(wb, false);
        int backends = 1;
        if (p.has("backends")) {
          backends = (int) p.positive("backends");
        }
        if (scenario.isPresent() && p.has("backends")) {
          throw p.error("connections take scenario=NAME or backends=N, not both");
        }
        var limit = switch (p.choice("limit", "none", "none", "guide", "database")) {
          case "guide" -> Check.Limit.GUIDE;
          case "database" -> Check.Limit.DATABASE;
          default -> Check.Limit.NONE;
        };
        if (limit == Check.Limit.DATABASE && scenario.isEmpty()) {
          throw p.error("limit=database needs scenario=NAME (the database is the deployment's)");
        }
        yield new Check.Connections(scenario, backends, limit);
      }
      case CAPACITY -> new Check.Capacity(p.scenario(wb, true).orElseThrow());
      case UPTIME -> new Check.Uptime(p.scenario(wb, true).orElseThrow());
      case RESPONSE -> new Check.Response(p.scenario(wb, true).orElseThrow());
      case RATE -> {
        var ids = Arrays.stream(Check.RateMetric.values()).map(Check.RateMetric::id).toArray(String[]::new);
        var metric = p.choice("metric", null, ids);
        yield new Check.Rate(p.interval("users", p.get("users")),
            Arrays.stream(Check.RateMetric.values()).filter(m -> m.id().equals(metric)).findFirst().orElseThrow());
      }
      case DAILY_RATE -> new Check.DailyRate(p.interval("per_second", p.get("per_second")));
      case SAVING -> new Check.Saving(p.item("after", wb));
      case RANGES -> new Check.Ranges(p.get("other"),
          p.choice("relation", null, "contains", "at-most").equals("contains") ? Check.Relation.CONTAINS : Check.Relation.AT_MOST);
      case PUBLISHED -> new Check.Published(p.item("item", wb));
      case UNCHECKABLE -> new Check.Uncheckable(p.get("why"));
    };
  }

  /** The unit a check computes in; null where the claim's own unit is taken as it is. */
  private static Unit expectedUnit(Check check) {
    return switch (check.kind()) {
      case TOTAL -> Double.isNaN(((Check.Total) check).per()) ? Unit.USD : Unit.USD_PER_GB;
      case BUDGET, TERM, SAVING, PUBLISHED -> Unit.USD;
      case SPEC -> ((Check.Spec) check).field().unit();
      case ALLOCATION -> ((Check.Allocation) check).resource() == Check.HostResource.MEMORY_GB ? Unit.GB : Unit.VCPUS;
      case SHARE, UPTIME -> Unit.PERCENT;
      case CONNECTIONS -> Unit.CONNECTIONS;
      case CAPACITY -> Unit.USERS;
      case RESPONSE -> Unit.SECONDS;
      case RATE -> ((Check.Rate) check).metric().unit();
      case DAILY_RATE -> Unit.PER_DAY;
      case RANGES, UNCHECKABLE -> null;
    };
  }

  private static boolean needsFigure(Check check) {
    return switch (check.kind()) {
      case UNCHECKABLE -> false;
      case CONNECTIONS -> ((Check.Connections) check).limit() != Check.Limit.DATABASE;
      default -> true;
    };
  }

  /** The {@code params} cell of one row: {@code key=value;...}, each key read at most once and none left unread. */
  private static final class Params {
    private final CsvFile.Row row;
    private final Check.Kind kind;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    Params(CsvFile.Row row, Check.Kind kind) {
      this.row = row;
      this.kind = kind;
      var text = row.text("params");
      if (kind == Check.Kind.UNCHECKABLE && text.startsWith("why=")) {
        values.put("why", text.substring(4).strip());
        return;
      }
      for (var part : text.split(";")) {
        if (part.isBlank()) {
          continue;
        }
        int eq = part.indexOf('=');
        if (eq <= 0) {
          throw error("'" + part.strip() + "' is not key=value");
        }
        var key = part.substring(0, eq).strip();
        if (values.put(key, part.substring(eq + 1).strip()) != null) {
          throw error(key + " appears twice");
        }
      }
    }

    DataException error(String problem) {
      return row.error("params", problem + " (check " + kind.id() + ")");
    }

    boolean has(String key) {
      return values.containsKey(key);
    }

    String get(String key) {
      var v = values.get(key);
      if (v == null || v.isEmpty()) {
        throw error("needs " + key + "=...");
      }
      used.add(key);
      return v;
    }

    void done() {
      var unknown = new LinkedHashSet<>(values.keySet());
      unknown.removeAll(used);
      if (!unknown.isEmpty()) {
        throw error("unknown or unused " + String.join(", ", unknown));
      }
    }

    String choice(String key, String fallback, String... valid) {
      if (!has(key) && fallback != null) {
        return fallback;
      }
      var v = get(key);
      if (!Arrays.asList(valid).contains(v)) {
        throw error(key + "=" + v + " (valid: " + String.join(", ", valid) + ")");
      }
      return v;
    }

    double positive(String key) {
      var v = get(key);
      double d;
      try {
        d = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw error(key + "=" + v + " is not a number");
      }
      if (!(d > 0) || Double.isInfinite(d)) {
        throw error(key + "=" + v + " must be greater than zero");
      }
      return d;
    }

    Interval interval(String key, String text) {
      var parts = text.strip().split("-", -1);
      try {
        if (parts.length == 1) {
          return Interval.of(nonNegative(parts[0]));
        }
        if (parts.length == 2) {
          return new Interval(nonNegative(parts[0]), nonNegative(parts[1]));
        }
      } catch (IllegalArgumentException e) {
        throw error(key + ": '" + text + "' is not a number or a range LOW-HIGH");
      }
      throw error(key + ": '" + text + "' is not a number or a range LOW-HIGH");
    }

    private static double nonNegative(String s) {
      double d = Double.parseDouble(s.strip());
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(s);
      }
      return d;
    }

    Optional<String> scenario(Workbook wb, boolean required) {
      if (!has("scenario")) {
        if (required) {
          get("scenario");
        }
        return Optional.empty();
      }
      var name = get("scenario");
      if (!wb.scenarios().containsKey(name)) {
        throw error("scenario=" + name + " is not in data/scenarios/scenarios.csv (valid: "
            + String.join(", ", wb.scenarios().keySet()) + ")");
      }
      return Optional.of(name);
    }

    String item(String key, Workbook wb) {
      var id = get(key);
      return known(key, id, wb);
    }

    private String known(String key, String id, Workbook wb) {
      if (!wb.catalog().contains(id)) {
        throw error(key + ": '" + id + "' is not in the price catalog " + wb.catalog().name());
      }
      return id;
    }

    List<Check.Item> items(String key, Workbook wb) {
      return items(key, get(key), wb);
    }

    private List<Check.Item> items(String key, String text, Workbook wb) {
      var out = new ArrayList<Check.Item>();
      for (var part : text.split("\\+")) {
        var p = part.strip();
        int star = p.indexOf('*');
        var id = star < 0 ? p : p.substring(0, star).strip();
        double q = 1;
        if (star >= 0) {
          try {
            q = Double.parseDouble(p.substring(star + 1).strip());
          } catch (NumberFormatException e) {
            throw error(key + ": '" + p + "' is not ID*QUANTITY");
          }
          if (!(q > 0) || Double.isInfinite(q)) {
            throw error(key + ": '" + p + "' needs a quantity greater than zero");
          }
        }
        out.add(new Check.Item(known(key, id, wb), q));
      }
      return out;
    }

    List<List<Check.Item>> alternatives(String key, Workbook wb) {
      if (!has(key)) {
        return List.of();
      }
      var out = new ArrayList<List<Check.Item>>();
      for (var alt : get(key).split("\\|")) {
        out.add(alt.strip().equals("none") ? List.of() : items(key, alt, wb));
      }
      if (out.size() < 2) {
        throw error(key + " needs at least two alternatives separated by |");
      }
      return out;
    }

    List<Check.Part> parts(String key) {
      var out = new ArrayList<Check.Part>();
      var names = new LinkedHashSet<String>();
      for (var part : get(key).split("\\+")) {
        var p = part.strip();
        int colon = p.indexOf(':');
        if (colon <= 0) {
          throw error(key + ": '" + p + "' is not NAME:AMOUNT");
        }
        var name = p.substring(0, colon).strip();
        var rest = p.substring(colon + 1).strip();
        Optional<String> inside = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
          inside = Optional.of(rest.substring(at + 1).strip());
          rest = rest.substring(0, at);
        }
        if (!names.add(name)) {
          throw error(key + ": part '" + name + "' appears twice");
        }
        out.add(new Check.Part(name, interval(key, rest), inside));
      }
      for (var p : out) {
        if (p.inside().isPresent() && !names.contains(p.inside().get())) {
          throw error(key + ": part '" + p.name() + "' is inside '" + p.inside().get() + "', which is not a part");
        }
      }
      return out;
    }
  }
}
