-- Idempotent intake (issue 16): POST /api/petitions with an Idempotency-Key gives one petition and
-- the same answer however often, however concurrently and on whichever node it is sent. The key is
-- claimed in the registration's own transaction (a second claim waits for the first and then finds
-- its answer). The answer carries the query code the first answer showed, so rows are kept one day.
create table intake_idempotency (
  account              varchar(64)  not null,
  idempotency_key      varchar(200) not null,
  request_hash         varchar(64)  not null,
  created_at           timestamp    not null,
  case_no              varchar(32),
  process_instance_id  varchar(64),
  query_code           varchar(64),
  linked               boolean,
  registered_at        timestamp,
  forward_deadline     date,
  primary key (account, idempotency_key)
);

create index intake_idempotency_created on intake_idempotency (created_at);
