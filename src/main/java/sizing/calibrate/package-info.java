/**
 * Calibration from a load test: {@link sizing.calibrate.LoadTest} reads the test (a usl-format CSV
 * or a Locust stats history), {@link sizing.calibrate.LoadTestFit} fits it with the Universal
 * Scalability Law ({@link sizing.model.Usl}) and turns the fitted peak into the service demand per
 * request of a {@link sizing.model.Workload}. Sits above the model and the data loaders, below the
 * plans and the faces; {@code jbang calibrate} is its command.
 */
package sizing.calibrate;
