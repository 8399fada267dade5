package cn.xinfang.platform.notice;

import java.time.Instant;
import java.time.LocalDate;

/** A notice's delivery to the petitioner: on which day, how, by whom, recorded when. */
record Delivery(
    long noticeId,
    LocalDate deliveredOn,
    DeliveryWay way,
    String deliveredBy,
    Instant recordedAt,
    String note) {}
