package sizing.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import sizing.model.PlanCost;

/** The machine-readable form of a priced plan, one JSON object per plan. */
public final class CostJson {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CostJson() {}

  /**
   * {@code {plan, title, term, term_is_assumption, term_note, monthly_usd, list_monthly_usd,
   * first_month_usd, yearly_usd, items: [{item, category, role, quantity, unit, unit_monthly_usd,
   * discount_pct, monthly_usd, first_month_usd, source, as_of}]}}; {@code guideMonthlyUsd} is added
   * as {@code guide_monthly_usd} when it is a number.
   */
  public static ObjectNode plan(PlanCost cost, double guideMonthlyUsd) {
    var o = MAPPER.createObjectNode();
    o.put("plan", cost.plan().name());
    o.put("title", cost.plan().title());
    o.put("term", cost.term().name());
    o.put("term_is_assumption", cost.term().assumption());
    if (cost.term().assumption()) {
      o.put("term_note", cost.term().assumptionNote());
    }
    o.put("monthly_usd", round(cost.monthlyUsd()));
    o.put("list_monthly_usd", round(cost.listMonthlyUsd()));
    o.put("first_month_usd", round(cost.firstMonthUsd()));
    o.put("yearly_usd", round(cost.yearlyUsd()));
    if (!Double.isNaN(guideMonthlyUsd)) {
      o.put("guide_monthly_usd", guideMonthlyUsd);
    }
    var items = o.putArray("items");
    for (var l : cost.lines()) {
      var i = items.addObject();
      i.put("item", l.item().id());
      i.put("category", l.item().category().id());
      i.put("role", l.line().role().id());
      i.put("quantity", l.quantity());
      i.put("unit", l.item().unit());
      i.put("unit_monthly_usd", round(l.unitMonthlyUsd()));
      i.put("discount_pct", l.discountPct());
      i.put("monthly_usd", round(l.monthlyUsd()));
      i.put("first_month_usd", round(l.firstMonthUsd()));
      i.put("source", l.item().provenance().source());
      i.put("as_of", l.item().provenance().asOf().toString());
    }
    return o;
  }

  /**
   * Rounds to a hundredth of a cent, so JSON shows 151.2 rather than 151.20000000000002. Decimal
   * arithmetic, so no amount is ever clamped (a {@code long} would clamp above 9.2e14).
   */
  static double round(double usd) {
    return round(usd, 10_000);
  }

  /** {@code v} rounded to the nearest {@code 1 / scale}; a NaN or infinite {@code v} as it is. */
  static double round(double v, double scale) {
    if (!Double.isFinite(v)) {
      return v;
    }
    var digits = (int) Math.round(Math.log10(scale));
    return java.math.BigDecimal.valueOf(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * Puts figure {@code name}, rounded to {@code 1 / scale}. JSON has no infinity and no NaN, and
   * a sentinel such as -1 reads as a value (a p95 of -1 s looks fast), so a figure that is
   * unbounded (infinite) or undefined (NaN) is written {@code null} beside a {@code NAME_reason}
   * holding {@code reason}, e.g. {@code "p95_seconds": null, "p95_seconds_reason": "unbounded:
   * ..."}. Never clamped.
   */
  public static void figure(ObjectNode o, String name, double v, double scale, String reason) {
    if (Double.isFinite(v)) {
      o.put(name, round(v, scale));
      return;
    }
    o.putNull(name);
    o.put(name + "_reason", reason == null || reason.isBlank()
        ? (Double.isNaN(v) ? "undefined" : "unbounded") : reason);
  }

  public static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
