#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the module, one after the other, each for
# a set time, and stops at the first failure, printing where Go saved the
# failing input (testdata/fuzz/FuzzX/<hash> inside the package: commit that
# file, it is then a regression test that plain `go test` replays).
#
# Usage: bash bench/fuzz.sh [FUZZTIME] [PACKAGE_PATTERN...]
#   FUZZTIME  how long each target runs (go test -fuzztime: 60s, 2m, 10000x); default 60s
#   PACKAGE_PATTERN  packages to search for targets; default ./...
# Environment:
#   FUZZ_PARALLEL  the fuzzing workers (default: GOMAXPROCS)
#   FUZZ_MINIMIZE  the most spent minimising each new interesting input or
#                  crasher (go test -fuzzminimizetime; default 100x, i.e. 100
#                  calls). Go's default, 60s per input, let a slow target
#                  spend its whole run minimising: 11 executions of
#                  FuzzExtractPage in 60 s. 100 calls keep the corpus small
#                  and leave the time to fuzzing (FuzzExtractPage: 37,000
#                  executions in 20 s on one worker); 0s turns minimising off.
# The summary gives each target's executions and executions per second:
# a run is worth something with tens of thousands of executions per
# target; give a slow target more time (FUZZTIME, or run it alone).
set -euo pipefail

cd "$(dirname "$0")/.."
fuzztime="${1:-60s}"
shift || true
pkgs=("$@")
[ ${#pkgs[@]} -eq 0 ] && pkgs=(./...)

parallel=()
[ -n "${FUZZ_PARALLEL:-}" ] && parallel=(-parallel "$FUZZ_PARALLEL")
minimize="${FUZZ_MINIMIZE:-100x}"

# `go test -list` prints the matching names of a package, then "ok  <import path>".
targets=()
names=()
while IFS= read -r line; do
	case "$line" in
	Fuzz*) names+=("$line") ;;
	ok*)
		pkg=$(awk '{print $2}' <<<"$line")
		for n in "${names[@]}"; do targets+=("$pkg $n"); done
		names=()
		;;
	FAIL*)
		# A package that does not build lists nothing: say so, do not hide it.
		echo "fuzz.sh: warning: could not list the targets of: $line" >&2
		names=()
		;;
	*) names=() ;;
	esac
done < <(go test -list '^Fuzz' "${pkgs[@]}" 2>&1)

if [ ${#targets[@]} -eq 0 ]; then
	echo "fuzz.sh: no fuzz target found in ${pkgs[*]}" >&2
	exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, ${fuzztime} each, minimising at most ${minimize}"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
summary=()
for t in "${targets[@]}"; do
	pkg=${t% *}
	name=${t#* }
	echo "=== $pkg $name ($fuzztime)"
	start=$(date +%s)
	if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "${parallel[@]}" "$pkg" 2>&1 | tee "$log"; then
		echo
		echo "fuzz.sh: $pkg $name FAILED" >&2
		crasher=$(grep -o 'testdata/fuzz/[^ ]*' "$log" | tail -1 || true)
		if [ -n "$crasher" ]; then
			dir=$(go list -f '{{.Dir}}' "$pkg")
			echo "fuzz.sh: failing input saved in $dir/$crasher" >&2
			echo "fuzz.sh: replay it with: go test -run '${name}/$(basename "$crasher")' $pkg" >&2
		fi
		exit 1
	fi
	# A target that spent its whole time gathering the corpus's baseline
	# coverage prints no "execs:" line: that is a figure (0), not an error
	# for set -e and pipefail.
	execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | awk '{print $2}' || true)
	rate=$(grep -o 'execs: [0-9]* ([0-9]*/sec)' "$log" | tail -1 | grep -o '([0-9]*/sec)' || true)
	summary+=("$(printf '%-45s %-22s %6ss %12s execs %s' "$pkg" "$name" "$(($(date +%s) - start))" "${execs:-?}" "${rate}")")
done
echo
echo "fuzz.sh: every target passed"
printf '%s\n' "${summary[@]}"
