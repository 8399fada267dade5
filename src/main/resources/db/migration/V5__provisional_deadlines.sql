-- A deadline counted through a year without holiday data (weekends only) is provisional: it is
-- counted again, its timers and task dates moved, when that year's holiday file arrives.

alter table petition_case add column forward_deadline_provisional boolean default false not null;

alter table petition_unit add column accept_deadline_provisional boolean default false not null;
alter table petition_unit add column objection_deadline_provisional boolean default false not null;
alter table petition_unit add column handling_deadline_provisional boolean default false not null;

-- config/holidays shipped 2024-2026 until now: a deadline in a later year was counted without
-- holiday data (if that year's file was added meanwhile, the recount finds nothing to change)
update petition_case set forward_deadline_provisional = true where forward_deadline > date '2026-12-31';
update petition_unit set accept_deadline_provisional = true where accept_deadline > date '2026-12-31';
update petition_unit set objection_deadline_provisional = true
  where objection_deadline > date '2026-12-31';
update petition_unit set handling_deadline_provisional = true
  where handling_deadline > date '2026-12-31';
