/**
 * Plain tables for output: {@link sizing.table.Grid}, columns of text, numbers or flags that the
 * command line prints without loading Tablesaw, and that convert to and from Tablesaw tables;
 * {@link sizing.table.PlanGrids}, priced and judged plans as grids; {@link sizing.table.Render},
 * grids and tables as aligned text, Markdown or CSV. Above sweep, below the faces and the prose
 * that print them.
 */
package sizing.table;
