-- 问责台账: every notice, answer, judgement, talk, public notice, proposal and decision, append-only.
-- Each row carries the hash of the row before it; the head row (locked while appending) holds the
-- last sequence number and hash, so appends from several nodes form one chain and a row deleted at
-- the end is noticed too. Nothing in the platform updates or deletes a row here.

create table supervision_ledger (
  seq            bigint        not null primary key,
  at_millis      bigint        not null,
  actor          varchar(64)   not null,
  case_no        varchar(20)   not null,
  unit           varchar(60)   not null,
  supervision_id bigint,
  rung           varchar(30)   not null,
  reason         varchar(100),
  article        varchar(20),
  text           varchar(4000) not null,
  document_id    bigint,
  prev_hash      varchar(64)   not null,
  hash           varchar(64)   not null
);

create index supervision_ledger_case on supervision_ledger (case_no);
create index supervision_ledger_unit on supervision_ledger (unit, at_millis);

create table supervision_ledger_head (
  id        integer     not null primary key,
  last_seq  bigint      not null,
  last_hash varchar(64) not null
);

insert into supervision_ledger_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
