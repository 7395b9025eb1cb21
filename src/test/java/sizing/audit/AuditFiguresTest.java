package sizing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.data.DataDir;
import sizing.data.Workbook;

/**
 * The figures behind some verdicts, against arithmetic done by hand on the guide's own numbers
 * (hosting-sizing-guide.md; the section is named on each test), and the rules the audit applies.
 */
class AuditFiguresTest {
  static final AuditReport REPORT = GuideAuditTest.REPORT;

  static Finding f(String id) {
    return GuideAuditTest.finding(id);
  }

  @Test
  void smallBusinessHeadingIsFiftyEightDollarsBelowItsOwnTotal() {
    // §Recommended: Production Small Business: heading $240/month, items 168 + 120 + 10 = 298
    assertThat(f("rs-heading").computed().low()).isCloseTo(298, within(1e-9));
    assertThat(f("rs-heading").difference().low()).isCloseTo(58, within(1e-9));
  }

  @Test
  void optionBTotalLeavesOutTheLoadBalancerItsDiagramShows() {
    // §Scenario 3 Option B: 84 + 168 + 168 = 420; with the $12 DO LB of the diagram, 432
    assertThat(f("s3b-listed-total").verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(f("s3b-heading").computed().low()).isCloseTo(432, within(1e-9));
  }

  @Test
  void premiumIntelPriceIsCheckedAgainstDigitalOceansSameSpecDropletAndNamesTheFamilyItMatches() {
    // DigitalOcean's API size list of 2026-08-21: s-4vcpu-8gb-intel $56, c-4 (4 vCPU / 8 GB) $84
    var s1 = f("s1-price");
    assertThat(s1.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    assertThat(s1.computed()).isEqualTo(Interval.of(56));
    assertThat(s1.difference()).isEqualTo(Interval.of(-28));
    assertThat(s1.why()).contains("s-4vcpu-8gb-intel", "c-4 (CPU-Optimized, 4 vCPU / 8 GB)");
  }

  @Test
  void aPriceWithNoPublishedSourceCannotBeChecked() {
    assertThat(f("s3b-lb-price").verdict()).isEqualTo(Verdict.CANNOT_BE_CHECKED);
    assertThat(f("s3b-lb-price").why()).contains("no load balancer price");
  }

  @Test
  void reservedSavingIsTwelveTimesTheUnroundedMonthlySaving() {
    // §Cost Optimization 4: 12 x (168 - 151.20) = 201.60, not the guide's ~$204
    assertThat(f("co-reserved-saving").computed().low()).isCloseTo(201.60, within(1e-9));
    assertThat(f("co-reserved-saving").why()).contains("rounded before multiplying");
  }

  @Test
  void optionAAllocationOverflowsTheThirtyTwoGigabyteDropletByFourToSix() {
    // §Scenario 3 Option A: 8 + 16 + 4 + 4 + ChromaDB 4-6 = 36-38 GB on 32 GB
    assertThat(f("s3a-ram").computed()).isEqualTo(new Interval(36, 38));
    assertThat(f("s3a-ram").difference()).isEqualTo(new Interval(4, 6));
  }

  @Test
  void chromaWithinTheBackendIsNotCountedTwice() {
    // §Scenario 2: 4 + 8 + 2 + 2 = 16 GB, ChromaDB 2-3 GB "within backend"
    assertThat(f("s2-ram").computed()).isEqualTo(Interval.of(16));
  }

  @Test
  void twoBackendPoolsExceedTheSelfHostedMaxConnections() {
    // §Resource Characteristics pool 20 + 40 = 60, two backends = 120 > max_connections 100
    assertThat(f("s3b-connections").computed().low()).isEqualTo(120);
    assertThat(f("s3b-connections").difference().low()).isEqualTo(20);
  }

  @Test
  void firstMonthPaysTheDomainsYearAndTheGuidesLinesFallShortOfItsTotal() {
    // §Recommended: Production Small Business: 168 + 120 + 10 + 12 + 15..25 = 325..335, "~$350"
    assertThat(f("rs-first-month").computed()).isEqualTo(new Interval(325, 335));
    assertThat(f("rs-first-month").verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void responseClaimsFailByTheGpt4CallAlone() {
    // §Performance Benchmarks, Production Enterprise: < 1 second
    var finding = f("pb-enterprise-response");
    assertThat(finding.computed().low()).isGreaterThan(12);
    assertThat(finding.why()).contains("gpt-4").contains("s over the guide's < 1 second");
  }

  @Test
  void approximateFiguresHoldToHalfAUnitOfTheirLastNonZeroDigit() {
    assertThat(claim(100).accepted()).isEqualTo(new Interval(50, 150));
    assertThat(claim(350).accepted()).isEqualTo(new Interval(345, 355));
    assertThat(claim(204).accepted()).isEqualTo(new Interval(203.5, 204.5));
    assertThat(claim(0.02).accepted().high()).isCloseTo(0.025, within(1e-12));
  }

  @Test
  void distanceIsZeroInsideTheGuidesRangeAndSignedOutsideIt() {
    var guide = new Interval(50, 75);
    assertThat(Interval.of(47).distanceFrom(guide)).isEqualTo(Interval.of(-3));
    assertThat(Interval.of(60).distanceFrom(guide)).isEqualTo(Interval.of(0));
    assertThat(new Interval(70, 80).distanceFrom(guide)).isEqualTo(new Interval(0, 5));
  }

  @Test
  void summaryCountsAndGapsComeFromTheFindings() {
    var md = REPORT.summaryMarkdown();
    assertThat(md).startsWith("**" + REPORT.count(Verdict.HOLDS) + " of " + REPORT.findings().size() + " claims hold**; "
        + REPORT.count(Verdict.DOES_NOT_HOLD) + " do not hold and " + REPORT.count(Verdict.CANNOT_BE_CHECKED)
        + " cannot be checked");
    assertThat(md).contains("**US dollars**").contains("$240").contains("+$58.00");
  }

  @Test
  void anotherCatalogChangesTheAuditNotTheClaims(@TempDir Path dir) throws Exception {
    var dataDir = DataDir.locate();
    var cheaper = dir.resolve("cheaper.csv");
    Files.write(cheaper, List.of(String.join(",", sizing.data.CatalogLoader.COLUMNS),
        "s-8vcpu-16gb-intel,droplet,test fixture,8,16,320,6,droplet,month,110,test fixture,2025-01-01"));
    var wb = Workbook.load(dataDir, List.of(Workbook.guideCatalog(dataDir), cheaper));
    var report = Audit.of(wb, ClaimLoader.read(ClaimLoader.defaultFile(dataDir), wb), Audit.publishedPrices(dataDir));
    var heading = report.findings().stream().filter(x -> x.claim().id().equals("rs-heading")).findFirst().orElseThrow();
    assertThat(heading.computed().low()).isCloseTo(240, within(1e-9));
    assertThat(heading.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(report.summaryMarkdown()).contains("guide-catalog.csv + cheaper.csv");
  }

  @Test
  void tableHasOneRowPerClaimWithTextAndNumbers() {
    var t = REPORT.table();
    assertThat(t.rowCount()).isEqualTo(REPORT.findings().size());
    assertThat(t.columnNames()).contains("id", "section", "claim", "guide", "workbook", "difference", "verdict", "why",
        "guide_low", "workbook_high", "difference_low", "unit", "check", "source");
    assertThat(t.stringColumn("verdict").countUnique()).isEqualTo(3);
  }

  private static Claim claim(double figure) {
    return new Claim("x", "s", "t", Interval.of(figure), Unit.USD, true, new Check.Uncheckable("why"),
        new sizing.model.Provenance("test", java.time.LocalDate.of(2025, 11, 7)));
  }
}
