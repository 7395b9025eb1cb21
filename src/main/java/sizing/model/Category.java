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

  /** The category whose {@link #id()} is {@code id}. */
  public static Category ofId(String id) {
    return Key.parse(Category.class, "category", id);
  }
}
