package cn.xinfang.platform.grid;

import cn.xinfang.platform.errors.Problems;
import cn.xinfang.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grid events through the API: {@code POST /api/grid/events} (a grid member's report, with an
 * optional photo in base64) and {@code GET /api/grid/events/{eventNo}} (where it stands).
 */
@RestController
class GridController {

  static final Set<String> REPORTERS = Set.of("grid-center", "camunda-admin");
  static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");
  static final int PHOTO_MAX_BYTES = 512 * 1024;
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

  /** A photo: file name, {@code image/jpeg} or {@code image/png}, content in base64. */
  record PhotoUpload(String name, String contentType, String base64) {}

  /** What a grid member reports. */
  record EventReport(
      String location,
      String description,
      Boolean urgent,
      String citizenName,
      String citizenPhone,
      PhotoUpload photo) {}

  private final GridService grid;
  private final GridEvents events;
  private final org.camunda.bpm.engine.TaskService tasks;
  private final org.camunda.bpm.engine.RuntimeService runtime;

  GridController(
      GridService grid,
      GridEvents events,
      org.camunda.bpm.engine.TaskService tasks,
      org.camunda.bpm.engine.RuntimeService runtime) {
    this.grid = grid;
    this.events = events;
    this.tasks = tasks;
    this.runtime = runtime;
  }

  @PostMapping("/api/grid/events")
  ResponseEntity<?> report(@RequestBody EventReport e, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(REPORTERS)) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权操作", "只有网格化服务中心可以上报网格事件");
    }
    List<String> problems = new ArrayList<>();
    required(problems, "事件地点", e.location(), 200);
    required(problems, "事件描述", e.description(), 2000);
    required(problems, "反映人姓名", e.citizenName(), 50);
    if (e.citizenPhone() == null || !PHONE.matcher(e.citizenPhone()).matches()) {
      problems.add("反映人电话格式不正确（11 位手机号或带区号的固定电话）");
    }
    GridService.Photo photo = null;
    if (e.photo() != null) {
      byte[] content = null;
      try {
        content =
            e.photo().base64() == null ? null : Base64.getDecoder().decode(e.photo().base64());
      } catch (IllegalArgumentException notBase64) {
        problems.add("照片内容应为 base64 编码");
      }
      if (!PHOTO_TYPES.contains(e.photo().contentType())) {
        problems.add("照片只能是 JPEG 或 PNG（image/jpeg、image/png）");
      }
      if (content != null && (content.length == 0 || content.length > PHOTO_MAX_BYTES)) {
        problems.add("照片不能为空，也不能超过 512 KB");
      }
      String name =
          e.photo().name() == null || e.photo().name().isBlank() ? "现场照片" : e.photo().name();
      photo = new GridService.Photo(name, e.photo().contentType(), content);
    }
    if (!problems.isEmpty()) {
      ProblemDetail problem =
          Problems.of(HttpStatus.BAD_REQUEST, "填写有误", "网格事件填写有误：" + String.join("；", problems));
      problem.setProperty("errors", problems.stream().map(p -> Map.of("message", p)).toList());
      return ResponseEntity.badRequest().body(problem);
    }
    String eventNo =
        grid.report(
            e.location().strip(),
            e.description().strip(),
            Boolean.TRUE.equals(e.urgent()),
            e.citizenName().strip(),
            e.citizenPhone(),
            user.id(),
            photo);
    return ResponseEntity.created(URI.create("/api/grid/events/" + eventNo)).body(view(eventNo));
  }

  @GetMapping("/api/grid/events/{eventNo}")
  ResponseEntity<?> get(@PathVariable String eventNo, HttpServletRequest http) {
    ApiUser user = ApiUser.of(http);
    if (!user.isInAny(Set.of("grid-center", "supervisors", "managers", "camunda-admin"))) {
      return Problems.answer(HttpStatus.FORBIDDEN, "无权查看", "只有网格化服务中心、督查室和区领导可以查看网格事件");
    }
    if (events.find(eventNo).isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "未找到", "没有网格事件 " + eventNo);
    }
    return ResponseEntity.ok(view(eventNo));
  }

  private Map<String, Object> view(String eventNo) {
    GridEvents.Event e = events.find(eventNo).orElseThrow();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventNo", e.eventNo());
    body.put("location", e.location());
    body.put("urgent", e.urgent());
    body.put("status", e.status());
    body.put("caseNo", e.caseNo());
    body.put("evaluation", e.evaluation());
    body.put("units", events.units(eventNo));
    var instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(eventNo).list().stream()
            .findFirst();
    body.put(
        "photos",
        instance
            .map(
                p ->
                    tasks.getProcessInstanceAttachments(p.getId()).stream()
                        .map(a -> a.getName())
                        .toList())
            .orElse(List.of()));
    return body;
  }

  private static void required(List<String> problems, String label, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add("请填写" + label);
    } else if (value.length() > max) {
      problems.add(label + "不能超过 " + max + " 个字");
    }
  }
}
