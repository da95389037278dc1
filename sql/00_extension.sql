-- Smoke test: the extension installs from the private build and its module loads.
CREATE EXTENSION pg_polar;
SELECT extname, extversion FROM pg_extension WHERE extname = 'pg_polar';
LOAD '$libdir/pg_polar';
