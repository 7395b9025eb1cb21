package sizing.model;

import java.util.Objects;

/**
 * Where one of the stack's services runs: on the backend droplet(s), on a droplet of its own that
 * the team runs, or on a service the provider runs (managed PostgreSQL, managed Redis, static
 * frontend hosting). Handle a host with an exhaustive {@code switch (host.place())}; only a host
 * that is not the backend has an {@link #item()}.
 *
 * @param place where the service runs
 * @param item the catalog item it runs on; none when {@code place} is {@link Place#BACKEND}
 */
public record Host(Place place, CatalogItem item) {

  /** The three places a service can run. */
  public enum Place {
    /** Inside the backend droplet(s), sharing their vCPUs and memory. */
    BACKEND,
    /** On a droplet of its own, which the team runs. */
    DROPLET,
    /** On a service the provider runs. */
    MANAGED
  }

  /** A service that runs inside the backend droplet(s). */
  public static final Host ON_BACKEND = new Host(Place.BACKEND, null);

  public Host {
    Objects.requireNonNull(place, "place");
    if ((place == Place.BACKEND) != (item == null)) {
      throw new IllegalArgumentException(place == Place.BACKEND
          ? "a service on the backend has no item of its own" : "a service on its own host needs the item");
    }
    if (item != null && (place == Place.DROPLET) != (item.category() == Category.DROPLET)) {
      throw new IllegalArgumentException("item " + item.id() + " is a " + item.category().id() + ", not a "
          + (place == Place.DROPLET ? "droplet" : "managed service"));
    }
  }

  /** {@code item} on a host of its own: a droplet when it is one, else a managed service. */
  public static Host on(CatalogItem item) {
    Objects.requireNonNull(item, "item");
    return new Host(item.category() == Category.DROPLET ? Place.DROPLET : Place.MANAGED, item);
  }

  /**
   * The catalog item the service runs on.
   *
   * @throws IllegalStateException when it runs on the backend, which has no item of its own here
   */
  @Override
  public CatalogItem item() {
    if (item == null) {
      throw new IllegalStateException("the service runs on the backend droplet, not on a host of its own");
    }
    return item;
  }

  /** Whether the service runs inside the backend droplet(s). */
  public boolean onBackend() {
    return place == Place.BACKEND;
  }
}
