package sizing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sizing.data.CatalogLoader;
import sizing.data.DataDir;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.model.Category;
import sizing.narrative.PriceStory;

/**
 * The bundled catalog of DigitalOcean's published prices (data/prices/do-published.csv), matched
 * and compared with the guide's. Expected prices are DigitalOcean's: its API size list as recorded
 * on 2026-08-21 (github.com/sergeykuzmich/terraform-digitalocean-variables, do_sizes.tf) and its
 * Droplets release notes of 2023-08-02 (docs.digitalocean.com/release-notes/droplets).
 */
class PublishedPricesTest {
  static final Path DATA = DataDir.locate();
  static final Catalog GUIDE = CatalogLoader.read(Workbook.guideCatalog(DATA));
  static final Catalog PUBLISHED = CatalogLoader.read(Workbook.publishedCatalog(DATA));

  static SameSpec.Match match(String guideItem) {
    return SameSpec.match(GUIDE.item(guideItem), PUBLISHED);
  }

  @Test
  void everyPublishedRowNamesItsPublisherAndADate() {
    assertThat(PUBLISHED.all()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.provenance().source()).containsAnyOf("DigitalOcean", "Vercel");
      assertThat(i.provenance().asOf()).isNotNull();
    });
  }

  @Test
  void familiesAreReadFromTheSlug() {
    assertThat(DropletFamily.of("s-4vcpu-8gb")).isEqualTo(DropletFamily.BASIC_REGULAR);
    assertThat(DropletFamily.of("s-4vcpu-8gb-intel")).isEqualTo(DropletFamily.BASIC_PREMIUM_INTEL);
    assertThat(DropletFamily.of("s-4vcpu-8gb-240gb-intel")).isEqualTo(DropletFamily.BASIC_PREMIUM_INTEL);
    assertThat(DropletFamily.of("s-4vcpu-8gb-amd")).isEqualTo(DropletFamily.BASIC_PREMIUM_AMD);
    assertThat(DropletFamily.of("c-4")).isEqualTo(DropletFamily.CPU_OPTIMIZED);
    assertThat(DropletFamily.of("c2-4vcpu-8gb")).isEqualTo(DropletFamily.CPU_OPTIMIZED);
    assertThat(DropletFamily.of("c-4-intel")).isEqualTo(DropletFamily.CPU_OPTIMIZED_PREMIUM);
    assertThat(DropletFamily.of("g-2vcpu-8gb")).isEqualTo(DropletFamily.GENERAL_PURPOSE);
    assertThat(DropletFamily.of("m-2vcpu-16gb-intel")).isEqualTo(DropletFamily.MEMORY_OPTIMIZED_PREMIUM);
    assertThat(DropletFamily.of("gpu-h100x1-80gb")).isEqualTo(DropletFamily.GPU);
  }

  @Test
  void thePublishedCatalogCoversEveryFamilyAroundTheGuidesSizes() {
    var families = PUBLISHED.inCategory(Category.DROPLET).stream().map(i -> DropletFamily.of(i.id())).distinct().toList();
    assertThat(families).contains(DropletFamily.BASIC_REGULAR, DropletFamily.BASIC_PREMIUM_INTEL, DropletFamily.BASIC_PREMIUM_AMD,
        DropletFamily.GENERAL_PURPOSE, DropletFamily.CPU_OPTIMIZED, DropletFamily.MEMORY_OPTIMIZED);
  }

  @Test
  void theGuidesPremiumIntelEightGigabyteDropletIsFiftySixDollarsAtItsStatedDisk() {
    // release notes 2023-08-02: s-4vcpu-8gb-intel (160 GB) $56; s-4vcpu-8gb-240gb-intel $64
    var m = match("s-4vcpu-8gb-intel");
    assertThat(m.family()).isEqualTo(DropletFamily.BASIC_PREMIUM_INTEL);
    assertThat(m.namedProduct()).hasValueSatisfying(q -> {
      assertThat(q.id()).isEqualTo("s-4vcpu-8gb-intel");
      assertThat(q.monthlyUnitUsd()).isEqualTo(56);
    });
    assertThat(m.differenceUsd()).isCloseTo(-28, within(1e-9));
  }

  @Test
  void theGuidesPremiumIntelPricesAreCpuOptimizedPrices() {
    // API size list 2026-08-21: c-4 $84, c-8 $168, c-16 $336, same vCPUs and memory as the guide's droplets
    assertThat(match("s-4vcpu-8gb-intel").samePriceSameSize()).extracting(i -> i.id()).containsExactly("c-4");
    assertThat(match("s-8vcpu-16gb-intel").samePriceSameSize()).extracting(i -> i.id()).containsExactly("c-8");
    assertThat(match("s-16vcpu-32gb-intel").samePriceSameSize()).extracting(i -> i.id()).containsExactly("c-16");
  }

  @Test
  void noPremiumIntelDropletHasSixteenVcpusAndThirtyTwoGigabytes() {
    var m = match("s-16vcpu-32gb-intel");
    assertThat(m.namedProduct()).isEmpty();
    assertThat(m.reference()).hasValueSatisfying(q -> assertThat(q.id()).isEqualTo("c-16"));
  }

  @Test
  void theGuidesBasicPricesAreThoseOfTheNextSizeUp() {
    // API size list 2026-08-21 and the 2022-07-01 price table: s-2vcpu-4gb $24, s-4vcpu-8gb $48, s-1vcpu-2gb $12
    var basic = match("s-2vcpu-4gb");
    assertThat(basic.namedProduct()).hasValueSatisfying(q -> assertThat(q.monthlyUnitUsd()).isEqualTo(24));
    assertThat(basic.samePrice()).extracting(i -> i.id()).contains("s-4vcpu-8gb");
    var chroma = match("s-1vcpu-2gb");
    assertThat(chroma.namedProduct()).hasValueSatisfying(q -> assertThat(q.monthlyUnitUsd()).isEqualTo(12));
    assertThat(chroma.samePrice()).extracting(i -> i.id()).contains("s-2vcpu-4gb");
  }

  @Test
  void theFamilySentenceSaysWhereTheGuidesPricesComeFrom() {
    var text = PriceStory.families(GUIDE, PUBLISHED);
    assertThat(text).contains("CPU-Optimized", "`s-4vcpu-8gb-intel` as `c-4`", "`s-2vcpu-4gb` as `s-4vcpu-8gb`");
  }

  @Test
  void pairsHaveTheSameVcpusAndMemory() {
    assertThat(SameSpec.pairs(GUIDE, PUBLISHED)).filteredOn(SameSpec.Pair::matched).isNotEmpty().allSatisfy(p -> {
      assertThat(p.published().vcpus()).isEqualTo(p.guide().vcpus());
      assertThat(p.published().memoryGb()).isEqualTo(p.guide().memoryGb());
    });
    assertThat(SameSpec.table(GUIDE, PUBLISHED).rowCount()).isEqualTo(SameSpec.pairs(GUIDE, PUBLISHED).size());
    assertThat(SameSpec.matchTable(GUIDE, PUBLISHED).rowCount()).isEqualTo(GUIDE.inCategory(Category.DROPLET).size());
  }

  @Test
  void repricingUsesTheNamedFamilyNotTheCheapestOfTheSize() {
    var repriced = PriceStory.repriced(GUIDE, PUBLISHED);
    // Basic s-4vcpu-8gb ($48) is cheaper, but the guide names Premium Intel: $56
    assertThat(repriced.item("s-4vcpu-8gb-intel").monthlyUnitUsd()).isEqualTo(56);
    assertThat(repriced.item("s-16vcpu-32gb-intel").monthlyUnitUsd()).isEqualTo(336);
    assertThat(repriced.item("load-balancer").monthlyUnitUsd()).isEqualTo(GUIDE.item("load-balancer").monthlyUnitUsd());
  }

  @Test
  void diffFindsTheSharedSlugsAtDifferentPricesAndSaysWhichDeploymentsItCannotPrice() {
    var diff = PriceDiff.of(GUIDE, PUBLISHED);
    assertThat(diff.changes()).extracting(c -> c.before().id())
        .containsExactly("s-2vcpu-4gb", "s-4vcpu-8gb-intel", "s-8vcpu-16gb-intel", "s-1vcpu-2gb");
    var wb = Workbook.load();
    var effects = diff.effects(wb.scenarios().values(), wb.terms().get("on-demand"));
    assertThat(effects).hasSize(wb.scenarios().size());
    var pov = effects.stream().filter(e -> e.scenario().name().equals("pov")).findFirst().orElseThrow();
    assertThat(pov.differenceUsd()).isEqualTo(56 - 84);
    var enterprise = effects.stream().filter(e -> e.scenario().name().equals("enterprise-single")).findFirst().orElseThrow();
    assertThat(enterprise.monthlyB()).isNaN();
    assertThat(diff.note(enterprise)).isEqualTo("do-published.csv lacks s-16vcpu-32gb-intel");
  }

  @Test
  void overlaidCatalogPricesEveryDeployment() {
    var diff = PriceDiff.of(GUIDE, GUIDE.overlaidWith(PUBLISHED));
    var wb = Workbook.load();
    assertThat(diff.effects(wb.scenarios().values(), wb.terms().get("on-demand")))
        .allSatisfy(e -> assertThat(e.monthlyB()).isNotNaN());
    assertThat(diff.onlyInB()).extracting(i -> i.id()).contains("c-4", "s-4vcpu-8gb-240gb-intel");
  }

  @Test
  void recommendationsNeverPutTheFrontendOnVercelsHobbyTier() {
    // Vercel's fair use guidelines: Hobby is for non-commercial personal use; Vercel Pro $20 a month per deploying seat
    var wb = Workbook.load();
    assertThat(wb.catalog().item("vercel-hobby").available()).as("the guide's own plans keep it").isTrue();
    assertThat(wb.buying().item("vercel-hobby").available()).isFalse();
    assertThat(wb.buying().item("vercel-pro").monthlyUnitUsd()).isEqualTo(20);
    var engine = sizing.plan.DecisionEngine.of(wb.buying(), wb.terms().get("on-demand"), wb.model());
    assertThat(engine.candidates()).isNotEmpty().noneSatisfy(c ->
        assertThat(c.plan().lines()).anySatisfy(l -> assertThat(l.item()).isEqualTo("vercel-hobby")));
    assertThat(engine.candidates()).anySatisfy(c ->
        assertThat(c.plan().lines()).anySatisfy(l -> assertThat(l.item()).isEqualTo("vercel-pro")));
  }

  @Test
  void theAuditFlagsTheGuidesHobbyFrontendAndNamesTheTierABusinessBuys() {
    var f = Audit.ofGuide().findings().stream().filter(x -> x.claim().id().equals("s3b-frontend-price"))
        .findFirst().orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    assertThat(f.why()).contains("non-commercial personal use").contains("vercel-pro at $20.00");
  }
}
