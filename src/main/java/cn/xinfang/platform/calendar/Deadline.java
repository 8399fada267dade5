package cn.xinfang.platform.calendar;

import java.time.LocalDate;

/**
 * A deadline as counted: the day, and whether it is provisional — counted through a year without
 * holiday data (weekends only), so it is counted again when that year's file arrives.
 */
public record Deadline(LocalDate date, boolean provisional) {}
