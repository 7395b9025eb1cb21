package sizing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sizing.data.CatalogLoader;
import sizing.data.DataDir;
import sizing.data.Workbook;
import sizing.model.Catalog;

/** The bundled catalog of DigitalOcean's published prices, paired and compared with the guide's. */
class PublishedPricesTest {
  static final Path DATA = DataDir.locate();
  static final Catalog GUIDE = CatalogLoader.read(Workbook.guideCatalog(DATA));
  static final Catalog PUBLISHED = CatalogLoader.read(DATA.resolve("prices/do-published-2023-08.csv"));

  @Test
  void everyPublishedRowNamesDigitalOceanAndADate() {
    assertThat(PUBLISHED.all()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.provenance().source()).contains("DigitalOcean");
      assertThat(i.provenance().asOf()).isNotNull();
    });
  }

  @Test
  void pairsHaveTheSameVcpusAndMemory() {
    assertThat(SameSpec.pairs(GUIDE, PUBLISHED)).filteredOn(SameSpec.Pair::matched).isNotEmpty().allSatisfy(p -> {
      assertThat(p.published().vcpus()).isEqualTo(p.guide().vcpus());
      assertThat(p.published().memoryGb()).isEqualTo(p.guide().memoryGb());
    });
  }

  @Test
  void theGuidesEightGigabyteDropletMeetsBothPublishedFourVcpuEightGigabytePlans() {
    var matched = SameSpec.pairs(GUIDE, PUBLISHED).stream()
        .filter(p -> p.guide().id().equals("s-4vcpu-8gb-intel") && p.matched()).map(p -> p.published().id()).toList();
    assertThat(matched).containsExactlyInAnyOrder("s-4vcpu-8gb-240gb-intel", "s-4vcpu-8gb");
  }

  @Test
  void aGuideDropletNoPublishedPlanMatchesAppearsOnceUnmatched() {
    // the published 32 GB Premium Intel plan has 8 vCPUs, the guide's 32 GB droplet 16
    var pairs = SameSpec.pairs(GUIDE, PUBLISHED).stream().filter(p -> p.guide().id().equals("s-16vcpu-32gb-intel")).toList();
    assertThat(pairs).singleElement().satisfies(p -> assertThat(p.matched()).isFalse());
    assertThat(SameSpec.table(GUIDE, PUBLISHED).rowCount()).isEqualTo(SameSpec.pairs(GUIDE, PUBLISHED).size());
  }

  @Test
  void diffFindsTheOneSharedSlugAtADifferentPriceAndSaysWhichDeploymentsItCannotPrice() {
    var diff = PriceDiff.of(GUIDE, PUBLISHED);
    assertThat(diff.changes()).extracting(c -> c.before().id()).containsExactly("s-2vcpu-4gb");
    var wb = Workbook.load();
    var effects = diff.effects(wb.scenarios().values(), wb.terms().get("on-demand"));
    assertThat(effects).hasSize(wb.scenarios().size());
    var basic = effects.stream().filter(e -> e.scenario().name().equals("pov-basic")).findFirst().orElseThrow();
    assertThat(basic.differenceUsd()).isEqualTo(diff.changes().get(0).changeUsd());
    var pov = effects.stream().filter(e -> e.scenario().name().equals("pov")).findFirst().orElseThrow();
    assertThat(pov.monthlyB()).isNaN();
    assertThat(diff.note(pov)).isEqualTo("do-published-2023-08.csv lacks s-4vcpu-8gb-intel");
  }

  @Test
  void overlaidCatalogPricesEveryDeployment() {
    var diff = PriceDiff.of(GUIDE, GUIDE.overlaidWith(PUBLISHED));
    var wb = Workbook.load();
    assertThat(diff.effects(wb.scenarios().values(), wb.terms().get("on-demand")))
        .allSatisfy(e -> assertThat(e.monthlyB()).isNotNaN());
    assertThat(diff.onlyInB()).extracting(i -> i.id()).contains("s-4vcpu-8gb-240gb-intel");
  }
}
