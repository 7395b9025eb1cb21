package sizing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The Excel workbook read back with Apache POI, an independent reader: the values, a bold frozen
 * header, money and percent formats, and columns wide enough for what they hold.
 */
class XlsxTest {
  static Table sample() {
    return Table.create("sweep",
        DoubleColumn.create("concurrent_users", 10, 1250),
        StringColumn.create("plan", "single:s-4vcpu-8gb-intel", "split:1xs-8vcpu-16gb-intel+db:s-1vcpu-2gb & <more>"),
        DoubleColumn.create("monthly_usd", 84, 1234.5),
        BooleanColumn.create("feasible", true, false),
        DoubleColumn.create("availability_pct", 99.9, Double.NaN),
        DoubleColumn.create("p95_seconds", 14.52, 30.125));
  }

  static XSSFSheet read(Table t) throws IOException {
    var workbook = new XSSFWorkbook(new ByteArrayInputStream(Xlsx.bytes(t)));
    assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
    return workbook.getSheetAt(0);
  }

  @Test
  void everyValueReadsBackAsWrittenAndMissingOnesAsEmpty() throws IOException {
    var t = sample();
    var sheet = read(t);
    assertThat(sheet.getSheetName()).isEqualTo(t.name());
    assertThat(sheet.getLastRowNum()).isEqualTo(t.rowCount());
    for (int c = 0; c < t.columnCount(); c++) {
      assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(t.column(c).name());
    }
    for (int r = 0; r < t.rowCount(); r++) {
      var row = sheet.getRow(r + 1);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(t.doubleColumn(0).get(r));
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(t.stringColumn(1).get(r));
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(t.doubleColumn(2).get(r));
      assertThat(row.getCell(3).getBooleanCellValue()).isEqualTo(t.booleanColumn(3).get(r));
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(t.doubleColumn(5).get(r));
    }
    assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(99.9);
    var missing = sheet.getRow(2).getCell(4);
    assertThat(missing == null || missing.getCellType() == CellType.BLANK).isTrue();
  }

  @Test
  void theHeaderIsBoldAndFrozenWithAFilter() throws IOException {
    var sheet = read(sample());
    for (var cell : sheet.getRow(0)) {
      assertThat(sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as(cell.getStringCellValue()).isTrue();
    }
    assertThat(sheet.getWorkbook().getFontAt(sheet.getRow(1).getCell(2).getCellStyle().getFontIndex()).getBold()).isFalse();
    var pane = sheet.getPaneInformation();
    assertThat(pane).isNotNull();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
  }

  @Test
  void moneyPercentAndUsersHaveTheirFormatsAndOtherNumbersNone() throws IOException {
    var sheet = read(sample());
    var row = sheet.getRow(1);
    assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo(Xlsx.MONEY).isEqualTo("$#,##0.00");
    assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo(Xlsx.PERCENT).isEqualTo("0.00\"%\"");
    assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo(Xlsx.COUNT).isEqualTo("#,##0");
    assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("General");
  }

  @Test
  void eachColumnIsAsWideAsItsHeaderOrWidestValue() throws IOException {
    var t = sample();
    var sheet = read(t);
    for (int c = 0; c < t.columnCount(); c++) {
      // POI reports width in 1/256 of a character
      double chars = sheet.getColumnWidth(c) / 256.0;
      assertThat(chars).as(t.column(c).name()).isGreaterThanOrEqualTo(t.column(c).name().length() + 1);
    }
    assertThat(sheet.getColumnWidth(1) / 256.0).isGreaterThanOrEqualTo(t.stringColumn(1).get(1).length());
    // "$1,234.50" is nine characters
    assertThat(sheet.getColumnWidth(2) / 256.0).isGreaterThanOrEqualTo(9);
  }

  @Test
  void aLongTextColumnIsCappedAndABadSheetNameMadeValid() throws IOException {
    var t = Table.create("a/b:c*d?[e]f that is far too long for Excel", StringColumn.create("note", "x".repeat(500)));
    var sheet = read(t);
    assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain("/", ":", "*", "?", "[", "]");
    assertThat(sheet.getColumnWidth(0) / 256).isEqualTo(Xlsx.MAX_WIDTH);
    assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).hasSize(500);
  }

  @Test
  void referencesRunPastZ() {
    assertThat(Xlsx.ref(0, 1)).isEqualTo("A1");
    assertThat(Xlsx.ref(25, 2)).isEqualTo("Z2");
    assertThat(Xlsx.ref(26, 3)).isEqualTo("AA3");
    assertThat(Xlsx.ref(701, 4)).isEqualTo("ZZ4");
    assertThat(Xlsx.ref(702, 5)).isEqualTo("AAA5");
  }
}
