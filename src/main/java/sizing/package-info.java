/**
 * The hosting sizing workbook: prices, plans, capacity and cost for the AI customer-service stack.
 */
package sizing;
