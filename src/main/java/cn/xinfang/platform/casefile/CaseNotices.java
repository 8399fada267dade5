package cn.xinfang.platform.casefile;

import java.util.List;
import java.util.Optional;

/**
 * The notices (文书) issued on a case, as the case's view lists them and as each was issued. The
 * notice feature keeps them; the case file only reads them, so it does not depend on that feature.
 */
public interface CaseNotices {

  /** The case's notices in the order they were issued, each with its delivery status. */
  List<CaseView.Notice> of(String caseNo);

  /** The notice's HTML as issued, if the case has a notice with that id. */
  Optional<String> html(String caseNo, long noticeId);
}
