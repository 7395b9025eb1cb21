package sizing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every kind of check names exactly one of the check records, and every record has its kind. */
class CheckKindTest {

  @Test
  void eachRecordOfCheckHasOneKind() {
    var records = Arrays.stream(Check.class.getPermittedSubclasses()).map(Class::getSimpleName).sorted().toList();
    var kinds = Arrays.stream(Check.Kind.values()).map(k -> k.id().replace("_", "")).sorted().toList();
    assertThat(kinds).isEqualTo(records.stream().map(String::toLowerCase).toList());
  }

  @Test
  void aRecordReportsItsKind() {
    assertThat(new Check.Uncheckable("why").kind()).isEqualTo(Check.Kind.UNCHECKABLE);
    assertThat(new Check.Capacity("pov").kind()).isEqualTo(Check.Kind.CAPACITY);
  }

  @Test
  void anUnknownUnitListsTheUnitsAndEmpty() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Unit.ofId("usd_per_tb"))
        .hasMessage("unknown unit 'usd_per_tb' (valid: usd, usd_per_gb, gb, tb, vcpus, pct, users, seconds, connections, "
            + "per_minute, per_second, per_day, or empty)");
  }
}
