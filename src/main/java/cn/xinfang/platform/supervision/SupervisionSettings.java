package cn.xinfang.platform.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periods of supervision, from {@code config/deadlines.yaml} ({@code platform.supervision}).
 */
@ConfigurationProperties("platform.supervision")
public record SupervisionSettings(
    /* The supervised unit answers the supervision notice in writing within this (40). */
    @DefaultValue("10") int answerWorkingDays,
    /* The supervisor issues the notice within this after the slip. */
    @DefaultValue("2") int issueWorkingDays,
    /* The supervisor judges an answer, or decides the next rung, within this. */
    @DefaultValue("5") int judgeWorkingDays,
    /* An accountability proposal is written within this. */
    @DefaultValue("10") int proposalWorkingDays,
    /* Discipline inspection records its decision within this many days. */
    @DefaultValue("30") int decisionDays,
    /* How far back a unit's earlier supervisions count for the trigger table. */
    @DefaultValue("12") int historyMonths) {}
