-- Officials' accounts from the roster file (config/officials.yaml or .csv), issue 14. Camunda keeps
-- the user, its groups and its password; this table keeps what the roster said and whether the
-- account is active: a person removed from the roster is disabled (no groups, no usable password),
-- never deleted, so their history stays attributed.
create table official_account (
  account     varchar(64)  not null primary key,
  name        varchar(50)  not null,
  unit        varchar(64)  not null,
  roles       varchar(200) not null,
  mail        varchar(200) not null,
  mobile      varchar(20),
  sign_in     varchar(20)  not null,
  status      varchar(20)  not null,
  updated_at  timestamp    not null
);

-- One-time links: a new official sets their own password (the roster never holds one); an
-- administrator's reset mails another. Only the token's hash is stored.
create table account_token (
  token_hash  varchar(64)  not null primary key,
  account     varchar(64)  not null,
  purpose     varchar(20)  not null,
  created_at  timestamp    not null,
  expires_at  timestamp    not null,
  used_at     timestamp
);

create index account_token_account on account_token (account);
