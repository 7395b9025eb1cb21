package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import sizing.TestFiles;

/**
 * Hostile data files: every number is checked where it enters, so a value Java alone would read
 * as something else (84d as 84, 0x1p3 as 8, 1e308 as a price that overflows every total) is an
 * error naming the file, the line and the field; files that are not UTF-8 text, or start with a
 * byte-order mark, are handled as InputFiles says.
 */
class HostileDataTest {
  @TempDir Path dir;

  Path write(String name, String... lines) throws IOException {
    return TestFiles.write(dir.resolve(name), lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "84d", "1f", "0x1p3", "1_000", "twelve", "1e400"})
  void aPriceThatIsNotAPlainDecimalNamesFileLineAndField(String price) throws IOException {
    var f = write("c.csv", BadDataTest.HEADER, BadDataTest.GOOD.replace(",12,", "," + price + ","));
    assertThatThrownBy(() -> CatalogLoader.read(f)).isInstanceOf(DataException.class)
        .hasMessageStartingWith(f + ":2: field 'price_usd': is '" + price + "'; a number is needed");
  }

  @ParameterizedTest
  @CsvSource({
    "1e308, 'is 1e308; no figure in a data file may exceed 1,000,000,000 in size'",
    "2000000, 'is 2000000; at most 1,000,000 USD is accepted (a larger figure is taken for a typing error)'"})
  void anAbsurdPriceIsRefusedWithTheLimitStated(String price, String problem) throws IOException {
    var f = write("c.csv", BadDataTest.HEADER, BadDataTest.GOOD.replace(",12,", "," + price + ","));
    assertThatThrownBy(() -> CatalogLoader.read(f)).hasMessage(f + ":2: field 'price_usd': " + problem);
  }

  @Test
  void aFractionOfADropletIsRefusedButAFractionOfAGbIsNot() throws IOException {
    var catalog = CatalogLoader.read(write("c.csv", BadDataTest.HEADER, BadDataTest.GOOD,
        "vol,block_storage,volume,,,,,GB,month,0.1,test fixture,2025-01-01"));
    var heads = write("s.csv", "scenario,title,guide_monthly_usd,source,as_of", "a,A,12,t,2025-01-01");
    var half = write("i.csv", "scenario,item,quantity,role,source,as_of", "a,s-1vcpu-2gb,1.5,all-in-one,t,2025-01-01");
    assertThatThrownBy(() -> ScenarioLoader.read(heads, half, catalog)).hasMessage(half
        + ":2: field 'quantity': is 1.5; a whole number of droplets is needed (only items priced per GB take fractions)");
    var gb = write("j.csv", "scenario,item,quantity,role,source,as_of", "a,s-1vcpu-2gb,1,all-in-one,t,2025-01-01",
        "a,vol,12.5,storage,t,2025-01-01");
    assertThat(ScenarioLoader.read(heads, gb, catalog).get("a").plan().lines()).hasSize(2);
  }

  @Test
  void aWholeNumberFieldRefusesAFraction() throws IOException {
    var f = write("t.csv", "term,months,discount_pct,applies_to,status,source,as_of",
        "on-demand,1,0,,list-price,t,2025-01-01", "1y,12.0,10,droplet,guide-assumption,t,2025-01-01");
    assertThatThrownBy(() -> CommitmentLoader.read(f)).hasMessage(f + ":3: field 'months': is '12.0'; a whole number is needed");
  }

  @Test
  void fractionalOrTooManyUsersInAWorkloadAreRefused() throws IOException {
    var good = Files.readAllLines(DataDir.locate().resolve("workloads/guide.csv"));
    var users = good.stream().filter(l -> l.startsWith("concurrent_users,")).findFirst().orElseThrow();
    int line = good.indexOf(users) + 1;
    var half = dir.resolve("half.csv");
    Files.write(half, good.stream().map(l -> l == users ? "concurrent_users,49.5,20,50,users,t,2025-01-01" : l).toList());
    assertThatThrownBy(() -> ModelLoader.workload(half))
        .hasMessage(half + ":" + line + ": field 'value': is 49.5; concurrent users are a whole number");
    var many = dir.resolve("many.csv");
    Files.write(many, good.stream().map(l -> l == users ? "concurrent_users,50,20,2000000,users,t,2025-01-01" : l).toList());
    assertThatThrownBy(() -> ModelLoader.workload(many)).hasMessage(many + ":" + line
        + ": field 'high': is 2000000; at most 1,000,000 users is accepted (a larger figure is taken for a typing error)");
  }

  @Test
  void aByteOrderMarkBeforeACommentLineIsAccepted() throws IOException {
    var f = dir.resolve("bom.csv");
    Files.write(f, ("\uFEFF# prices I checked\n" + BadDataTest.HEADER + "\n" + BadDataTest.GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(CatalogLoader.read(f).item("s-1vcpu-2gb").priceUsd()).isEqualTo(12);
  }

  @Test
  void aFileThatIsNotUtf8NamesTheFirstBadByte() throws IOException {
    var f = dir.resolve("latin1.csv");
    Files.write(f, (BadDataTest.HEADER + "\n" + BadDataTest.GOOD.replace("small", "caf\u00e9") + "\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    int offset = BadDataTest.HEADER.length() + 1 + BadDataTest.GOOD.indexOf("small") + 3;
    assertThatThrownBy(() -> CatalogLoader.read(f)).isInstanceOf(DataException.class).hasMessage(f
        + ": is not UTF-8 text: byte 0xE9 at byte offset " + offset + " (line 2) is not valid UTF-8; save the file as UTF-8");
  }

  /** OWASP's CSV-injection examples, and text that must keep its own leading quote. */
  @ParameterizedTest
  @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=x", "'=already quoted", "-12.5", "plain, with comma",
      "\"quoted\"", "#not a comment", " padded "})
  void aFieldWrittenByCsvFileFieldIsSafeAndReadsBackUnchanged(String value) throws IOException {
    var written = CsvFile.field(value);
    var cell = written.startsWith("\"") ? written.substring(1) : written;
    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\t");
    if (!value.equals("-12.5")) {
      assertThat(cell).doesNotStartWith("-");
    }
    var f = dir.resolve("round.csv");
    Files.writeString(f, "name,other\n" + written + ",x\n");
    assertThat(CsvFile.read(f, "name").rows().get(0).values().get(0)).isEqualTo(value);
  }
}
