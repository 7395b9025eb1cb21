package sizing.model;

/** What kind of thing a catalog item is; the name in data files is the lower-case form. */
public enum Category implements Key {
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
  @Override
  public String id() {
    return Key.snake(this);
  }

  /** The category whose {@link #id()} is {@code id}. */
  public static Category ofId(String id) {
    return Key.parse(Category.class, "category", id);
  }
}
