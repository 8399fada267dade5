package cn.xinfang.platform.casefile;

import cn.xinfang.platform.deadline.BusinessCalendar;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/** Appends handoffs and decisions to a case's record, stamped with who and when. */
@Service
public class CaseRecord {

  /** The actor of what the platform does by itself (timers, service tasks without a user). */
  public static final String SYSTEM = "系统";

  private final CaseFiles files;
  private final IdentityService identity;
  private final BusinessCalendar calendar;

  CaseRecord(CaseFiles files, IdentityService identity, BusinessCalendar calendar) {
    this.files = files;
    this.identity = identity;
    this.calendar = calendar;
  }

  /** Records an action of the logged-in user, or of {@code fallbackActor} (a task's assignee). */
  public void add(
      String caseNo, String fallbackActor, String unit, CaseAction action, String detail) {
    Authentication auth = identity.getCurrentAuthentication();
    String actor =
        auth != null && auth.getUserId() != null
            ? auth.getUserId()
            : fallbackActor != null ? fallbackActor : SYSTEM;
    files.record(caseNo, new CaseEvent(calendar.now(), actor, unit, action, detail));
  }
}
