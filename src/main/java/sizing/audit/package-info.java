/**
 * The guide's own numbers, audited: each figure the guide states that can be recomputed is a row
 * of {@code data/audit/claims.csv} (a {@link sizing.audit.Claim}), recomputed by one of a closed set
 * of {@link sizing.audit.Check} kinds from the workbook's catalog, scenarios, stack profile and
 * sizing model, and judged {@link sizing.audit.Verdict#HOLDS holds}, {@link
 * sizing.audit.Verdict#DOES_NOT_HOLD does not hold} or {@link sizing.audit.Verdict#CANNOT_BE_CHECKED
 * cannot be checked}. Also here: two price catalogs compared, with the effect on each of the
 * guide's deployments ({@link sizing.audit.PriceDiff}), and the guide's droplets paired with
 * published droplets of the same size ({@link sizing.audit.SameSpec}).
 */
package sizing.audit;
