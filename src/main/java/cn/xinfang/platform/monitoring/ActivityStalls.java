package cn.xinfang.platform.monitoring;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.system.DateRange;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where cases stall (卡点), per activity of a process over all its versions, from the engine's
 * history: how many instances wait there now, how many of those are overdue (a user task past its
 * due date; any other wait state while its case has an overdue unit part), and the median time
 * spent there by the activity instances that ended in the period.
 */
@Service
public class ActivityStalls {

  /** The processes the diagram overlay is offered on. */
  public static final Set<String> PROCESSES =
      Set.of("petition", "department-handling", "supervision", "case-ownership");

  /**
   * Where a case can wait (the engine's activity types): tasks, called processes and catching
   * events; gateways, start and end events and service tasks pass in an instant.
   */
  static final List<String> WAIT_STATES =
      List.of(
          "userTask",
          "callActivity",
          "receiveTask",
          "intermediateTimer",
          "intermediateMessageCatch",
          "intermediateSignalCatch",
          "intermediateConditional",
          "eventBasedGateway");

  public record Stall(
      String activityId,
      int waiting,
      int overdue,
      BigDecimal overdueShare,
      BigDecimal medianHours) {}

  private final JdbcClient jdbc;
  private final RepositoryService repository;
  private final BusinessCalendar calendar;
  private final OverdueParts overdueParts;

  ActivityStalls(
      JdbcClient jdbc,
      RepositoryService repository,
      BusinessCalendar calendar,
      OverdueParts overdueParts) {
    this.jdbc = jdbc;
    this.repository = repository;
    this.calendar = calendar;
    this.overdueParts = overdueParts;
  }

  /** The key of the definition, if it is one of {@link #PROCESSES}. */
  public java.util.Optional<String> keyOf(String processDefinitionId) {
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionId(processDefinitionId)
            .singleResult();
    return definition == null || !PROCESSES.contains(definition.getKey())
        ? java.util.Optional.empty()
        : java.util.Optional.of(definition.getKey());
  }

  public List<Stall> of(String processKey, DateRange period) {
    List<String> definitions =
        repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list().stream()
            .map(ProcessDefinition::getId)
            .toList();
    if (definitions.isEmpty()) {
      return List.of();
    }
    Set<String> overdueCases = overdueParts.overdueCases();
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Map<String, int[]> waiting = new TreeMap<>();
    jdbc.sql(
            """
            select a.act_id_, a.act_type_, p.business_key_, t.due_date_
            from act_hi_actinst a
            join act_hi_procinst p on p.id_ = a.proc_inst_id_
            left join act_ru_task t on t.id_ = a.task_id_
            where a.proc_def_id_ in (:definitions) and a.end_time_ is null
              and a.act_type_ in (:waitStates)
            """)
        .param("definitions", definitions)
        .param("waitStates", WAIT_STATES)
        .query(
            rs -> {
              int[] counts = waiting.computeIfAbsent(rs.getString(1), id -> new int[2]);
              counts[0]++;
              Timestamp due = rs.getTimestamp(4);
              boolean overdue =
                  "userTask".equals(rs.getString(2))
                      ? due != null && due.before(now)
                      : overdueCases.contains(rs.getString(3));
              if (overdue) {
                counts[1]++;
              }
            });
    Map<String, List<Long>> durations = new HashMap<>();
    jdbc.sql(
            """
            select act_id_, duration_ from act_hi_actinst
            where proc_def_id_ in (:definitions) and end_time_ >= :start and end_time_ < :end
              and duration_ is not null and act_type_ in (:waitStates)
            """)
        .param("definitions", definitions)
        .param("waitStates", WAIT_STATES)
        .param("start", new Timestamp(Date.from(period.start(calendar.zone())).getTime()))
        .param("end", new Timestamp(Date.from(period.end(calendar.zone())).getTime()))
        .query(
            rs -> {
              durations
                  .computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                  .add(rs.getLong(2));
            });
    Set<String> activities = new java.util.TreeSet<>(waiting.keySet());
    activities.addAll(durations.keySet());
    List<Stall> stalls = new ArrayList<>();
    for (String activity : activities) {
      int[] counts = waiting.getOrDefault(activity, new int[2]);
      stalls.add(
          new Stall(
              activity,
              counts[0],
              counts[1],
              UnitKpis.percent(counts[1], counts[0]),
              Medians.of(durations.getOrDefault(activity, List.of()), 3_600_000)));
    }
    return stalls;
  }
}
