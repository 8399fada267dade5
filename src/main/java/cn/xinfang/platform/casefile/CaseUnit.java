package cn.xinfang.platform.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One responsible unit's part of a case with its statutory dates. A unit that returned the case and
 * later gets it back has a second part ({@code episode} 2), so both stay on the record. A
 * provisional deadline was counted through a year without holiday data.
 */
public record CaseUnit(
    String unit,
    int episode,
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
    int extendedDays,
    boolean acceptDeadlineProvisional,
    boolean objectionDeadlineProvisional,
    boolean handlingDeadlineProvisional) {}
