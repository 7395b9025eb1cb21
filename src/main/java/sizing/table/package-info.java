/**
 * Plain tables for output: {@link sizing.table.Grid}, columns of text, numbers or flags that the
 * command line prints without loading Tablesaw, and that convert to and from Tablesaw tables.
 */
package sizing.table;
