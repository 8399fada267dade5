package cn.xinfang.platform.casefile;

import cn.xinfang.platform.calendar.Deadline;
import java.time.Instant;
import java.util.List;

/** What registration writes into a new case file. */
public record NewCase(
    String caseNo,
    String queryCodeHash,
    String channel,
    String category,
    String matterType,
    boolean lawRelated,
    String region,
    int headcount,
    String content,
    String hotlineOrderNo,
    List<Petitioner> petitioners,
    Instant registeredAt,
    String registeredBy,
    Deadline forwardDeadline,
    boolean highRisk) {}
