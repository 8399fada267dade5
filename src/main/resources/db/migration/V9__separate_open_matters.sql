-- A registrar may decide that a petition about a matter type the petitioner already has open is a
-- new matter (a second, different housing complaint) and open a second case beside the first.
-- Such a case holds the matter under its own number (separate_case), so only registrations without
-- that decision collide on the key: identical petitions posted at the same moment still give one
-- case. The table is rebuilt because H2 and PostgreSQL name the old primary key differently.

create table petition_open_matter_v9 (
  id_number     varchar(18) not null,
  matter_type   varchar(40) not null,
  case_no       varchar(20) not null references petition_case (case_no),
  separate_case varchar(20) default '' not null,
  constraint petition_open_matter_key primary key (id_number, matter_type, separate_case)
);

insert into petition_open_matter_v9 (id_number, matter_type, case_no, separate_case)
select id_number, matter_type, case_no, '' from petition_open_matter;

drop table petition_open_matter;

alter table petition_open_matter_v9 rename to petition_open_matter;

create index petition_open_matter_case on petition_open_matter (case_no);
