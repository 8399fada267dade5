-- what the supervisors (督查室) did about a unit that did not report in, and who did it
alter table grid_event_unit add column supervision_measure varchar(20);
alter table grid_event_unit add column supervision_note varchar(2000);
alter table grid_event_unit add column supervised_by varchar(64);
