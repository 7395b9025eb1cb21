package sizing.model;

/**
 * The components whose availability composes a deployment's ({@code data/stack/availability.csv},
 * column {@code component}).
 */
public enum Component implements Key {
  /** A droplet (DigitalOcean's SLA). */
  DROPLET,
  LOAD_BALANCER,
  MANAGED_POSTGRES,
  MANAGED_REDIS,
  /** A service the team runs itself on a droplet: PostgreSQL, ChromaDB, the app. */
  SELF_MANAGED_SERVICE,
  /** Static or edge hosting of the frontend. */
  FRONTEND_HOSTING,
  /**
   * The LLM provider's API, which every chat request calls (a stated assumption: OpenAI publishes
   * no SLA), in series with the hosting in the service's availability ({@link
   * SizingModel#serviceAvailability}); not part of the hosting's, which the goal judges.
   */
  LLM_PROVIDER;

  /**
   * The component a provider-run item of {@code category} is: managed PostgreSQL, managed Redis or
   * frontend hosting.
   *
   * @throws IllegalArgumentException for a category the team runs itself or that serves no request
   */
  public static Component managed(Category category) {
    return switch (category) {
      case MANAGED_POSTGRES -> MANAGED_POSTGRES;
      case MANAGED_REDIS -> MANAGED_REDIS;
      case FRONTEND_HOSTING -> FRONTEND_HOSTING;
      case DROPLET, LOAD_BALANCER, BLOCK_STORAGE, OBJECT_STORAGE, MONITORING, DOMAIN ->
          throw new IllegalArgumentException("a " + category.id() + " item is not a managed service");
    };
  }

  public static Component ofId(String id) {
    return Key.parse(Component.class, "component", id);
  }
}
