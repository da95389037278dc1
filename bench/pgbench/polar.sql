-- pgbench -M prepared: one polar.authorize per transaction.
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
SELECT polar.authorize('User:' || :u, 'read', 'Repository:' || :r);
\elif :k = 1
SELECT polar.authorize('User:' || :u, 'push', 'Repository:' || :r);
\elif :k = 2
SELECT polar.authorize('User:' || :u, 'read', 'PullRequest:' || :p);
\else
SELECT polar.authorize('User:' || :u, 'review', 'PullRequest:' || :p);
\endif
