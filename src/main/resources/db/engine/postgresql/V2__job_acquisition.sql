-- The job executor's acquisition query (Camunda 7.24, selectNextJobsToExecute), which every node
-- sends several times a second while jobs are due and every few seconds when none are:
--
--   select … from ACT_RU_JOB RES where RES.RETRIES_ > 0
--     and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now) and (RES.LOCK_OWNER_ is null or …)
--     and RES.SUSPENSION_STATE_ = 1
--     and ((RES.EXCLUSIVE_ and not exists (select J2.ID_ from ACT_RU_JOB J2
--            where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_
--              and J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now and J2.EXCLUSIVE_))
--          or not RES.EXCLUSIVE_) limit 3
--
-- Every open case keeps its clocks' timers in ACT_RU_JOB, so the table holds two or more rows per
-- running case. The engine has no index for either half of the query (docs/benchmarks.md, timers):
--
-- * The "not exists" becomes one set of the process instances whose jobs are locked right now,
--   built by reading the whole table: 109 ms a time with 157,000 jobs, three workers busy, for
--   every three jobs acquired. The jobs locked at any moment are the few being executed; this
--   partial index holds only them (measured: 0.08 ms).
create index if not exists xf_job_locked on act_ru_job (process_instance_id_)
  where lock_owner_ is not null;

-- * When few jobs are due (an ordinary day), the outer scan reads the table until it has found
--   three: 24 ms at 157,000 jobs. With the due date indexed it reads the jobs without a due date
--   (queued mails) and those due, and nothing else (measured: 0.5 ms).
create index if not exists xf_job_due_date on act_ru_job (duedate_);
analyze act_ru_job;
