package sizing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdict of every claim in data/audit/claims.csv, recomputed from the bundled workbook (the
 * guide's own catalog, the guide's GPT-4) and, for the guide's prices, DigitalOcean's published
 * list (data/prices/do-published.csv: DigitalOcean's API size list of 2026-08-21 and its Droplets
 * release notes). The verdicts below are what those imply: each was read against
 * hosting-sizing-guide.md when it was pinned. A change of data or model that flips one must be a
 * deliberate change of this table.
 */
class GuideAuditTest {
  static final AuditReport REPORT = Audit.ofGuide();

  static Finding finding(String id) {
    return REPORT.findings().stream().filter(f -> f.claim().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + id));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "rc-pool, holds",
    "s1-price, does not hold",
    "s1-ram, holds",
    "s1-vcpu, holds",
    "s1-backend-memory, does not hold",
    "s1-postgres-memory, does not hold",
    "s1-db-connections, does not hold",
    "s1-users, holds",
    "s1-response, does not hold",
    "s1-ssd, cannot be checked",
    "s1b-price, does not hold",
    "s1b-ram, holds",
    "s1b-vcpu, holds",
    "s1b-backend-memory, does not hold",
    "s1b-postgres-memory, does not hold",
    "s1b-users, does not hold",
    "s1b-response, does not hold",
    "s2-price, does not hold",
    "s2-ram, holds",
    "s2-vcpu, holds",
    "s2-backend-memory, holds",
    "s2-postgres-memory, holds",
    "s2-shared-buffers, holds",
    "s2-effective-cache, holds",
    "s2-effective-cache-room, does not hold",
    "s2-max-connections, holds",
    "s2-users-use-case, holds",
    "s2-users-why, does not hold",
    "s2-users-vs-benchmark, does not hold",
    "s2-response, does not hold",
    "s2-uptime, holds",
    "s3a-price, does not hold",
    "s3a-ram, does not hold",
    "s3a-vcpu, holds",
    // enterprise-single: 8 workers (16 vCPUs x 0.5) at S = 2.65 + 0.1 s carry
    // floor(0.8 x 8 / (0.025 x 2.75)) = 93 users before CPU passes 80%, below the guide's 100-200
    // (with D = 2.4 s it carried 102: the recalibration for true percentiles moved it).
    "s3a-users, does not hold",
    "s3a-uptime, does not hold",
    "s3-response, does not hold",
    "s3b-listed-total, holds",
    "s3b-heading, does not hold",
    "s3b-db-disk, holds",
    "s3b-backend-disk, does not hold",
    "s3b-lb-price, cannot be checked",
    "s3b-frontend-price, does not hold",
    "s3b-total-lb, holds",
    "s3b-total-vercel-pro, does not hold",
    "s3b-connections, does not hold",
    "s3b-users, does not hold",
    "s3b-uptime, does not hold",
    "s3-users-vs-benchmark, holds",
    "md-revised-total, holds",
    "md-recommended-price, cannot be checked",
    "bs-100, holds",
    "bs-range, holds",
    "bs-price, cannot be checked",
    "sp-per-gb, holds",
    "sp-price, cannot be checked",
    "mon-datadog, cannot be checked",
    "mon-new-relic, cannot be checked",
    "rp-price, does not hold",
    "rp-users, holds",
    "rp-uptime, holds",
    "rp-response, does not hold",
    "rp-first-month, holds",
    "rp-domain, holds",
    "rp-setup, cannot be checked",
    "rs-heading, does not hold",
    "rs-total, holds",
    "rs-first-month, does not hold",
    "rs-monitoring, holds",
    "rs-users, holds",
    "re-heading, does not hold",
    "re-total, holds",
    "re-first-month, does not hold",
    "re-backends, holds",
    "re-monitoring, holds",
    "re-users, holds",
    "re-uptime, does not hold",
    "re-db-connections, holds",
    "co-vercel-saving, holds",
    "co-vercel-pro, does not hold",
    "co-chromadb-small, does not hold",
    "co-chromadb-medium, does not hold",
    "co-chromadb-threshold, does not hold",
    "co-redis-price, cannot be checked",
    "co-reserved-monthly, holds",
    "co-reserved-saving, does not hold",
    "co-reserved-offer, cannot be checked",
    "b100-total, holds",
    "b100-budget, holds",
    "b300-total, holds",
    "b300-budget, holds",
    "b300-users, holds",
    "b500-total, holds",
    "b500-budget, does not hold",
    "b500-users, holds",
    "pb-pov-users, holds",
    "pb-pov-response, does not hold",
    "pb-pov-db-queries, cannot be checked",
    "pb-pov-vector-searches, cannot be checked",
    "pb-pov-llm-calls, holds",
    "pb-pov-uptime, holds",
    "pb-small-users, holds",
    "pb-small-response, does not hold",
    "pb-small-db-queries, cannot be checked",
    "pb-small-vector-searches, cannot be checked",
    "pb-small-llm-calls, holds",
    "pb-small-uptime, holds",
    "pb-enterprise-users, holds",
    "pb-enterprise-response, does not hold",
    "pb-enterprise-db-queries, cannot be checked",
    "pb-enterprise-vector-searches, cannot be checked",
    "pb-enterprise-llm-calls, holds",
    "pb-enterprise-uptime, does not hold",
    "mp-phase1, does not hold",
    "mp-phase2, does not hold",
    "mp-phase3, does not hold",
    "ma-p95, does not hold",
    "ma-connections-small, holds",
    "ma-connections-enterprise, does not hold",
    "fr-pov-total, holds",
    "fr-pov-budget, holds",
    "fr-production-total, holds",
    "fr-production-budget, holds",
    "fr-enterprise-total, holds",
    "fr-enterprise-budget, holds"
  })
  void eachClaimHasItsPinnedVerdict(String id, String verdict) {
    var f = finding(id);
    assertThat(f.verdict().label()).as("%s: %s", id, f.why()).isEqualTo(verdict);
  }

  @Test
  void everyClaimIsPinned() {
    // one row above per claim in data/audit/claims.csv
    assertThat(REPORT.findings()).hasSize(125);
  }

  @Test
  void everyClaimThatIsCheckedHasAFigureAndEveryOtherSaysWhy() {
    assertThat(REPORT.findings()).allSatisfy(f -> {
      assertThat(f.why()).as(f.claim().id()).isNotBlank();
      if (f.verdict() != Verdict.CANNOT_BE_CHECKED) {
        assertThat(f.computed().isNone()).as(f.claim().id()).isFalse();
      }
    });
  }
}
