package sizing.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.Scenario;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Two price catalogs compared: the items whose monthly price differs, the items only one has, and
 * what that does to each of the guide's deployments. A deployment with an item a catalog lacks is
 * not priced by that catalog; the effect says which items are missing instead.
 */
public record PriceDiff(Catalog a, Catalog b, List<Change> changes, List<CatalogItem> onlyInA, List<CatalogItem> onlyInB) {

  public PriceDiff {
    changes = List.copyOf(changes);
    onlyInA = List.copyOf(onlyInA);
    onlyInB = List.copyOf(onlyInB);
  }

  /** One item in both catalogs at different monthly prices. */
  public record Change(CatalogItem before, CatalogItem after) {
    /** {@code b - a}, USD/month per unit. */
    public double changeUsd() {
      return after.monthlyUnitUsd() - before.monthlyUnitUsd();
    }

    /** {@code 100 (b - a) / a}, percent; NaN when a is free. */
    public double changePct() {
      return before.monthlyUnitUsd() == 0 ? Double.NaN : 100 * changeUsd() / before.monthlyUnitUsd();
    }
  }

  /**
   * One deployment priced by both catalogs (monthly, under {@code term}); a total is NaN when that
   * catalog lacks one of the deployment's items, listed in {@code missingInA} / {@code missingInB}.
   */
  public record Effect(Scenario scenario, double monthlyA, double monthlyB, List<String> missingInA, List<String> missingInB) {
    public Effect {
      missingInA = List.copyOf(missingInA);
      missingInB = List.copyOf(missingInB);
    }

    /** {@code b - a}, USD/month; NaN when either catalog cannot price the deployment. */
    public double differenceUsd() {
      return monthlyB - monthlyA;
    }
  }

  /** The items of {@code b} against those of {@code a}, in {@code a}'s order then {@code b}'s. */
  public static PriceDiff of(Catalog a, Catalog b) {
    var changes = new ArrayList<Change>();
    var onlyA = new ArrayList<CatalogItem>();
    for (var i : a.all()) {
      var j = b.find(i.id());
      if (j.isEmpty()) {
        onlyA.add(i);
      } else if (Math.abs(j.get().monthlyUnitUsd() - i.monthlyUnitUsd()) > 1e-9) {
        changes.add(new Change(i, j.get()));
      }
    }
    var onlyB = b.all().stream().filter(j -> !a.contains(j.id())).toList();
    return new PriceDiff(a, b, changes, onlyA, onlyB);
  }

  /** Every scenario priced by both catalogs under {@code term}. */
  public List<Effect> effects(Collection<Scenario> scenarios, CommitmentTerm term) {
    var out = new ArrayList<Effect>();
    for (var s : scenarios) {
      var missingA = missing(s, a);
      var missingB = missing(s, b);
      double ma = missingA.isEmpty() ? CostModel.price(s.plan(), a, term).monthlyUsd() : Double.NaN;
      double mb = missingB.isEmpty() ? CostModel.price(s.plan(), b, term).monthlyUsd() : Double.NaN;
      out.add(new Effect(s, ma, mb, missingA, missingB));
    }
    return out;
  }

  private static List<String> missing(Scenario s, Catalog c) {
    return s.plan().lines().stream().map(l -> l.item()).filter(id -> !c.contains(id)).distinct().toList();
  }

  /** One row per changed item: item, category, a and b monthly price, change in USD and percent, b's source. */
  public Table changesTable() {
    return Table.create("prices that differ").addColumns(
        StringColumn.create("item", changes.stream().map(c -> c.before().id())),
        StringColumn.create("category", changes.stream().map(c -> c.before().category().id())),
        DoubleColumn.create("a_monthly_usd", changes.stream().mapToDouble(c -> c.before().monthlyUnitUsd())),
        DoubleColumn.create("b_monthly_usd", changes.stream().mapToDouble(c -> c.after().monthlyUnitUsd())),
        DoubleColumn.create("change_usd", changes.stream().mapToDouble(Change::changeUsd)),
        DoubleColumn.create("change_pct", changes.stream().mapToDouble(Change::changePct)),
        StringColumn.create("b_source", changes.stream().map(c -> c.after().provenance().toString())));
  }

  /** One row per deployment: a and b monthly totals, the difference, and a note naming missing items. */
  public Table effectsTable(List<Effect> effects) {
    return Table.create("effect on the guide's deployments").addColumns(
        StringColumn.create("scenario", effects.stream().map(e -> e.scenario().name())),
        DoubleColumn.create("a_monthly_usd", effects.stream().mapToDouble(Effect::monthlyA)),
        DoubleColumn.create("b_monthly_usd", effects.stream().mapToDouble(Effect::monthlyB)),
        DoubleColumn.create("difference_usd", effects.stream().mapToDouble(Effect::differenceUsd)),
        StringColumn.create("note", effects.stream().map(this::note)));
  }

  /** "do-published.csv lacks s-16vcpu-32gb-intel, load-balancer" or "". */
  public String note(Effect e) {
    var parts = new ArrayList<String>();
    if (!e.missingInA().isEmpty()) {
      parts.add(a.name() + " lacks " + String.join(", ", e.missingInA()));
    }
    if (!e.missingInB().isEmpty()) {
      parts.add(b.name() + " lacks " + String.join(", ", e.missingInB()));
    }
    return String.join("; ", parts);
  }
}
