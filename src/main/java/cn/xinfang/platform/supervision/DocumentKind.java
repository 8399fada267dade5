package cn.xinfang.platform.supervision;

/** The documents supervision issues; each is a template under {@code resources/supervision/}. */
enum DocumentKind {
  NOTICE("督办函", "notice"),
  FLAGGED_NOTICE("挂牌督办通知书", "notice"),
  PUBLIC_NOTICE("通报", "public-notice"),
  PROPOSAL("问责建议书", "proposal");

  private final String title;
  private final String template;

  DocumentKind(String title, String template) {
    this.title = title;
    this.template = template;
  }

  String title() {
    return title;
  }

  String template() {
    return "supervision/" + template;
  }
}
