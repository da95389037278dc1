-- pgbench -M prepared: the bare round trip.
SELECT 1;
