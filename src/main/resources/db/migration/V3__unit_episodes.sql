-- A unit that returned a case can get it back (re-routed to it later): each time is a new part of
-- the case, an episode, so both stay on the record. The key of a unit's part and of its reminders
-- gains the episode. Tables are rebuilt and renamed because H2 and PostgreSQL name an unnamed
-- primary key differently.

create table petition_unit_v3 (
  case_no             varchar(20)   not null references petition_case (case_no),
  unit                varchar(64)   not null,
  episode             integer       not null,
  lead                boolean       not null,
  status              varchar(30)   not null,
  assigned_at         timestamp     not null,
  accept_deadline     date          not null,
  objection_deadline  date          not null,
  handling_deadline   date,
  objections          integer       default 0 not null,
  buck_passing        boolean       default false not null,
  findings            varchar(4000),
  measures            varchar(4000),
  draft_reply         varchar(4000),
  handling_started_at timestamp,
  accept_overdue      boolean       default false not null,
  handling_overdue    boolean       default false not null,
  extended_days       integer       default 0 not null,
  primary key (case_no, unit, episode)
);

insert into petition_unit_v3 (case_no, unit, episode, lead, status, assigned_at, accept_deadline,
  objection_deadline, handling_deadline, objections, buck_passing, findings, measures, draft_reply,
  handling_started_at, accept_overdue, handling_overdue, extended_days)
select case_no, unit, 1, lead, status, assigned_at, accept_deadline, objection_deadline,
  handling_deadline, objections, buck_passing, findings, measures, draft_reply,
  handling_started_at, accept_overdue, handling_overdue, extended_days
from petition_unit;

drop table petition_unit;
alter table petition_unit_v3 rename to petition_unit;

-- the petition bureau's forwarding clock has episode 0
create table petition_reminder_v3 (
  case_no   varchar(20) not null references petition_case (case_no),
  unit      varchar(64) not null,
  episode   integer     not null,
  period    varchar(20) not null,
  step      varchar(20) not null,
  deadline  date        not null,
  sent_at   timestamp   not null,
  primary key (case_no, unit, episode, period, step, deadline)
);

insert into petition_reminder_v3 (case_no, unit, episode, period, step, deadline, sent_at)
select case_no, unit, case when period = 'FORWARD' then 0 else 1 end, period, step, deadline,
  sent_at
from petition_reminder;

drop table petition_reminder;
alter table petition_reminder_v3 rename to petition_reminder;
