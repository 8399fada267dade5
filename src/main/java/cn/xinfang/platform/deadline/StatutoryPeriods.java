package cn.xinfang.platform.deadline;

/** The periods of 信访工作条例 that the product records (articles in brackets). */
public final class StatutoryPeriods {

  /** The petition bureau forwards or hands over within 15 days (22). */
  public static final int FORWARD_DAYS = 15;

  /** A unit receiving a forwarded petition notifies acceptance within 15 days (23). */
  public static final int ACCEPT_DAYS = 15;

  /** A unit objects that a matter is outside its remit within 5 working days (23). */
  public static final int OBJECTION_WORKING_DAYS = 5;

  /** Handling period from acceptance (34). */
  public static final int HANDLING_DAYS = 60;

  /** Collective visits elect at most 5 representatives (20). */
  public static final int MAX_REPRESENTATIVES = 5;

  private StatutoryPeriods() {}
}
