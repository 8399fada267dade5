package cn.xinfang.platform.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to a registration: the case number, the process, the petitioner's query code (shown
 * once, stored only as a hash) and the statutory dates known so far. {@code linkedToOpenCase} is
 * true when the petition repeated an open case and was recorded there instead.
 */
public record Registration(
    String caseNo,
    String processInstanceId,
    String queryCode,
    boolean linkedToOpenCase,
    Instant registeredAt,
    LocalDate forwardDeadline) {}
