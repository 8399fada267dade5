-- The matters each petitioner has open (信访人 + 事项类型), one row per petitioner while the case is
-- open. The key lets only one of two identical registrations posted at the same moment create a
-- case, also when they reach different nodes; the rows go when the case leaves the open statuses.

create table petition_open_matter (
  id_number   varchar(18) not null,
  matter_type varchar(40) not null,
  case_no     varchar(20) not null references petition_case (case_no),
  primary key (id_number, matter_type)
);

create index petition_open_matter_case on petition_open_matter (case_no);

-- the open cases so far; where the race already gave someone two, the older one keeps the matter
insert into petition_open_matter (id_number, matter_type, case_no)
select p.id_number, c.matter_type, min(c.case_no)
from petition_petitioner p
join petition_case c on c.case_no = p.case_no
where c.status in ('REGISTERED', 'HANDLING', 'REPLYING')
group by p.id_number, c.matter_type;
