package sizing.audit;

import java.util.Objects;
import sizing.model.Provenance;

/**
 * A figure the guide states, with how to recompute it: one row of {@code data/audit/claims.csv}.
 *
 * @param id a short stable name, e.g. {@code s1-ram}
 * @param section the guide's section heading the figure appears under
 * @param text what the guide says, in its words (with a few words of context where a figure
 *     refers to another section)
 * @param guide the guide's figure; a range where the guide gives one, {@link Interval#NONE} where
 *     the guide states no number of its own (e.g. a connection limit it leaves implicit)
 * @param unit the figure's unit
 * @param approximate true where the guide writes "~": the figure then holds to within half a unit
 *     of its last non-zero digit (see {@link #accepted()})
 * @param check how the workbook recomputes the figure
 * @param provenance the guide section the figure comes from, and the guide's date
 */
public record Claim(
    String id, String section, String text, Interval guide, Unit unit, boolean approximate, Check check,
    Provenance provenance) {

  public Claim {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("claim id is empty");
    }
    Objects.requireNonNull(guide, "guide");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(provenance, "provenance");
    section = section == null ? "" : section;
    text = text == null ? "" : text;
  }

  /**
   * The values the guide's figure admits: the figure itself, or for a "~" figure the figure
   * widened by half a unit of its last non-zero digit at each end ("~$100": $50-150; "~$350":
   * $345-355; "~$204": $203.50-204.50), the precision the guide itself wrote.
   */
  public Interval accepted() {
    if (!approximate || guide.isNone()) {
      return guide;
    }
    return new Interval(guide.low() - halfLastDigit(guide.low()), guide.high() + halfLastDigit(guide.high()));
  }

  /** Half a unit of the last non-zero digit of {@code v}: 100 -> 50, 350 -> 5, 151 -> 0.5, 0.02 -> 0.005. */
  static double halfLastDigit(double v) {
    if (v == 0) {
      return 0.5;
    }
    var bd = java.math.BigDecimal.valueOf(Math.abs(v)).stripTrailingZeros();
    return 0.5 * Math.pow(10, -bd.scale());
  }

  /** The guide's figure as the guide writes it, e.g. "~$350" or "15-20 users". */
  public String guideText() {
    return unit.formatGuide(guide, approximate);
  }
}
