package cn.xinfang.platform.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the case file keeps its petitioners' personal data ({@code platform.retention} in {@code
 * application.yaml}). Unset, the period is the {@code petition} process's history time to live as
 * deployed, so the case file and the engine's history cannot drift apart; set, it must equal it or
 * the platform does not start.
 */
@ConfigurationProperties("platform.retention")
record RetentionSettings(Integer caseFileDays) {}
