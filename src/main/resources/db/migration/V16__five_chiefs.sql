-- 五长服务日: each walk-in received on a service day, the chief on duty, what they decided
-- (HANDLE: within their unit's remit, replied by the unit within 20 days; LEGAL: into legal
-- procedure; OUTSIDE: forwarded by the petition bureau) and when the reply was issued
create table five_chiefs_reception (
  case_no       varchar(20)   not null primary key references petition_case (case_no),
  service_day   date          not null,
  chief_unit    varchar(60)   not null,
  chief_title   varchar(100)  not null,
  chief_name    varchar(50)   not null,
  chief_account varchar(64)   not null,
  outcome       varchar(20),
  explanation   varchar(2000),
  decided_at    timestamp,
  reply_due     date,
  replied_at    timestamp
);

create index five_chiefs_reception_day on five_chiefs_reception (service_day, chief_unit);
