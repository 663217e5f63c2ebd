#!/usr/bin/env bash
# Times a command as a whole process against a baseline command, run in turn (A B A B ...), and prints the medians of
# wall and CPU (user + system) seconds and the median of the A/B ratios taken pair by pair, so a machine whose speed
# drifts still gives a fair ratio. Needs GNU time (/usr/bin/time, Debian package "time").
#
#   benchmarks/scripts/whole-process.sh RUNS 'BASELINE COMMAND' 'COMMAND'
#   benchmarks/scripts/whole-process.sh 5 'java -version' 'java -jar cli/target/grille.jar validate /tmp/catalog'
set -euo pipefail
runs=$1; baseline=$2; command=$3
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure() { # prints "wall cpu" for one run of $1
  local start end cpu
  start=$(date +%s%N)
  /usr/bin/time -o "/tmp/wp-time.$$" -f '%U %S' bash -c "$1" >/dev/null 2>&1 || true
  cpu=$(awk '{ print $1 + $2 }' "/tmp/wp-time.$$")
  end=$(date +%s%N)
  awk -v ns="$(( end - start ))" -v cpu="$cpu" 'BEGIN { printf "%.3f %s\n", ns / 1e9, cpu }'
}
measure "$baseline" >/dev/null; measure "$command" >/dev/null   # warm-up: file cache, JIT of nothing in particular
: > /tmp/wp.$$
for _ in $(seq "$runs"); do
  read -r bw bc < <(measure "$baseline"); read -r aw ac < <(measure "$command")
  echo "$aw $ac $bw $bc" >> /tmp/wp.$$
done
awk '{ print $1 }' /tmp/wp.$$ | median | xargs printf 'command   wall %.2f s'; awk '{ print $2 }' /tmp/wp.$$ | median | xargs printf ', cpu %.2f s\n'
awk '{ print $3 }' /tmp/wp.$$ | median | xargs printf 'baseline  wall %.2f s'; awk '{ print $4 }' /tmp/wp.$$ | median | xargs printf ', cpu %.2f s\n'
awk '{ print $1 / $3 }' /tmp/wp.$$ | median | xargs printf 'ratio     wall %.2f x'; awk '{ print $2 / ($4 > 0 ? $4 : 0.01) }' /tmp/wp.$$ | median | xargs printf ', cpu %.2f x\n'
rm -f /tmp/wp.$$ "/tmp/wp-time.$$"
