package sizing.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an Excel workbook of one sheet, laid out to be read: the header row bold,
 * frozen and filtered; money ({@code *_usd} columns) as {@code $#,##0.00}, percentages ({@code
 * *_pct}, which hold percent, e.g. 99.9) as {@code 0.00"%"}, numbers of users as {@code #,##0};
 * each column as wide as its header or its widest value in the first {@value #WIDTH_ROWS} rows.
 * The file is SpreadsheetML written directly (ECMA-376 Part 1, "Office Open XML File Formats":
 * SpreadsheetML §18.3 worksheets, §18.8 styles), a row at a time, so a sheet of a million rows
 * needs no workbook object in memory and no spreadsheet library at run time.
 */
public final class Xlsx {
  /** The money format: dollars with thousands separated and cents. */
  public static final String MONEY = "$#,##0.00";

  /** The percent format for columns that hold percent (99.9 shows as 99.90%). */
  public static final String PERCENT = "0.00\"%\"";

  /** The format of counts of users: whole numbers, thousands separated. */
  public static final String COUNT = "#,##0";

  /** How many rows the column widths are measured on. */
  static final int WIDTH_ROWS = 1000;

  /** The widest column, in characters. */
  static final int MAX_WIDTH = 60;

  // cellXfs indexes in styles.xml, in the order written there
  private static final int HEADER = 1;
  private static final int MONEY_STYLE = 2;
  private static final int PERCENT_STYLE = 3;
  private static final int COUNT_STYLE = 4;

  private Xlsx() {}

  /** The workbook's bytes: one sheet named after {@code table}. */
  public static byte[] bytes(Table table) {
    var out = new ByteArrayOutputStream();
    write(table, out);
    return out.toByteArray();
  }

  /** Writes the workbook to {@code out}, which it does not close. */
  public static void write(Table table, OutputStream out) {
    try {
      var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", ROOT_RELS);
      entry(zip, "xl/workbook.xml", workbook(sheetName(table.name())));
      entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
      entry(zip, "xl/styles.xml", styles());
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      var w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      sheet(table, w);
      w.flush();
      zip.closeEntry();
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Excel workbook: " + e.getMessage(), e);
    }
  }

  /** The style a column's cells take from its name: money, percent, count of users, or none. */
  static int style(Column<?> column) {
    if (!(column instanceof NumericColumn<?>)) {
      return 0;
    }
    var name = column.name().toLowerCase(Locale.ROOT);
    if (name.endsWith("_usd") || name.endsWith("_usd_goal")) {
      return MONEY_STYLE;
    }
    if (name.endsWith("_pct") || name.endsWith("_pct_goal")) {
      return PERCENT_STYLE;
    }
    if (name.endsWith("users")) {
      return COUNT_STYLE;
    }
    return 0;
  }

  private static void sheet(Table t, Writer w) throws IOException {
    int columns = t.columnCount();
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    w.write("<sheetViews><sheetView workbookViewId=\"0\">"
        + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>");
    if (columns > 0) {
      w.write("<cols>");
      for (int c = 0; c < columns; c++) {
        w.write(String.format(Locale.ROOT, "<col min=\"%d\" max=\"%d\" width=\"%d\" customWidth=\"1\"/>", c + 1, c + 1,
            width(t.column(c))));
      }
      w.write("</cols>");
    }
    w.write("<sheetData>");
    w.write("<row r=\"1\">");
    for (int c = 0; c < columns; c++) {
      inline(w, ref(c, 1), HEADER, t.column(c).name());
    }
    w.write("</row>");
    int[] styles = new int[columns];
    for (int c = 0; c < columns; c++) {
      styles[c] = style(t.column(c));
    }
    for (int r = 0; r < t.rowCount(); r++) {
      w.write("<row r=\"" + (r + 2) + "\">");
      for (int c = 0; c < columns; c++) {
        var col = t.column(c);
        if (col.isMissing(r)) {
          continue;
        }
        String ref = ref(c, r + 2);
        if (col instanceof NumericColumn<?> n) {
          double v = n.getDouble(r);
          if (Double.isFinite(v)) {
            w.write("<c r=\"" + ref + "\"" + (styles[c] == 0 ? "" : " s=\"" + styles[c] + "\"") + "><v>" + number(v) + "</v></c>");
          }
        } else if (col instanceof BooleanColumn b) {
          w.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (b.get(r) ? 1 : 0) + "</v></c>");
        } else {
          inline(w, ref, 0, col.getString(r));
        }
      }
      w.write("</row>");
    }
    w.write("</sheetData>");
    if (columns > 0) {
      w.write("<autoFilter ref=\"A1:" + ref(columns - 1, Math.max(1, t.rowCount() + 1)) + "\"/>");
    }
    w.write("</worksheet>");
  }

  /** A column's width in characters: its header or widest value as shown, plus room for the filter button. */
  static int width(Column<?> column) {
    int widest = column.name().length() + 3;
    int style = style(column);
    for (int r = 0; r < Math.min(column.size(), WIDTH_ROWS); r++) {
      if (column.isMissing(r)) {
        continue;
      }
      int len;
      if (column instanceof NumericColumn<?> n) {
        double v = n.getDouble(r);
        len = switch (style) {
          case MONEY_STYLE -> String.format(Locale.ROOT, "$%,.2f", v).length();
          case PERCENT_STYLE -> String.format(Locale.ROOT, "%.2f%%", v).length();
          case COUNT_STYLE -> String.format(Locale.ROOT, "%,.0f", v).length();
          default -> number(v).length();
        };
      } else {
        len = column.getString(r).length();
      }
      widest = Math.max(widest, len + 1);
    }
    return Math.min(MAX_WIDTH, widest + 1);
  }

  private static void inline(Writer w, String ref, int style, String text) throws IOException {
    w.write("<c r=\"" + ref + "\" t=\"inlineStr\"" + (style == 0 ? "" : " s=\"" + style + "\"") + "><is><t xml:space=\"preserve\">"
        + escape(text) + "</t></is></c>");
  }

  /** {@code A1}-style reference of column {@code c} (0-based) in row {@code row} (1-based). */
  static String ref(int c, int row) {
    var letters = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString() + row;
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** XML text: markup characters escaped, characters XML 1.0 forbids dropped. */
  static String escape(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }

  /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}, not empty. */
  static String sheetName(String name) {
    var s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    s = s.isEmpty() ? "Sheet1" : s;
    return s.length() > 31 ? s.substring(0, 31) : s;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String workbook(String sheet) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\"" + escape(sheet) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  }

  /** Fonts: regular, bold. Cell formats: default, header (bold), money, percent, count, as the constants above. */
  private static String styles() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"" + escape(MONEY) + "\"/>"
        + "<numFmt numFmtId=\"165\" formatCode=\"" + escape(PERCENT) + "\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"5\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        // 3 is Excel's built-in #,##0
        + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";
  }

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      + "</Types>";

  private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      + "Target=\"xl/workbook.xml\"/></Relationships>";

  private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      + "Target=\"worksheets/sheet1.xml\"/>"
      + "<Relationship Id=\"rId2\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
      + "</Relationships>";
}
