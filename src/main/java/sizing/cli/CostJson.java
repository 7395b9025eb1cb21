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

  /** Rounds to a hundredth of a cent, so JSON shows 151.2 rather than 151.20000000000002. */
  static double round(double usd) {
    return Math.round(usd * 10_000) / 10_000.0;
  }

  public static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
