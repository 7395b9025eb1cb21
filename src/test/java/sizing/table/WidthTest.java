package sizing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Text fitted to a width: nothing wider, nothing lost, and a table that fits printed as before. */
class WidthTest {

  @Property
  void linesFitTheWidthAndLoseNoCharacter(
      @ForAll @StringLength(max = 300) @Chars({'a', 'B', '1', ' ', '+', '-', ',', ';', '/', ':', '$', '.'}) String text,
      @ForAll @IntRange(min = 1, max = 80) int width) {
    var lines = Width.lines(text, width);
    assertThat(lines).allMatch(l -> l.length() <= width);
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
  }

  @Test
  void planNamesBreakAfterAPlusAndProseAtASpace() {
    assertThat(Width.lines("lb:2xs-8vcpu-16gb+db:db-s-4vcpu-8gb+fe:vercel-hobby", 30))
        .containsExactly("lb:2xs-8vcpu-16gb+", "db:db-s-4vcpu-8gb+", "fe:vercel-hobby");
    assertThat(Width.lines("costs $2,316.00/month in all", 12)).containsExactly("costs", "$2,316.00/", "month in all");
  }

  @Test
  void wrapKeepsTheIndentOfAListItem() {
    var w = Width.of(40);
    assertThat(w.wrap("- single droplet: nearest single:s-16vcpu-32gb misses backend_cpu"))
        .isEqualTo("- single droplet: nearest\n  single:s-16vcpu-32gb misses\n  backend_cpu");
    assertThat(new Width(40, true).wrap("x ".repeat(50))).isEqualTo("x ".repeat(50));
  }

  @Test
  void aLineMostlyIndentStillFits() {
    var wrapped = Width.of(40).wrap(" ".repeat(35) + "x".repeat(30) + " y");
    assertThat(wrapped.lines()).allMatch(l -> l.length() <= 40);
    assertThat(wrapped.replaceAll("\\s", "")).isEqualTo("x".repeat(30) + "y");
  }

  @Test
  void theWidthComesFromColumnsElseOneHundred() {
    assertThat(Width.fromEnvironment(Map.of("COLUMNS", "120"), false).columns()).isEqualTo(120);
    assertThat(Width.fromEnvironment(Map.of(), false).columns()).isEqualTo(Width.DEFAULT);
    assertThat(Width.fromEnvironment(Map.of("COLUMNS", "7"), false).columns()).isEqualTo(Width.DEFAULT);
    assertThat(Width.fromEnvironment(Map.of("COLUMNS", "wide"), true)).isEqualTo(new Width(100, true));
  }

  @Test
  void aTableWiderThanTheWidthFitsAndShowsEveryValueInFull() {
    var rows = List.of("lb:2xs-8vcpu-16gb+db:db-s-4vcpu-8gb+fe:vercel-hobby", "single:s-4vcpu-8gb");
    var grid = Grid.of("t", Grid.text("plan", rows, r -> r), Grid.numbers("total_monthly_usd", rows, r -> 113_076),
        Grid.text("title", rows, r -> "A long title that says what the plan is, in words, for people " + r.length()));
    var text = Render.text(grid, Width.of(60));
    assertThat(text.lines()).allMatch(l -> l.length() <= 60);
    assertThat(text).contains("lb:2xs-8vcpu-16gb+", "db:db-s-4vcpu-8gb+", "fe:vercel-hobby", "113,076.00", "people 51");
    assertThat(Render.text(grid, Width.of(400))).isEqualTo(Render.text(grid));
    assertThat(Render.text(grid, new Width(60, true))).isEqualTo(Render.text(grid));
  }
}
