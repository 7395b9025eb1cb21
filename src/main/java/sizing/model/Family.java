package sizing.model;

/** The topology families the guide weighs. */
public enum Family implements Key {
  SINGLE("single droplet", "everything on one droplet"),
  SINGLE_MANAGED_DB("droplet + managed DB", "one app droplet and a managed PostgreSQL cluster"),
  SINGLE_SELF_DB("droplet + DB droplet", "one app droplet and a PostgreSQL droplet"),
  MULTI_MANAGED_DB("load-balanced + managed DB", "backends behind a load balancer and a managed PostgreSQL cluster"),
  MULTI_SELF_DB("load-balanced + DB droplet", "backends behind a load balancer and a PostgreSQL droplet");

  private final String label;
  private final String description;

  Family(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  @Override
  public String id() {
    return Key.kebab(this);
  }
}
