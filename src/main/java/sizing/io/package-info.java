/**
 * The lowest layer: how the workbook touches the outside world safely. Reading input files within
 * limits ({@link sizing.io.InputFiles}: size, UTF-8, byte-order mark), the one number grammar
 * ({@link sizing.io.Decimal}), text made safe for spreadsheets, Markdown and HTML ({@link
 * sizing.io.SafeText}), writing one file whole ({@link sizing.io.AtomicFiles}) or a folder of
 * outputs as a set ({@link sizing.io.OutputDir}), and the exception every layer above throws for
 * bad input ({@link sizing.io.BadInput}). Imports nothing else of the workbook.
 */
package sizing.io;
