-- Camunda's tables, PostgreSQL only (H2 has no expression indexes, and its planner is not the one
-- being helped); run by EngineTableMigrations once the engine has made its tables.
--
-- Tasklist's task lists and counts, with authorization checks on, join each task to the
-- caller's authorizations on "AUTH.RESOURCE_ID_ in (task id, definition key, '*')". The engine
-- grants each candidate group READ and TASK_WORK on each of its tasks, so a unit with 20,000 open
-- tasks has 20,000 authorization rows. PostgreSQL estimates "PERMS_ & 2 = 2" at 0.5 % of the rows
-- when it has no statistics on that expression, takes the unit's authorizations for a handful of
-- rows, and compares every task with every authorization (20,000 x 20,000) instead of looking each
-- task's authorization up in ACT_IDX_AUTH_RESOURCE_ID. These two indexes exist for their
-- statistics: ANALYZE then knows how many authorizations carry READ (2, tasks and instances) and
-- READ_TASK / READ_INSTANCE (64, on definitions), which the engine's checks test, and the planner
-- takes the index lookups (measured at 30,000 tasks: 1,460 ms -> 120 ms for the count, with
-- random_page_cost 1.1 as application-postgres.yaml sets it).
create index if not exists xf_auth_perms_read on act_ru_authorization ((perms_ & 2));
create index if not exists xf_auth_perms_read_task on act_ru_authorization ((perms_ & 64));
analyze act_ru_authorization;

-- 即将超期 and 已超期 (Tasklist's shared filters) take a unit's tasks due in a window of days; the
-- engine has no index on the due date, so each of their lists and counts read every open task.
create index if not exists xf_task_due_date on act_ru_task (due_date_);
