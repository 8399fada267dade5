package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.system.ExcelCsv;
import cn.xinfang.platform.system.HtmlTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A {@link Report} as a printable HTML page (A4 landscape), as CSV for Excel (UTF-8 with BOM, one
 * section after another) and as XLSX (one sheet per table, written by Apache POI).
 */
@Component
public class ReportFormats {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final TemplateEngine engine = HtmlTemplates.engine("reports/");

  public String html(Report report) {
    return engine.process(
        "report", new Context(Locale.SIMPLIFIED_CHINESE, Map.of("report", report)));
  }

  ResponseEntity<String> htmlAnswer(Report report) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(html(report));
  }

  /**
   * Every table under its title, a blank line between them; the first line is the report's title.
   */
  ResponseEntity<byte[]> csvAnswer(Report report) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of(report.subtitle()));
    for (Report.Table table : report.tables()) {
      lines.add(List.of());
      lines.add(List.of(table.title()));
      lines.add(table.headers());
      lines.addAll(table.rows());
    }
    return ExcelCsv.answer(
        report.fileName() + ".csv", report.title() + ".csv", List.of(report.title()), lines);
  }

  public byte[] xlsx(Report report) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      CellStyle red = book.createCellStyle();
      Font redFont = book.createFont();
      redFont.setColor(IndexedColors.DARK_RED.getIndex());
      red.setFont(redFont);
      red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      for (Report.Table table : report.tables()) {
        // a sheet's name is the table's title without its number: 各单位指标, 超期案件…
        Sheet sheet = book.createSheet(sheetName(table.title()));
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(report.title() + " — " + table.title());
        Row names = sheet.createRow(1);
        for (int c = 0; c < table.headers().size(); c++) {
          names.createCell(c).setCellValue(table.headers().get(c));
          names.getCell(c).setCellStyle(header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
          Row row = sheet.createRow(r + 2);
          List<String> cells = table.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(cells.get(c));
            if (table.redRows().contains(r)) {
              cell.setCellStyle(red);
            }
          }
        }
        sheet.createFreezePane(1, 2);
        for (int c = 0; c < table.headers().size(); c++) {
          sheet.setColumnWidth(c, c == 0 ? 18 * 256 : 12 * 256);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ResponseEntity<byte[]> xlsxAnswer(Report report) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + report.fileName()
                + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(report.title() + ".xlsx", StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .body(xlsx(report));
  }

  private static String sheetName(String title) {
    int mark = title.indexOf('、');
    String name = mark >= 0 ? title.substring(mark + 1) : title;
    return name.replaceAll("[\\\\/?*\\[\\]:]", "").replace("（", "(").replace("）", ")");
  }
}
