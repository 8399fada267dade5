package cn.xinfang.platform.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Days off and make-up working days (调休) from {@code config/holidays/{year}.json} (holiday-cn
 * format). A year without a file counts weekends only; such years are remembered and reported.
 */
public class HolidayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendar.class);

  private final Map<LocalDate, Boolean> offDays;
  private final SortedSet<Integer> years;
  private final Set<Integer> missingYearsUsed = new ConcurrentSkipListSet<>();

  HolidayCalendar(Map<LocalDate, Boolean> offDays, Set<Integer> years) {
    this.offDays = Map.copyOf(offDays);
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
  }

  /** Reads every {@code *.json} in the folder; a missing folder means no holiday data at all. */
  public static HolidayCalendar load(Path folder) {
    Map<LocalDate, Boolean> offDays = new HashMap<>();
    Set<Integer> years = new TreeSet<>();
    if (!Files.isDirectory(folder)) {
      LOG.warn("节假日数据目录不存在：{}，期限只按周末计算", folder.toAbsolutePath());
      return new HolidayCalendar(offDays, years);
    }
    ObjectMapper json = new ObjectMapper();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
      for (Path file : files) {
        JsonNode root = json.readTree(file.toFile());
        years.add(root.path("year").asInt());
        for (JsonNode day : root.path("days")) {
          offDays.put(LocalDate.parse(day.path("date").asText()), day.path("isOffDay").asBoolean());
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "节假日数据有误（" + folder.toAbsolutePath() + "）：" + e.getMessage(), e);
    }
    LOG.info("已读取节假日数据：{} 年", years);
    return new HolidayCalendar(offDays, years);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (!years.contains(day.getYear()) && missingYearsUsed.add(day.getYear())) {
      LOG.warn("{} 年没有节假日数据（config/holidays/{}.json），该年的期限只按周末计算", day.getYear(), day.getYear());
    }
    Boolean off = offDays.get(day);
    if (off != null) {
      return !off;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  public SortedSet<Integer> years() {
    return years;
  }

  /** Years a deadline was counted in without holiday data. */
  public SortedSet<Integer> missingYearsUsed() {
    return new TreeSet<>(missingYearsUsed);
  }
}
