package sizing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;
import sizing.data.DataException;
import sizing.data.Workbook;

/** Each kind of bad claims file gets one message naming the file, the line and the field. */
class ClaimLoaderTest {
  static final Workbook WB = Workbook.load();
  static final String HEADER = String.join(",", ClaimLoader.COLUMNS);
  static final String GOOD = "a,Sec,\"Total: $84\",84,,usd,,total,scenario=pov,guide §Sec,2025-11-07";

  @TempDir Path dir;

  Path write(String... lines) throws IOException {
    return TestFiles.write(dir.resolve("claims.csv"), lines);
  }

  @Test
  void aGoodRowLoads() throws IOException {
    var claims = ClaimLoader.read(write(HEADER, GOOD), WB);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.check()).isInstanceOf(Check.Total.class);
      assertThat(c.guide()).isEqualTo(Interval.of(84));
    });
  }

  @Test
  void unknownCheckListsTheKinds() throws IOException {
    var f = write(HEADER, GOOD.replace(",total,", ",sum,"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB)).isInstanceOf(DataException.class)
        .hasMessageStartingWith(f + ":2: field 'check': unknown check 'sum' (valid: total, budget, term,");
  }

  @Test
  void unknownScenarioListsTheScenarios() throws IOException {
    var f = write(HEADER, GOOD.replace("scenario=pov", "scenario=huge"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessageStartingWith(f + ":2: field 'params': scenario=huge is not in data/scenarios/scenarios.csv (valid: pov, ");
  }

  @Test
  void itemNotInTheCatalogIsNamed() throws IOException {
    var f = write(HEADER, GOOD.replace("scenario=pov", "items=s-9vcpu-9gb*2"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'params': items: 's-9vcpu-9gb' is not in the price catalog guide-catalog.csv (check total)");
  }

  @Test
  void paramsThatAreNotKeyValueAreRejected() throws IOException {
    var f = write(HEADER, GOOD.replace("scenario=pov", "scenario pov"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'params': 'scenario pov' is not key=value (check total)");
  }

  @Test
  void unusedParamsAreRejected() throws IOException {
    var f = write(HEADER, GOOD.replace("scenario=pov", "scenario=pov;colour=red"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'params': unknown or unused colour (check total)");
  }

  @Test
  void unitMustBeTheOneTheCheckComputes() throws IOException {
    var f = write(HEADER, GOOD.replace(",usd,", ",gb,"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'unit': is 'gb'; a total check of these params is in 'usd'");
  }

  @Test
  void aCheckedClaimNeedsTheGuidesFigure() throws IOException {
    var f = write(HEADER, GOOD.replace(",84,,usd,", ",,,usd,"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'guide_low': is empty; a total check compares against the guide's figure");
  }

  @Test
  void guideRangeMustNotRunBackwards() throws IOException {
    var f = write(HEADER, GOOD.replace(",84,,usd,", ",84,48,usd,"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'guide_high': is 48; it must not be below guide_low 84");
  }

  @Test
  void duplicateIdNamesTheFirstLine() throws IOException {
    var f = write(HEADER, GOOD, GOOD);
    assertThatThrownBy(() -> ClaimLoader.read(f, WB)).hasMessage(f + ":3: field 'id': 'a' appears twice (first on line 2)");
  }

  @Test
  void badRangeInParamsIsNamed() throws IOException {
    var f = write(HEADER, "b,Sec,t,15,20,per_minute,,rate,users=15-x;metric=llm_calls,guide §Sec,2025-11-07");
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'params': users: '15-x' is not a number or a range LOW-HIGH (check rate)");
  }

  @Test
  void rangesMustNameAnotherClaim() throws IOException {
    var f = write(HEADER, "b,Sec,t,15,20,users,,ranges,other=nope;relation=contains,guide §Sec,2025-11-07");
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'params': other=nope is not a claim id in claims.csv");
  }

  @Test
  void allocationPartInsideAnUnknownPartIsNamed() throws IOException {
    var f = write(HEADER,
        "b,Sec,t,8,,gb,,allocation,item=s-4vcpu-8gb-intel;resource=memory;parts=a:2+b:1@c,guide §Sec,2025-11-07");
    assertThatThrownBy(() -> ClaimLoader.read(f, WB))
        .hasMessage(f + ":2: field 'params': parts: part 'b' is inside 'c', which is not a part (check allocation)");
  }

  @Test
  void badApproxAndDateAreNamed() throws IOException {
    var f = write(HEADER, GOOD.replace(",usd,,", ",usd,maybe,"));
    assertThatThrownBy(() -> ClaimLoader.read(f, WB)).hasMessage(f + ":2: field 'approx': is 'maybe' (valid: yes, no)");
    var g = write(HEADER, GOOD.replace("2025-11-07", "last week"));
    assertThatThrownBy(() -> ClaimLoader.read(g, WB))
        .hasMessage(g + ":2: field 'as_of': is 'last week'; a date like 2025-11-07 is needed");
  }

  @Test
  void missingColumnNamesTheHeader() throws IOException {
    var f = write(HEADER.replace(",params", ""), "x");
    assertThatThrownBy(() -> ClaimLoader.read(f, WB)).hasMessageStartingWith(f + ":1: field 'params': missing column");
  }
}
