package sizing.model;

import java.util.EnumSet;
import java.util.Set;

/** What a plan's item does in the deployment; a droplet's role says which services it hosts. */
public enum Role implements Key {
  /** Backend, ChromaDB, PostgreSQL and the frontend on one droplet. */
  ALL_IN_ONE(EnumSet.of(Category.DROPLET)),
  /** Backend, ChromaDB and the frontend; the database runs elsewhere. */
  APP(EnumSet.of(Category.DROPLET)),
  /** Backend with its in-process ChromaDB, one of several behind a load balancer. */
  BACKEND(EnumSet.of(Category.DROPLET)),
  DATABASE(EnumSet.of(Category.DROPLET, Category.MANAGED_POSTGRES)),
  VECTOR(EnumSet.of(Category.DROPLET)),
  FRONTEND(EnumSet.of(Category.DROPLET, Category.FRONTEND_HOSTING)),
  LOAD_BALANCER(EnumSet.of(Category.LOAD_BALANCER)),
  SESSIONS(EnumSet.of(Category.MANAGED_REDIS)),
  STORAGE(EnumSet.of(Category.BLOCK_STORAGE, Category.OBJECT_STORAGE)),
  MONITORING(EnumSet.of(Category.MONITORING)),
  DOMAIN(EnumSet.of(Category.DOMAIN));

  private final Set<Category> categories;

  Role(Set<Category> categories) {
    this.categories = categories;
  }

  /** Whether an item of {@code category} can play this role. */
  public boolean accepts(Category category) {
    return categories.contains(category);
  }

  /** The name used in data files, e.g. {@code all-in-one}. */
  @Override
  public String id() {
    return Key.kebab(this);
  }

  public static Role ofId(String id) {
    return Key.parse(Role.class, "role", id);
  }
}
