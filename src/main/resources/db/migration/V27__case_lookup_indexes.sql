-- Indexes found missing by the scale benchmark (scripts/benchmark-scale.sh: 1,000,000 historic
-- cases, 100,000 open tasks). Every other table holding rows of a case is already indexed by its
-- case number (as the first column of its key or of an index).

-- A case's satisfaction ratings, read by case number when the case is closed or revisited
-- (Satisfactions: whether the petitioner already rated, the ratings shown) and blanked by case
-- number by the personal-data retention job; without it each read scans every rating ever made.
create index case_satisfaction_case on case_satisfaction (case_no);

-- The indexes the product adds to Camunda's own tables are in db/engine/<vendor> (run by
-- EngineTableMigrations once the engine has made its tables, which on a fresh database is after
-- these migrations).
