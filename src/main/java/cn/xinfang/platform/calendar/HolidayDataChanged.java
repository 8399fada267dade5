package cn.xinfang.platform.calendar;

import java.util.SortedSet;

/** The holiday files changed (a year added or corrected) and the calendar now counts with them. */
public record HolidayDataChanged(SortedSet<Integer> years) {}
