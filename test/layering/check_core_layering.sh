#!/usr/bin/env bash
# The core's layering, checked on every unit-test run: a file of src/core/<stage>/ includes only
# headers of its own stage or of an earlier one (the pipeline order below), never a PostgreSQL
# header and never a file outside src/core. Prints each violation as file:line and exits 1.
set -euo pipefail
core=${1:?usage: check_core_layering.sh SRC_CORE_DIR}/src/core
stages=(base syntax ir analysis plan sql services)
declare -A rank=()
for i in "${!stages[@]}"; do rank[${stages[$i]}]=$i; done

status=0
fail() {
	printf '%s\n' "$1" >&2
	status=1
}

for dir in "$core"/*/; do
	stage=$(basename "$dir")
	[[ -n ${rank[$stage]:-} ]] || fail "$dir: a folder that is not a stage (known: ${stages[*]})"
done
while IFS= read -r file; do
	stage=$(basename "$(dirname "$file")")
	[[ -n ${rank[$stage]:-} ]] || {
		fail "$file: outside the stage folders"
		continue
	}
	while IFS=: read -r line text; do
		if [[ $text =~ \#include\ *\<postgres ]]; then
			fail "$file:$line: a PostgreSQL header in the core: $text"
			continue
		fi
		[[ $text =~ \#include\ *\"([^\"]+)\" ]] || continue
		target=${BASH_REMATCH[1]}
		to=${target%%/*}
		if [[ $target != */* || -z ${rank[$to]:-} || ! -f $core/$target ]]; then
			fail "$file:$line: includes \"$target\", not a core header named by its stage (stage/file.hpp)"
		elif ((rank[$to] > rank[$stage])); then
			fail "$file:$line: $stage/ includes $target, a later stage (order: ${stages[*]})"
		fi
	done < <(grep -n '#include' "$file" || true)
done < <(find "$core" -type f \( -name '*.cpp' -o -name '*.hpp' \) | LC_ALL=C sort)
exit $status
