-- A registrar may flag a petition as high risk (高风险: likely to end in extreme acts or a mass
-- incident); the ownership table then gives it a district leader.
alter table petition_case add column high_risk boolean default false not null;
