CREATE EXTENSION IF NOT EXISTS pg_polar; SELECT 'walkthrough placeholder' AS note;
