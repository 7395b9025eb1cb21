package sizing.audit;

import java.util.Objects;

/**
 * One claim recomputed.
 *
 * @param computed what the workbook computes, in the claim's unit ({@link Interval#NONE} when it
 *     cannot be checked)
 * @param difference how far the computed figure lies outside the guide's ({@code computed - guide}
 *     at each end, 0 inside; see {@link Interval#distanceFrom}); for a limit or a budget, computed
 *     minus the limit
 * @param why the computation in a sentence or two, with the figures it used and where they come from
 */
public record Finding(Claim claim, Verdict verdict, Interval computed, Interval difference, String why) {
  public Finding {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(difference, "difference");
    why = why == null ? "" : why;
  }

  /** What the workbook computes, formatted in the claim's unit. */
  public String workbookText() {
    return claim.unit().format(computed);
  }

  /** The difference, signed and formatted in the claim's unit. */
  public String differenceText() {
    return claim.unit().formatDifference(difference);
  }
}
