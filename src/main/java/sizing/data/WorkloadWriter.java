package sizing.data;

import java.util.List;
import sizing.model.Workload;

/**
 * Writes a workload in the format {@link ModelLoader#workload} reads ({@code
 * data/workloads/guide.csv}): {@code parameter, value, low, high, unit, source, as_of}, one row per
 * parameter in the workload's order, numbers as plain decimals, an unset value empty, fields quoted
 * as {@link CsvFile#field} does. Comment lines ({@code #}), which the reader skips, may go first.
 */
public final class WorkloadWriter {
  private WorkloadWriter() {}

  /** The CSV text: each of {@code comments} as a {@code # } line, the header, then the parameters. */
  public static String csv(Workload workload, List<String> comments) {
    var sb = new StringBuilder();
    for (var c : comments) {
      for (var line : c.split("\\R", -1)) {
        sb.append(line.isEmpty() ? "#" : "# " + line).append('\n');
      }
    }
    sb.append("parameter,value,low,high,unit,source,as_of\n");
    for (var p : workload.parameters().values()) {
      var fields = List.of(p.name(), CatalogWriter.number(p.value()), CatalogWriter.number(p.low()),
          CatalogWriter.number(p.high()), p.unit(), p.provenance().source(), p.provenance().asOf().toString());
      sb.append(String.join(",", fields.stream().map(CsvFile::field).toList())).append('\n');
    }
    return sb.toString();
  }
}
