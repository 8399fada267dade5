-- Statutory clocks: when handling started, which periods were breached, which reminders went out.

alter table petition_case add column forward_overdue boolean default false not null;

alter table petition_unit add column handling_started_at timestamp;
alter table petition_unit add column accept_overdue boolean default false not null;
alter table petition_unit add column handling_overdue boolean default false not null;
alter table petition_unit add column extended_days integer default 0 not null;

-- one row per reminder sent: the key makes each reminder go out once, also across restarts and nodes
create table petition_reminder (
  case_no   varchar(20) not null references petition_case (case_no),
  unit      varchar(64) not null,
  period    varchar(20) not null,
  step      varchar(20) not null,
  deadline  date        not null,
  sent_at   timestamp   not null,
  primary key (case_no, unit, period, step, deadline)
);
