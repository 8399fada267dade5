package cn.xinfang.platform.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** One responsible unit of a case with its statutory dates. */
public record CaseUnit(
    String unit,
    boolean lead,
    UnitStatus status,
    Instant assignedAt,
    LocalDate acceptDeadline,
    LocalDate objectionDeadline,
    LocalDate handlingDeadline,
    int objections,
    boolean buckPassing,
    Instant handlingStartedAt,
    boolean acceptOverdue,
    boolean handlingOverdue,
    int extendedDays) {}
