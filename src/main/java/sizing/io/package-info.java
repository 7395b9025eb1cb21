/**
 * The lowest layer: writing files whole or not at all, and the exception every layer above throws
 * for bad input. Imports nothing else of the workbook.
 */
package sizing.io;
