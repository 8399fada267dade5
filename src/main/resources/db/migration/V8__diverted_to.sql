-- Where a case left the petition track for (导入法律程序 → political-legal, 检举控告 → discipline):
-- that unit and its leaders may read the case.

alter table petition_case add column diverted_to varchar(64);

update petition_case set diverted_to = 'political-legal' where status = 'LEGAL_PROCEDURE';
update petition_case set diverted_to = 'discipline' where status = 'TO_DISCIPLINE';
