package cn.xinfang.platform.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the officials' roster is ({@code platform.roster}) and how long a one-time link lasts. */
@ConfigurationProperties("platform.roster")
public record RosterSettings(
    /* config/officials.yaml, or a .csv exported from Excel; no file: no roster accounts. */
    @DefaultValue("config/officials.yaml") String file,
    /* How long a link to set a password stays valid. */
    @DefaultValue("P3D") Duration linkValidity,
    /* Where the link points: this platform's address as officials reach it. */
    @DefaultValue("http://localhost:8080") String baseUrl) {}
