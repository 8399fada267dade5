package cn.xinfang.platform.monitoring;

import java.util.List;
import java.util.Set;

/**
 * A report as tables of text, so the printable page, the CSV and the XLSX show the same cells.
 *
 * @param title e.g. 信访工作月督查报告（2026年11月）
 * @param subtitle the period, the level and when it was made
 */
public record Report(String title, String subtitle, String fileName, List<Table> tables) {

  /** One table; {@code redRows} are the indexes of rows shown in red (units below a threshold). */
  public record Table(
      String title, List<String> headers, List<List<String>> rows, Set<Integer> redRows) {}
}
