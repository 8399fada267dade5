package cn.xinfang.platform.casefile;

/** A unit's approved result: what it found, what it did, the reply it proposes. */
public record HandlingResult(String unit, String findings, String measures, String draftReply) {}
