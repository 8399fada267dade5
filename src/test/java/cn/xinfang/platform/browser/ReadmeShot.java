package cn.xinfang.platform.browser;

import java.util.Arrays;
import java.util.Optional;

/**
 * The README's screenshots ({@code docs/screenshots/<name>.png}), each taken by the browser suite
 * at the step of the same name, so the pictures never drift from the product.
 */
enum ReadmeShot {
  TASKLIST_START_FORM_VALIDATION("tasklist-start-form-validation"),
  TASKLIST_OFFICIAL("tasklist-official"),
  TASKLIST_REGISTRATION_REVIEW("tasklist-registration-review"),
  COCKPIT_MANAGER("cockpit-manager"),
  COCKPIT_PETITION("cockpit-petition"),
  COCKPIT_SUPERVISION("cockpit-supervision"),
  COCKPIT_MONITORING("cockpit-monitoring"),
  COCKPIT_STALLS("cockpit-stalls"),
  CASE_RECORD_SUPERVISION("case-record-supervision"),
  OWNERSHIP_REPORT("ownership-report"),
  PUBLIC_QUERY("public-query"),
  HOTLINE_REOPEN("hotline-reopen"),
  FIVE_CHIEFS_DECISION("five-chiefs-decision"),
  PROXY_RESOLVE("proxy-resolve"),
  GRID_DISPATCH("grid-dispatch");

  private final String step;

  ReadmeShot(String step) {
    this.step = step;
  }

  String step() {
    return step;
  }

  String fileName() {
    return step + ".png";
  }

  static Optional<ReadmeShot> named(String step) {
    return Arrays.stream(values()).filter(shot -> shot.step.equals(step)).findFirst();
  }
}
