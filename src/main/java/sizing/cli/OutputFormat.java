package sizing.cli;

/** How a command prints its result. */
public enum OutputFormat {
  /** Aligned columns for a terminal. */
  table,
  /** Comma-separated values with a header, numbers unformatted. */
  csv,
  /** Jackson-written JSON. */
  json,
  /** A GitHub-flavoured Markdown table. */
  md
}
