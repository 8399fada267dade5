package cn.xinfang.platform.notice;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.casefile.CaseNotices;
import cn.xinfang.platform.casefile.CaseView;
import cn.xinfang.platform.organisation.Organisation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A case's notices as its view lists them: 待送达 until delivered, then 已送达 with how. */
@Service
class NoticeList implements CaseNotices {

  static final String PENDING = "PENDING";
  static final String DELIVERED = "DELIVERED";

  private final NoticeStore store;
  private final Organisation organisation;
  private final BusinessCalendar calendar;

  NoticeList(NoticeStore store, Organisation organisation, BusinessCalendar calendar) {
    this.store = store;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  @Override
  public List<CaseView.Notice> of(String caseNo) {
    Map<Long, Delivery> deliveries = store.deliveriesOf(caseNo);
    return store.of(caseNo).stream().map(n -> view(n, deliveries.get(n.id()))).toList();
  }

  @Override
  public Optional<String> html(String caseNo, long noticeId) {
    return store.html(caseNo, noticeId);
  }

  private CaseView.Notice view(Notice n, Delivery d) {
    return new CaseView.Notice(
        n.id(),
        n.kind().name(),
        n.title(),
        n.issuingUnit(),
        organisation.nameOf(n.issuingUnit()),
        n.issuedAt().atZone(calendar.zone()).toOffsetDateTime(),
        n.issuedBy(),
        d == null ? PENDING : DELIVERED,
        d == null ? "待送达" : "已送达",
        d == null ? null : d.deliveredOn(),
        d == null ? null : d.way().name(),
        d == null ? null : d.way().label(),
        d == null ? null : d.deliveredBy(),
        n.url());
  }
}
