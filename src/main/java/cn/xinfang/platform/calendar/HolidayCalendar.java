package cn.xinfang.platform.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
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
  private final String fingerprint;
  private final Set<Integer> missingYearsUsed = new ConcurrentSkipListSet<>();

  HolidayCalendar(Map<LocalDate, Boolean> offDays, Set<Integer> years, String fingerprint) {
    this.offDays = Map.copyOf(offDays);
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    this.fingerprint = fingerprint;
  }

  /** Reads every {@code *.json} in the folder; a missing folder means no holiday data at all. */
  public static HolidayCalendar load(Path folder) {
    Map<LocalDate, Boolean> offDays = new HashMap<>();
    Set<Integer> years = new TreeSet<>();
    String fingerprint = fingerprint(folder);
    if (!Files.isDirectory(folder)) {
      LOG.warn("节假日数据目录不存在：{}，期限只按周末计算", folder.toAbsolutePath());
      return new HolidayCalendar(offDays, years, fingerprint);
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
    return new HolidayCalendar(offDays, years, fingerprint);
  }

  /** What the folder's {@code *.json} files hold (names and contents), to notice any change. */
  static String fingerprint(Path folder) {
    if (!Files.isDirectory(folder)) {
      return "";
    }
    try (Stream<Path> files = Files.list(folder)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("节假日数据目录无法读取（" + folder.toAbsolutePath() + "）", e);
    }
  }

  String fingerprint() {
    return fingerprint;
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
