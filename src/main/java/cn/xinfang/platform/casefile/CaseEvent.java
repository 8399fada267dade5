package cn.xinfang.platform.casefile;

import java.time.Instant;

/** One entry of the case record: who did what, when, for which unit. */
public record CaseEvent(Instant at, String actor, String unit, CaseAction action, String detail) {}
