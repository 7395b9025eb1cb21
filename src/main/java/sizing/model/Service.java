package sizing.model;

/**
 * The stack's services, as {@code data/stack/services.csv} and {@code host-shares.csv} name them
 * (column {@code service}).
 */
public enum Service implements Key {
  /** The FastAPI backend with its AI agents. */
  BACKEND,
  /** PostgreSQL. */
  POSTGRES,
  /** The Next.js frontend. */
  FRONTEND,
  /** The ChromaDB vector store. */
  CHROMADB,
  /** The operating system and its buffers. */
  SYSTEM;

  public static Service ofId(String id) {
    return Key.parse(Service.class, "service", id);
  }
}
