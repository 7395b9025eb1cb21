package sizing.model;

/**
 * A check on how a plan is set up, whatever its load: when one fails the plan carries no user until
 * its configuration changes ({@link CompiledDeployment#configuration()}), and {@link
 * SizingModel#fixes} says what to change. Unlike a {@link Resource}'s limit, no amount of hardware
 * at the same configuration meets it.
 */
public enum Configuration implements Constraint {
  /**
   * The backends' connection pools at their largest, {@code n (pool + overflow)}, fit the
   * connections the database accepts ({@link SizingModel#usableConnections}): SQLAlchemy's
   * QueuePool opens up to {@code pool_size + max_overflow} connections per engine (SQLAlchemy 2.0
   * docs, "Connection Pooling", https://docs.sqlalchemy.org/en/20/core/pooling.html), and
   * PostgreSQL refuses an ordinary connection past {@code max_connections} less its {@code
   * superuser_reserved_connections} (PostgreSQL 16 docs, §20.3.1 Connection Settings).
   */
  DB_CONNECTION_LIMIT("connections");

  private final String unit;

  Configuration(String unit) {
    this.unit = unit;
  }

  @Override
  public String id() {
    return Key.snake(this);
  }

  @Override
  public String unit() {
    return unit;
  }

  @Override
  public boolean atLeast() {
    return false;
  }
}
