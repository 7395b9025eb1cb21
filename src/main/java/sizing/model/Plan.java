package sizing.model;

import java.util.List;

/** A deployment: what to buy and how many, each with its role. */
public record Plan(String name, String title, List<Line> lines) {

  public Plan {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("plan name is empty");
    }
    title = title == null ? "" : title;
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("plan '" + name + "' has no items");
    }
  }

  /** {@code quantity} units of catalog item {@code item}, playing {@code role}. */
  public record Line(String item, double quantity, Role role) {
    public Line {
      if (item == null || item.isBlank()) {
        throw new IllegalArgumentException("item id is empty");
      }
      if (!(quantity > 0) || Double.isInfinite(quantity)) {
        throw new IllegalArgumentException("quantity must be greater than zero, was " + quantity);
      }
      java.util.Objects.requireNonNull(role, "role");
    }
  }
}
