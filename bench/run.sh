#!/usr/bin/env bash
# bench/run.sh times `atlvet ./...` against two floors built from
# bench/nop (x/tools' multichecker driver with a do-nothing analyzer):
#   nop        no facts: the packages named are type-checked from
#              source, every dependency read from export data -- the
#              least any analysis driver can do;
#   nopfacts   a fact type: multichecker then type-checks every
#              dependency from source, the standard library included --
#              what x/tools' drivers cost any analyzer with facts;
# on
#   (a) golang.org/x/tools@v0.52.0's own source, copied from the module
#       cache into a temporary directory (a large module with no
#       Atlassian code; its dependencies come from the module proxy), and
#   (b) the repository's testdata/ example module.
# Runs alternate (nop, nopfacts, atlvet, nop, ...) so that drift in the
# machine's speed hits all alike; it prints each run, then the median
# wall time and CPU time (user+sys) of each, atlvet's ratios to both
# floors and the peak resident memory. On a busy machine trust the CPU
# ratio more.
#
#   bash bench/run.sh            # 5 runs of each
#   RUNS=9 bash bench/run.sh
#   KEEP=1 bash bench/run.sh     # keep the work directory
#   GOSEC=1 bash bench/run.sh    # also atlvet against gosec (installed
#                                # from the module proxy) on testdata/,
#                                # go-jira and go-bitbucket
set -euo pipefail

RUNS=${RUNS:-5}
XTOOLS=golang.org/x/tools@v0.52.0
GOSEC_VERSION=github.com/securego/gosec/v2/cmd/gosec@v2.30.0
GOSEC_MODULES="github.com/andygrunwald/go-jira@v1.17.0 github.com/ktrysmt/go-bitbucket@v0.10.0"
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

echo "building atlvet and the floors" >&2
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

# run <tool> <dir> <log>: one run of a tool, timed.
run() {
	local tool=$1 dir=$2 log=$3
	case $tool in
	nop) (cd "$dir" && /usr/bin/time -v -o "$log" "$work/bin/nop" -nop ./... >"$work/out.$tool" 2>&1) || true ;;
	nopfacts) (cd "$dir" && /usr/bin/time -v -o "$log" "$work/bin/nop" -nopfacts ./... >"$work/out.$tool" 2>&1) || true ;;
	atlvet) (cd "$dir" && /usr/bin/time -v -o "$log" "$work/bin/atlvet" ./... >"$work/out.$tool" 2>&1) || true ;;
	gosec) (cd "$dir" && /usr/bin/time -v -o "$log" "$work/bin/gosec" -quiet ./... >"$work/out.$tool" 2>&1) || true ;;
	esac
}

# measure <name> <dir> <tool>...: alternate runs of the tools (the
# last is atlvet's side of the comparison), print the medians and
# atlvet's ratios to each of the others.
measure() {
	local name=$1 dir=$2 i tool
	shift 2
	local tools="$*"
	: >"$work/$name.times"
	# One run of each first, not counted: go list builds the export
	# data of every package once, into the build cache.
	for tool in $tools; do run "$tool" "$dir" "$work/warmup.time"; done
	for ((i = 1; i <= RUNS; i++)); do
		for tool in $tools; do
			local log="$work/$name.$tool.$i.time"
			run "$tool" "$dir" "$log"
			cp "$work/out.$tool" "$work/$name.$tool.out"
			local wall cpu rss status
			wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" |
				awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
			cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$log")
			rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
			grep -q 'exited with non-zero status' "$log" && status=$(sed -n 's/.*exited with non-zero status //p' "$log") || status=0
			printf '%s %s %s %s %s\n' "$tool" "$wall" "$rss" "$status" "$cpu" >>"$work/$name.times"
			printf '  %-12s run %d %-8s wall %6.2fs  cpu %6.2fs  %5d MiB  exit %s\n' "$name" "$i" "$tool" "$wall" "$cpu" $((rss / 1024)) "$status" >&2
		done
	done
	awk -v name="$name" -v tools="$tools" '
		function median(a, n,   i, j, t) {
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		}
		{ n[$1]++; wall[$1, n[$1]] = $2; cpu[$1, n[$1]] = $5; if ($3 > rss[$1]) rss[$1] = $3 }
		END {
			nt = split(tools, ts, " ")
			line = ""
			for (t = 1; t <= nt; t++) {
				k = ts[t]
				delete w; delete c
				for (i = 1; i <= n[k]; i++) { w[i] = wall[k, i]; c[i] = cpu[k, i] }
				mw[k] = median(w, n[k]); mc[k] = median(c, n[k])
				line = line sprintf("%s%s wall %.2fs cpu %.2fs peak %d MiB", t > 1 ? " | " : "", k, mw[k], mc[k], rss[k] / 1024)
			}
			printf "%-12s medians: %s\n", name, line
			a = ts[nt]
			for (t = 1; t < nt; t++) {
				k = ts[t]
				printf "%-12s %s / %s: wall %.3fx, cpu %.3fx, memory %.2fx\n", name, a, k, mw[a] / mw[k], mc[a] / mc[k], rss[a] / rss[k]
			}
		}' "$work/$name.times"
	echo "  atlvet printed $(grep -c . "$work/$name.atlvet.out" || true) lines on $name${KEEP:+ ($work/$name.atlvet.out)}" >&2
}

echo "x/tools: $(cd "$work/xtools" && go list ./... | wc -l) packages; testdata: $(cd "$work/testdata" && go list ./... | wc -l) packages" >&2
measure xtools "$work/xtools" nop nopfacts atlvet
measure testdata "$work/testdata" nop nopfacts atlvet
if [[ -n ${GOSEC:-} ]]; then
	echo "installing $GOSEC_VERSION" >&2
	(cd "$root" && GOBIN="$work/bin" GOFLAGS=-mod=mod go install "$GOSEC_VERSION")
	for m in $GOSEC_MODULES; do
		src=$(cd "$root" && GOFLAGS=-mod=mod go mod download -json "$m" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
		name=$(basename "${m%@*}")
		cp -r "$src" "$work/$name"
		chmod -R u+w "$work/$name"
		(cd "$work/$name" && go mod download && go list ./... >/dev/null)
		measure "$name" "$work/$name" gosec atlvet
	done
	measure testdata-gs "$work/testdata" gosec atlvet
fi
if [[ -n ${KEEP:-} ]]; then
	echo "atlvet's output on x/tools:" >&2
	cat "$work/xtools.atlvet.out" >&2
fi
