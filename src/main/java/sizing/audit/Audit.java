package sizing.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import sizing.data.CatalogLoader;
import sizing.data.DataDir;
import sizing.data.Workbook;
import sizing.model.Catalog;

/**
 * The audit of the guide's own numbers: every claim of {@code data/audit/claims.csv} recomputed
 * from the workbook's catalog, scenarios, stack and sizing model, and the guide's prices checked
 * against DigitalOcean's published ones ({@code data/prices/do-published.csv}).
 *
 * <pre>{@code
 * var report = Audit.ofGuide();          // bundled data, the guide's catalog
 * Table t = report.table();              // one row per claim
 * String md = report.summaryMarkdown();  // "N of M claims hold; ..." computed from the rows
 * }</pre>
 */
public final class Audit {
  private Audit() {}

  /**
   * The bundled claims recomputed from the bundled workbook (the guide's catalog, the guide's LLM),
   * against the bundled published prices.
   */
  public static AuditReport ofGuide() {
    var dataDir = DataDir.locate();
    var workbook = Workbook.load(dataDir, List.of());
    return of(workbook, ClaimLoader.read(ClaimLoader.defaultFile(dataDir), workbook), publishedPrices(dataDir));
  }

  /** DigitalOcean's published prices bundled in {@code dataDir}. */
  public static Catalog publishedPrices(Path dataDir) {
    return CatalogLoader.read(Workbook.publishedCatalog(dataDir));
  }

  /** {@code claims} recomputed from {@code workbook}, in order; prices checked against {@code published}. */
  public static AuditReport of(Workbook workbook, List<Claim> claims, Catalog published) {
    var byId = new LinkedHashMap<String, Claim>();
    claims.forEach(c -> byId.put(c.id(), c));
    var evidence = Evidence.of(workbook, byId, published);
    var findings = new ArrayList<Finding>(claims.size());
    for (var c : claims) {
      findings.add(recompute(c, evidence));
    }
    return new AuditReport(workbook.catalog().name() + " against " + published.name(), evidence.model().llm().name(), findings);
  }

  /** One claim; a name the workbook lacks makes it "cannot be checked" rather than failing the audit. */
  public static Finding recompute(Claim claim, Evidence evidence) {
    try {
      return claim.check().recompute(claim, evidence);
    } catch (NoSuchElementException e) {
      return new Finding(claim, Verdict.CANNOT_BE_CHECKED, Interval.NONE, Interval.NONE, e.getMessage());
    }
  }

  /** The bundled claims file of the data folder {@link DataDir#locate()} finds. */
  public static Path claimsFile() {
    return ClaimLoader.defaultFile(DataDir.locate());
  }
}
