-- 监控中心 (issue 13): the unit figures are counted from petition_unit and the case record.
-- finished_at: when the unit's part was finished (本单位办结, its leader approved the unit's reply),
-- so "closed in the period" and "closed on time" need no scan of the event log. Earlier parts take
-- it from their last 单位领导审批通过 event.
alter table petition_unit add column finished_at timestamp;

update petition_unit set finished_at = (
  select max(e.occurred_at) from petition_event e
  where e.case_no = petition_unit.case_no and e.unit = petition_unit.unit
    and e.action = 'UNIT_REPLY_APPROVED' and e.occurred_at >= petition_unit.assigned_at)
where status = 'DONE';

-- received in a period (assigned_at), closed in a period (finished_at), overdue now (status)
create index petition_unit_assigned on petition_unit (assigned_at);
create index petition_unit_finished on petition_unit (finished_at);
create index petition_unit_status on petition_unit (status, unit);
-- extensions, objections, buck-passing and repeat petitions in a period
create index petition_event_action on petition_event (action, occurred_at);
-- supervision notices, public notices and accountability proposals in a period
create index supervision_document_issued on supervision_document (issued_at);
-- satisfaction ratings in a period
create index case_satisfaction_rated on case_satisfaction (rated_at);
