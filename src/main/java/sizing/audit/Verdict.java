package sizing.audit;

/** What recomputing a claim of the guide shows. */
public enum Verdict {
  /** The workbook computes what the guide says (within the guide's own rounding). */
  HOLDS("holds"),
  /** The workbook computes something else; the finding says by how much. */
  DOES_NOT_HOLD("does not hold"),
  /** The workbook has nothing independent to compute the figure from; the finding says why. */
  CANNOT_BE_CHECKED("cannot be checked");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** "holds", "does not hold", "cannot be checked". */
  public String label() {
    return label;
  }
}
