-- pgbench -M prepared: the hand-written statements (bench/sql/github_handwritten.sql), each in a
-- PL/pgSQL function around one static statement (prepared once per session). pgbench would read
-- the ':reader' of a 'String:reader' literal as a variable, so the statements are not inline here.
-- Variables from bench/run.sh (-D): nu (users in organizations), no (organizations), rpo (repositories
-- per organization), nr (repositories), ppr (pull requests per repository). Same mix as
-- bench.requests: half of the resources from the user's organization; kinds read/push Repository,
-- read/review PullRequest.
\set u random(1, :nu)
\set own random(0, 1)
\set r (:own * (((:u - 1) % :no) * :rpo + random(1, :rpo))) + ((1 - :own) * random(1, :nr))
\set p (:r - 1) * :ppr + random(1, :ppr)
\set k random(0, 3)
\if :k = 0
SELECT bench.hw_repo_read('User:' || :u, 'Repository:' || :r);
\elif :k = 1
SELECT bench.hw_repo_push('User:' || :u, 'Repository:' || :r);
\elif :k = 2
SELECT bench.hw_pr_read('User:' || :u, 'PullRequest:' || :p);
\else
SELECT bench.hw_pr_review('User:' || :u, 'PullRequest:' || :p);
\endif
