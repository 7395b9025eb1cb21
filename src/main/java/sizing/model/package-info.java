/**
 * Pure capacity-planning math: small immutable records with query methods, no I/O, no dependencies
 * beyond the JDK.
 *
 * <ul>
 *   <li>{@link sizing.model.ErlangC} — the M/M/c queue (probability of waiting, mean and quantile
 *       waits).
 *   <li>{@link sizing.model.Usl} — Gunther's Universal Scalability Law and a least-squares fit of
 *       its coefficients to measurements.
 *   <li>{@link sizing.model.Availability} — series, parallel and k-out-of-n composition of
 *       steady-state availabilities.
 * </ul>
 *
 * <p>Each formula lives in exactly one place, and its Javadoc gives the symbol it returns and the
 * source it comes from.
 */
package sizing.model;
