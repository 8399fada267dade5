package cn.xinfang.platform.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV export that Excel opens as is: UTF-8 with a byte order mark, Chinese headers, every cell
 * quoted (RFC 4180), lines ending CRLF, and a Chinese file name with an ASCII fallback.
 */
public final class ExcelCsv {

  private ExcelCsv() {}

  public static ResponseEntity<byte[]> answer(
      String asciiName, String chineseName, List<String> headers, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, headers);
    rows.forEach(row -> line(csv, row));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + asciiName
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(chineseName, StandardCharsets.UTF_8).replace("+", "%20"))
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(String.join(",", cells.stream().map(ExcelCsv::cell).toList())).append("\r\n");
  }

  /**
   * A text an official typed may start like a formula ({@code =HYPERLINK(…)}); Excel would run it,
   * so such a cell is written with a leading apostrophe and Excel reads it as text (OWASP's
   * advice).
   */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
