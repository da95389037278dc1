#!/usr/bin/env bash
# Regenerates load_policy.sql from policy.polar (policy.polar is the source of truth).
#   ./sync-policy.sh          rewrite load_policy.sql
#   ./sync-policy.sh --check  exit 1 if load_policy.sql is out of date
# walkthrough.sql also checks, when it runs, that the loaded policy is byte for byte policy.polar.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if grep -qF '$polar$' policy.polar; then
	echo "policy.polar must not contain \$polar\$" >&2
	exit 1
fi
generate() {
	printf -- '-- Generated from policy.polar by sync-policy.sh: edit policy.polar, then run ./sync-policy.sh.\n'
	printf -- '-- Stores the policy as a new version and activates it (loading an unchanged policy again\n'
	printf -- '-- returns the version it already has). Works from any directory: \\ir load_policy.sql\n'
	printf -- 'SELECT polar.load_policy($polar$'
	cat policy.polar
	printf -- '$polar$, %s) AS policy_version;\n' "'policy.polar'"
}
if [[ ${1:-} == --check ]]; then
	if ! diff -q <(generate) load_policy.sql >/dev/null; then
		echo "load_policy.sql is out of date: run examples/gitcloud/sync-policy.sh" >&2
		exit 1
	fi
	exit 0
fi
generate >load_policy.sql
