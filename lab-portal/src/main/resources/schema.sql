-- The portal's own table (labinov creates and upgrades its lbv_* tables itself). Portable across H2,
-- PostgreSQL and MariaDB.
CREATE TABLE IF NOT EXISTS portal_activity (
  at_utc TIMESTAMP NOT NULL,
  person_id VARCHAR(64) NOT NULL,
  action VARCHAR(40) NOT NULL,
  innovation_id VARCHAR(64),
  outcome VARCHAR(16) NOT NULL
);
