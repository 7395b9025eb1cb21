package sizing.cli;

import sizing.table.Grid;
import sizing.table.Render;
import sizing.table.Width;
import tech.tablesaw.api.Table;

/** How a command prints its result. */
public enum OutputFormat {
  /** Aligned columns for a terminal. */
  table,
  /** Comma-separated values with a header, numbers unformatted. */
  csv,
  /** Jackson-written JSON. */
  json,
  /** A GitHub-flavoured Markdown table. */
  md;

  /** {@code grid} in this format ({@link Render}); JSON is written by each command itself. */
  public String render(Grid grid) {
    return switch (this) {
      case table -> Render.text(grid);
      case md -> Render.markdown(grid);
      case csv -> Render.csv(grid);
      case json -> throw new IllegalArgumentException("JSON is written by the command itself");
    };
  }

  /** {@code grid} in this format, the aligned text fitted to {@code width} ({@link Render#text(Grid, Width)}). */
  public String render(Grid grid, Width width) {
    return this == table ? Render.text(grid, width) : render(grid);
  }

  /** {@code table} in this format, the aligned text fitted to {@code width}. */
  public String render(Table table, Width width) {
    return this == OutputFormat.table ? Render.text(table, width) : render(table);
  }

  /**
   * {@code text} as printed: in the aligned-text format every line longer than {@code width} is
   * broken to fit ({@link Width#wrap}); the other formats are data and stay as they are.
   */
  public String fit(String text, Width width) {
    return this == table ? width.wrap(text) : text;
  }

  /** {@code table} in this format; CSV keeps Tablesaw's unformatted values. */
  public String render(Table table) {
    return this == csv ? Render.csv(table) : render(Grid.of(table));
  }
}
