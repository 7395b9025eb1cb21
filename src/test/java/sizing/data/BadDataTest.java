package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;

/** Each kind of bad data file gets one message naming the file, the line and the field. */
class BadDataTest {
  @TempDir Path dir;

  static final String HEADER =
      "item,category,description,vcpus,memory_gb,disk_gb,transfer_tb,unit,period,price_usd,source,as_of";
  static final String GOOD =
      "s-1vcpu-2gb,droplet,small,1,2,50,2,droplet,month,12,test fixture,2025-01-01";

  Path write(String name, String... lines) throws IOException {
    return TestFiles.write(dir.resolve(name), lines);
  }

  @Test
  void missingColumnNamesTheColumnAndTheHeaderLine() throws IOException {
    var f = write("c.csv", HEADER.replace(",price_usd", ""), "x");
    assertThatThrownBy(() -> CatalogLoader.read(f))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith(f + ":1: field 'price_usd': missing column");
  }

  @Test
  void nonNumericPriceNamesLineAndField() throws IOException {
    var f = write("c.csv", HEADER, GOOD, GOOD.replace("s-1vcpu-2gb", "b").replace(",12,", ",twelve,"));
    assertThatThrownBy(() -> CatalogLoader.read(f))
        .hasMessage(f + ":3: field 'price_usd': is 'twelve'; a number is needed (digits, a decimal point and an exponent, e.g. 12, 0.5 or 1e3)");
  }

  @Test
  void negativePriceNamesLineAndField() throws IOException {
    var f = write("c.csv", HEADER, GOOD.replace(",12,", ",-5,"));
    assertThatThrownBy(() -> CatalogLoader.read(f))
        .hasMessage(f + ":2: field 'price_usd': is -5; it must not be negative");
  }

  @Test
  void duplicateItemNamesBothLines() throws IOException {
    var f = write("c.csv", HEADER, GOOD, GOOD);
    assertThatThrownBy(() -> CatalogLoader.read(f))
        .hasMessage(f + ":3: field 'item': 's-1vcpu-2gb' appears twice (first on line 2)");
  }

  @Test
  void unknownCategoryListsTheValidOnes() throws IOException {
    var f = write("c.csv", HEADER, GOOD.replace(",droplet,small", ",server,small"));
    assertThatThrownBy(() -> CatalogLoader.read(f))
        .hasMessageStartingWith(f + ":2: field 'category': unknown category 'server' (valid: droplet, managed_postgres");
  }

  @Test
  void badDateNamesAsOf() throws IOException {
    var f = write("c.csv", HEADER, GOOD.replace("2025-01-01", "last week"));
    assertThatThrownBy(() -> CatalogLoader.read(f))
        .hasMessage(f + ":2: field 'as_of': is 'last week'; a date like 2025-11-07 is needed");
  }

  @Test
  void wrongFieldCountNamesTheLine() throws IOException {
    var f = write("c.csv", HEADER, GOOD + ",extra");
    assertThatThrownBy(() -> CatalogLoader.read(f)).hasMessage(f + ":2: has 13 fields, the header has 12");
  }

  @Test
  void missingFileSaysSo() {
    var f = dir.resolve("nope.csv");
    assertThatThrownBy(() -> CatalogLoader.read(f)).hasMessage(f + ": no such file");
  }

  @Test
  void scenarioNamingAnItemTheCatalogLacksNamesLineAndField() throws IOException {
    var catalog = CatalogLoader.read(write("c.csv", HEADER, GOOD));
    var heads = write("s.csv", "scenario,title,guide_monthly_usd,source,as_of", "a,A,12,t,2025-01-01");
    var items = write("i.csv", "scenario,item,quantity,role,source,as_of",
        "a,s-1vcpu-2gb,1,all-in-one,t,2025-01-01", "a,s-9vcpu-9gb,1,backend,t,2025-01-01");
    assertThatThrownBy(() -> ScenarioLoader.read(heads, items, catalog))
        .hasMessage(items + ":3: field 'item': 's-9vcpu-9gb' is not in the price catalog c.csv");
  }

  @Test
  void scenarioRoleMustSuitTheItem() throws IOException {
    var catalog = CatalogLoader.read(write("c.csv", HEADER, GOOD));
    var heads = write("s.csv", "scenario,title,guide_monthly_usd,source,as_of", "a,A,12,t,2025-01-01");
    var items = write("i.csv", "scenario,item,quantity,role,source,as_of", "a,s-1vcpu-2gb,1,load-balancer,t,2025-01-01");
    assertThatThrownBy(() -> ScenarioLoader.read(heads, items, catalog))
        .hasMessage(items + ":2: field 'role': 'load-balancer' cannot be played by a droplet item");
  }

  @Test
  void laterCatalogOverridesEarlierItemByItem() throws IOException {
    var base = write("a.csv", HEADER, GOOD, GOOD.replace("s-1vcpu-2gb", "other"));
    var top = write("b.csv", HEADER, GOOD.replace(",12,", ",18,"));
    var c = CatalogLoader.read(List.of(base, top));
    assertThat(c.item("s-1vcpu-2gb").priceUsd()).isEqualTo(18);
    assertThat(c.item("other").priceUsd()).isEqualTo(12);
  }

  @Test
  void bundledDataLoadsCleanly() {
    var wb = Workbook.load(DataDir.locate(), List.of());
    assertThat(wb.terms()).containsKeys("on-demand", "1y", "2y");
    assertThat(wb.catalog().all()).allSatisfy(i -> assertThat(i.provenance().source()).isNotBlank());
  }

  @Test
  void aRangeWhoseHighIsBelowItsLowNamesBothEnds() throws IOException {
    var f = write("r.csv", "low,high", "4,2");
    var row = CsvFile.read(f, "low", "high").rows().get(0);
    assertThatThrownBy(() -> row.notBelow("high", "low", row.nonNegative("low")))
        .hasMessage(f + ":2: field 'high': is 2.0; it must not be below low 4.0");
  }
}
