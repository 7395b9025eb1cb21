package sizing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Grids print and write CSV as Tablesaw's tables do (Tablesaw's own CSV writer is the reference),
 * their CSV reads back cell for cell with an independent RFC 4180 parser (univocity, on the class
 * path through tablesaw-core), and they convert to Tablesaw tables and back without changing what is
 * shown.
 */
class GridTest {

  // ---------------------------------------------------------------- generators

  /**
   * Text as the workbook writes it: commas and line breaks inside, no quotes and no spaces at the
   * edges (Tablesaw's writer trims those and leaves quotes unescaped; the writer here does not).
   */
  private static Arbitrary<String> plainText() {
    return Arbitraries.strings().withChars("abcXYZ019 .,+-/()$%\n").ofMaxLength(12)
        .filter(s -> s.isEmpty() || (!Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(s.length() - 1))));
  }

  /** Any text, quotes, edge spaces, comment signs and carriage returns included. */
  private static Arbitrary<String> anyText() {
    return Arbitraries.strings().withChars("ab \",#\n\r;|").ofMaxLength(10);
  }

  private static Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e9, 1e9),
        Arbitraries.of(0.0, -0.0, 1e-7, 1e21, 99.89000999999999, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY));
  }

  private static Arbitrary<Grid> grids(Arbitrary<String> text) {
    return Arbitraries.integers().between(0, 6).flatMap(rows -> {
      Arbitrary<Grid.Column> column = Arbitraries.integers().between(0, 3).flatMap(kind -> switch (kind) {
        case 0 -> text.list().ofSize(rows).map(v -> (Grid.Column) new Grid.Text("t", v));
        case 1 -> numbers().list().ofSize(rows).map(v -> (Grid.Column) new Grid.Numbers("n",
            v.stream().mapToDouble(Double::doubleValue).toArray()));
        case 2 -> Arbitraries.integers().between(-100_000, 100_000).list().ofSize(rows)
            .map(v -> (Grid.Column) new Grid.Counts("c", v.stream().mapToInt(Integer::intValue).toArray()));
        default -> Arbitraries.of(true, false).list().ofSize(rows).map(v -> {
          var b = new boolean[v.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = v.get(i);
          }
          return (Grid.Column) new Grid.Flags("f", b);
        });
      });
      return column.list().ofMinSize(1).ofMaxSize(5).map(GridTest::named);
    });
  }

  /** Unique names with units, so the display formats (money, percentages, counts) all take part. */
  private static Grid named(List<Grid.Column> columns) {
    var units = List.of("_usd", "_pct", "_seconds", "_users", "");
    var renamed = new ArrayList<Grid.Column>();
    for (int i = 0; i < columns.size(); i++) {
      var name = columns.get(i).name() + i + units.get(i % units.size());
      var c = columns.get(i);
      renamed.add(c instanceof Grid.Text t ? new Grid.Text(name, t.values())
          : c instanceof Grid.Numbers n ? new Grid.Numbers(name, n.values())
          : c instanceof Grid.Counts k ? new Grid.Counts(name, k.values())
          : new Grid.Flags(name, ((Grid.Flags) c).values()));
    }
    return new Grid("g", renamed);
  }

  @Provide
  Arbitrary<Grid> plainGrids() {
    return grids(plainText());
  }

  @Provide
  Arbitrary<Grid> anyGrids() {
    return grids(anyText());
  }

  // ---------------------------------------------------------------- properties

  @Property(tries = 300)
  void csvIsWhatTablesawsOwnWriterWritesForTheSameTable(@ForAll("plainGrids") Grid grid) {
    var w = new StringWriter();
    grid.toTable().write().csv(w);
    assertThat(Render.csv(grid)).isEqualTo(w.toString());
  }

  @Property(tries = 300)
  void csvReadsBackCellForCellWithAnRfc4180Parser(@ForAll("anyGrids") Grid grid) {
    var settings = new CsvParserSettings();
    settings.getFormat().setLineSeparator("\n");
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setCommentProcessingEnabled(false);
    settings.setSkipEmptyLines(false); // a one-column row with an empty cell is an empty line
    settings.setNormalizeLineEndingsWithinQuotes(false);
    var rows = new CsvParser(settings).parseAll(new java.io.StringReader(Render.csv(grid)));

    assertThat(rows).hasSize(grid.rowCount() + 1);
    assertThat(rows.get(0)).containsExactlyElementsOf(grid.columnNames());
    for (int r = 0; r < grid.rowCount(); r++) {
      for (int c = 0; c < grid.columnCount(); c++) {
        assertThat(rows.get(r + 1)[c]).as("row %d column %d", r, c).isEqualTo(grid.columns().get(c).raw(r));
      }
    }
  }

  @Property(tries = 200)
  void aGridShowsTheSameAsItsTablesawTable(@ForAll("anyGrids") Grid grid) {
    var table = grid.toTable();
    assertThat(Render.text(grid)).isEqualTo(Render.text(table));
    assertThat(Render.markdown(grid)).isEqualTo(Render.markdown(table));
    assertThat(Render.csv(grid)).isEqualTo(Render.csv(table));
  }

  // ---------------------------------------------------------------- examples

  @Test
  void numbersAreRightAlignedAndFormattedByTheirUnit() {
    var g = Grid.of("costs",
        new Grid.Text("plan", List.of("pov", "enterprise")),
        new Grid.Numbers("monthly_usd", new double[] {84, 1234.5}),
        new Grid.Counts("capacity_users", new int[] {17, 1200}),
        new Grid.Numbers("p95_seconds", new double[] {Double.NaN, Double.POSITIVE_INFINITY}));
    assertThat(Render.text(g)).isEqualTo("""
        plan        monthly (USD)  capacity (users)  p95 (s)
        ----------  -------------  ----------------  ---------
        pov                 84.00                17          -
        enterprise       1,234.50             1,200  unbounded
        """);
    assertThat(Render.csv(g)).isEqualTo("""
        plan,monthly_usd,capacity_users,p95_seconds
        pov,84.0,17,
        enterprise,1234.5,1200,Infinity
        """);
  }

  @Test
  void columnsCanBeDroppedAddedAndMoved() {
    var g = Grid.of("g", new Grid.Text("a", List.of("x")), new Grid.Counts("b", new int[] {1}),
        new Grid.Flags("c", new boolean[] {true}));
    assertThat(g.without("b").columnNames()).containsExactly("a", "c");
    assertThat(g.moveLast("a").columnNames()).containsExactly("b", "c", "a");
    assertThat(g.withFirst(new Grid.Text("z", List.of("y"))).columnNames()).containsExactly("z", "a", "b", "c");
    assertThat(g.with(new Grid.Numbers("d", new double[] {2})).columnNames()).containsExactly("a", "b", "c", "d");
    assertThat(g.columnNames()).as("the original is unchanged").containsExactly("a", "b", "c");
  }

  @Test
  void anUnknownColumnIsAnErrorNamingTheColumnsThereAre() {
    var g = Grid.of("plans", new Grid.Text("plan", List.of("pov")));
    assertThatThrownBy(() -> g.without("title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column title in grid plans (columns: plan)");
  }

  @Test
  void columnsOfDifferentLengthsOrWithTheSameNameAreRefused() {
    assertThatThrownBy(() -> Grid.of("g", new Grid.Text("a", List.of("x")), new Grid.Counts("b", new int[] {1, 2})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column b has 2 rows");
    assertThatThrownBy(() -> Grid.of("g", new Grid.Text("a", List.of("x")), new Grid.Counts("a", new int[] {1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two columns named a");
  }

  @Test
  void aGridOwnsItsValues() {
    var values = new double[] {1, 2};
    var n = new Grid.Numbers("n", values);
    values[0] = 99;
    n.values()[1] = 99;
    assertThat(n.number(0)).isEqualTo(1);
    assertThat(n.number(1)).isEqualTo(2);
  }
}
