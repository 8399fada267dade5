package cn.xinfang.platform.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** The case file's head row. */
public record CaseSummary(
    String caseNo,
    String processInstanceId,
    String channel,
    String category,
    String matterType,
    boolean lawRelated,
    String region,
    int headcount,
    String content,
    String hotlineOrderNo,
    CaseStatus status,
    String leadUnit,
    Instant registeredAt,
    String registeredBy,
    LocalDate forwardDeadline,
    boolean forwardOverdue,
    boolean forwardDeadlineProvisional,
    boolean highRisk) {}
