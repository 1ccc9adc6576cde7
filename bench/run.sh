#!/usr/bin/env bash
# bench/run.sh times `atlvet ./...` against `nop ./...` (the same
# multichecker driver, same load mode, with one do-nothing analyzer that
# declares a fact type) on
#   (a) golang.org/x/tools@v0.52.0's own source, copied from the module
#       cache into a temporary directory (a large module with no
#       Atlassian code; its dependencies come from the module proxy), and
#   (b) the repository's testdata/ example module.
# Runs alternate (nop, atlvet, nop, atlvet, ...) so that drift in the
# machine's speed hits both alike; it prints each run, then the median
# wall time and CPU time (user+sys) of each, their ratios and the peak
# resident memory. On a busy machine trust the CPU ratio more.
#
#   bash bench/run.sh            # 5 runs of each
#   RUNS=9 bash bench/run.sh
#   KEEP=1 bash bench/run.sh     # keep the work directory
set -euo pipefail

RUNS=${RUNS:-5}
XTOOLS=golang.org/x/tools@v0.52.0
root=$(cd "$(dirname "$0")/.." && pwd)

if [[ ! -x /usr/bin/time ]]; then
	echo "installing GNU time (for peak memory)" >&2
	if [[ $(id -u) -eq 0 ]]; then
		apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
	else
		sudo apt-get install -y -qq time >/dev/null || { sudo apt-get update -qq && sudo apt-get install -y -qq time >/dev/null; }
	fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/atlvet-bench.XXXXXX")
if [[ -z ${KEEP:-} ]]; then
	trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
else
	echo "work directory: $work" >&2
fi

echo "building atlvet and nop" >&2
(cd "$root" && go build -o "$work/bin/atlvet" ./cmd/atlvet && go build -o "$work/bin/nop" ./bench/nop)

echo "copying $XTOOLS from the module cache" >&2
src=$(cd "$root" && GOFLAGS=-mod=mod go mod download -json "$XTOOLS" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [[ -z $src || ! -d $src ]]; then
	echo "cannot find $XTOOLS in the module cache" >&2
	exit 1
fi
cp -r "$src" "$work/xtools"
chmod -R u+w "$work/xtools"
cp -r "$root/testdata" "$work/testdata"

export GOWORK=off GOFLAGS=-mod=mod
(cd "$work/xtools" && go mod download && go list ./... >/dev/null)

# measure <name> <dir>: alternate runs, print the medians and the ratio.
measure() {
	local name=$1 dir=$2 i tool
	: >"$work/$name.times"
	for ((i = 1; i <= RUNS; i++)); do
		for tool in nop atlvet; do
			local log="$work/$name.$tool.$i.time"
			(cd "$dir" && /usr/bin/time -v -o "$log" "$work/bin/$tool" ./... >"$work/$name.$tool.out" 2>&1) || true
			local wall cpu rss status
			wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" |
				awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
			cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$log")
			rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
			grep -q 'exited with non-zero status' "$log" && status=$(sed -n 's/.*exited with non-zero status //p' "$log") || status=0
			printf '%s %s %s %s %s\n' "$tool" "$wall" "$rss" "$status" "$cpu" >>"$work/$name.times"
			printf '  %-9s run %d %-6s wall %6.2fs  cpu %6.2fs  %5d MiB  exit %s\n' "$name" "$i" "$tool" "$wall" "$cpu" $((rss / 1024)) "$status" >&2
		done
	done
	awk -v name="$name" '
		function median(a, n,   i, j, t) {
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		}
		{ n[$1]++; wall[$1, n[$1]] = $2; cpu[$1, n[$1]] = $5; if ($3 > rss[$1]) rss[$1] = $3 }
		END {
			for (i = 1; i <= n["nop"]; i++) { w0[i] = wall["nop", i]; c0[i] = cpu["nop", i] }
			for (i = 1; i <= n["atlvet"]; i++) { w1[i] = wall["atlvet", i]; c1[i] = cpu["atlvet", i] }
			m0 = median(w0, n["nop"]); m1 = median(w1, n["atlvet"])
			k0 = median(c0, n["nop"]); k1 = median(c1, n["atlvet"])
			printf "%-9s median wall: nop %.2fs, atlvet %.2fs, ratio %.3fx | median cpu: nop %.2fs, atlvet %.2fs, ratio %.3fx | peak RSS: nop %d MiB, atlvet %d MiB (%.2fx)\n",
				name, m0, m1, m1 / m0, k0, k1, k1 / k0, rss["nop"] / 1024, rss["atlvet"] / 1024, rss["atlvet"] / rss["nop"]
		}' "$work/$name.times"
	echo "  atlvet printed $(grep -c . "$work/$name.atlvet.out" || true) lines on $name${KEEP:+ ($work/$name.atlvet.out)}" >&2
}

echo "x/tools: $(cd "$work/xtools" && go list ./... | wc -l) packages; testdata: $(cd "$work/testdata" && go list ./... | wc -l) packages" >&2
measure xtools "$work/xtools"
measure testdata "$work/testdata"
if [[ -n ${KEEP:-} ]]; then
	echo "atlvet's output on x/tools:" >&2
	cat "$work/xtools.atlvet.out" >&2
fi
