package sizing.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of thing a catalog item is; the name in data files is the lower-case form. */
public enum Category {
  DROPLET,
  MANAGED_POSTGRES,
  LOAD_BALANCER,
  BLOCK_STORAGE,
  OBJECT_STORAGE,
  MANAGED_REDIS,
  MONITORING,
  FRONTEND_HOSTING,
  DOMAIN;

  /** The name used in CSV and JSON files, e.g. {@code managed_postgres}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category whose {@link #id()} is {@code id}. */
  public static Category ofId(String id) {
    for (var c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category '" + id + "' (valid: " + validIds() + ")");
  }

  public static String validIds() {
    return Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", "));
  }
}
