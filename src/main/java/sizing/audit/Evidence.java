package sizing.audit;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.Scenario;
import sizing.model.SizingModel;

/**
 * What a claim is recomputed from: the workbook's data (catalog, scenarios, terms, stack,
 * workload), its sizing model, the on-demand term that prices list totals, every claim by id (for
 * checks that compare two of the guide's figures), and DigitalOcean's published prices (for checks
 * of the guide's prices against the provider's).
 */
public record Evidence(Workbook workbook, SizingModel model, CommitmentTerm onDemand, Map<String, Claim> claims,
    Catalog published) {

  /** The term that prices list totals; {@code data/prices/commitments.csv} must have it. */
  public static final String ON_DEMAND = "on-demand";

  public Evidence {
    Objects.requireNonNull(workbook, "workbook");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(onDemand, "onDemand");
    Objects.requireNonNull(published, "published");
    claims = Map.copyOf(claims);
  }

  /**
   * The evidence of {@code workbook} with its default model (the guide's LLM), checked against
   * {@code published}.
   */
  public static Evidence of(Workbook workbook, Map<String, Claim> claims, Catalog published) {
    var term = workbook.terms().get(ON_DEMAND);
    if (term == null) {
      throw new NoSuchElementException("data/prices/commitments.csv has no '" + ON_DEMAND + "' term");
    }
    return new Evidence(workbook, workbook.model(), term, claims, published);
  }

  public Catalog catalog() {
    return workbook.catalog();
  }

  public Scenario scenario(String name) {
    var s = workbook.scenarios().get(name);
    if (s == null) {
      throw new NoSuchElementException("no scenario '" + name + "' in data/scenarios/scenarios.csv");
    }
    return s;
  }
}
