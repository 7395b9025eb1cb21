package sizing.narrative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import sizing.data.CsvFile;

/**
 * The report's front page: the notebooks with their titles, and every data file with how many
 * figures it holds, how many distinct sources they cite and the range of their dates.
 */
public final class ReportIndex {
  private ReportIndex() {}

  /** One rendered notebook: its HTML file name, title and first paragraph. */
  public record Page(String file, String title, String summary) {}

  /** One data file's provenance: rows, distinct sources, the earliest and latest as_of. */
  public record DataFile(String path, int rows, int sources, LocalDate earliest, LocalDate latest) {}

  /** Every CSV under {@code dataDir} that has source and as_of columns, in path order. */
  public static List<DataFile> dataFiles(Path dataDir) {
    var out = new ArrayList<DataFile>();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (var f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        var csv = CsvFile.read(f);
        if (!csv.header().contains("source") || !csv.header().contains("as_of")) {
          continue;
        }
        var sources = new TreeSet<String>();
        var dates = new TreeSet<LocalDate>();
        for (var row : csv.rows()) {
          sources.add(row.text("source"));
          if (!row.text("as_of").isEmpty()) {
            dates.add(LocalDate.parse(row.text("as_of")));
          }
        }
        out.add(new DataFile(dataDir.relativize(f).toString(), csv.rows().size(), sources.size(),
            dates.isEmpty() ? null : dates.first(), dates.isEmpty() ? null : dates.last()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The first Markdown heading and the first paragraph after it of a notebook file. */
  public static Page page(Path notebook, String htmlFile) {
    try {
      var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(notebook.toFile());
      for (var cell : root.get("cells")) {
        if (cell.get("cell_type").asText().equals("markdown")) {
          var text = new StringBuilder();
          cell.get("source").forEach(s -> text.append(s.asText()));
          var lines = text.toString().split("\n");
          String title = htmlFile;
          var summary = new StringBuilder();
          for (var line : lines) {
            if (line.startsWith("# ") && title.equals(htmlFile)) {
              title = line.substring(2).strip();
            } else if (!line.isBlank() && !line.startsWith("#")) {
              summary.append(line.strip()).append(' ');
            } else if (summary.length() > 0) {
              break;
            }
          }
          return new Page(htmlFile, title, summary.toString().strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Page(htmlFile, htmlFile, "");
  }

  /** The index page, self-contained HTML. */
  public static String html(List<Page> pages, List<DataFile> data, LocalDate generated) {
    var sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<title>Hosting sizing workbook: report</title>\n<style>")
        .append("body{font-family:DejaVu Sans,Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}")
        .append("td.n{text-align:right}li{margin:.5em 0}</style></head><body>\n")
        .append("<h1>Hosting sizing workbook</h1>\n<p>Where to host the AI customer-service stack on DigitalOcean, ")
        .append("and what it costs. Every figure in these pages is computed from the data files listed below; ")
        .append("the pages were generated on ").append(generated).append(" by executing each notebook.</p>\n")
        .append("<h2>Notebooks</h2>\n<ol>\n");
    for (var p : pages) {
      sb.append("<li><a href=\"").append(escape(p.file())).append("\">").append(escape(p.title())).append("</a><br>")
          .append(escape(p.summary())).append("</li>\n");
    }
    sb.append("</ol>\n<h2>Where the numbers come from</h2>\n<p>Each row of each data file names its source and the date ")
        .append("the figure was true (<code>as_of</code>).</p>\n<table><thead><tr><th>data file</th><th>figures</th>")
        .append("<th>distinct sources</th><th>dated from</th><th>to</th></tr></thead><tbody>\n");
    for (var d : data) {
      sb.append("<tr><td><code>data/").append(escape(d.path())).append("</code></td><td class=\"n\">").append(d.rows())
          .append("</td><td class=\"n\">").append(d.sources()).append("</td><td>").append(d.earliest() == null ? "" : d.earliest())
          .append("</td><td>").append(d.latest() == null ? "" : d.latest()).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n</body></html>\n");
    return sb.toString();
  }

  static String escape(String s) {
    return sizing.io.SafeText.html(s);
  }
}
