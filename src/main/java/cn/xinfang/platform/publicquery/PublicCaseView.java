package cn.xinfang.platform.publicquery;

import java.time.LocalDate;
import java.util.List;

/**
 * What the petitioner sees of their case with the query code (可查询、可跟踪、可评价): where it stands, the
 * steps and their dates, the deadlines and the reply once delivered. Never a name, an ID number, a
 * phone number, an address or an official's account.
 */
record PublicCaseView(
    String caseNo,
    String status,
    String statusLabel,
    LocalDate registeredOn,
    List<Step> steps,
    List<Deadline> deadlines,
    Reply reply,
    Window window,
    boolean rated,
    boolean canRate) {

  /** One step of the case: the day and what was done, as the record names it. */
  record Step(LocalDate on, String label) {}

  /** A date the case has to meet, and who has to meet it (a unit's Chinese name). */
  record Deadline(String label, String unit, LocalDate due) {}

  /** The written reply as delivered, with the day; personal data in it masked. */
  record Reply(String title, LocalDate deliveredOn, String text) {}

  /** The window to ask for review or re-examination, while it is open. */
  record Window(String label, LocalDate closesOn) {}
}
