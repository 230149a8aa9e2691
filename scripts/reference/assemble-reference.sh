#!/usr/bin/env bash
# Assembles the reference chart that polyaxon-render reproduces: the Polyaxon chart 0.5.5 with its
# four dependency charts unpacked under charts/ (as `helm dependency build` leaves them), taken
# from the public chart repositories at the commits that published those versions, plus one
# compatibility fix in templates/cm.yaml. See docs/reference.md.
#
#   scripts/reference/assemble-reference.sh [POLYAXON_CHART HELM_CHARTS] [OUT_DIR]
#
# POLYAXON_CHART: github.com/polyaxon/polyaxon-chart, HELM_CHARTS: github.com/helm/charts, each
#   either a git URL (only the commits needed are fetched) or a local git directory (a clone,
#   bare or not, that has the commit). Without them, the public URLs are used.
# OUT_DIR: the chart is put at OUT_DIR/polyaxon (replaced if it exists). Default:
#   .reference in this checkout (git-ignored), which is where the other scripts look when
#   REF_CHART is not set.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
  exit 2
}
case ${1:-} in -h | --help) usage ;; esac
case $# in
  0 | 1) polyaxon_src=https://github.com/polyaxon/polyaxon-chart.git charts_src=https://github.com/helm/charts.git ;;
  2 | 3) polyaxon_src=$1 charts_src=$2 && shift 2 ;;
  *) usage ;;
esac
out=${1:-$repo/.reference}
command -v git >/dev/null || { echo "assemble-reference.sh: git is missing" >&2; exit 2; }

# polyaxon-chart commit of chart version 0.5.5 (folder polyaxon/).
polyaxon_commit=2dcf62e9dd694da94d64de5b1129b0ac3e7425d5
# helm/charts commits that published each dependency (folder stable/<name>), in requirements.yaml order.
dependencies=(postgresql rabbitmq-ha redis docker-registry)
declare -A versions=([postgresql]=0.8.7 [rabbitmq-ha]=1.27.1 [redis]=7.0.0 [docker-registry]=1.7.1)
declare -A commits=(
  [postgresql]=0bb24886cf289b77904148ec31453ae5c427ffbf
  [rabbitmq-ha]=2ea77442d176f194b82b38fed7d5fa0fc9470883
  [redis]=34ee421566848cf688dccbc7f9e31af3c19398f1
  [docker-registry]=366c5e9a2c15e65f9c35c778acd58f7cc7278a10
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A git directory holding every given commit: SOURCE itself when it is a local git directory,
# else a scratch repository into which only those commits are fetched (GitHub serves a commit by
# its full id; a server that does not gets a full clone instead).
git_dir_with() {
  local source=$1 name=$2
  shift 2
  if [ -d "$source" ]; then
    if ! git -C "$source" rev-parse --git-dir >/dev/null 2>&1; then
      echo "assemble-reference.sh: $source is no git directory" >&2
      exit 2
    fi
    local c
    for c in "$@"; do
      if ! git -C "$source" cat-file -e "$c^{commit}" 2>/dev/null; then
        echo "assemble-reference.sh: $source lacks commit $c (fetch it, or give the URL instead)" >&2
        exit 2
      fi
    done
    (cd "$source" && pwd)
    return
  fi
  local dir=$work/$name.git
  git init -q --bare "$dir"
  echo "fetching $# commit(s) of $source ..." >&2
  if ! git -C "$dir" fetch -q --depth 1 "$source" "$@"; then
    echo "assemble-reference.sh: $source did not serve the commits by id; cloning it whole" >&2
    rm -rf "$dir"
    git clone -q --bare "$source" "$dir"
  fi
  echo "$dir"
}

polyaxon_git=$(git_dir_with "$polyaxon_src" polyaxon-chart "$polyaxon_commit")
charts_git=$(git_dir_with "$charts_src" charts "${commits[@]}")

rm -rf "$out/polyaxon"
mkdir -p "$out/polyaxon/charts"
git -C "$polyaxon_git" archive "$polyaxon_commit" polyaxon | tar -x -C "$out"
for dep in "${dependencies[@]}"; do
  mkdir -p "$work/$dep"
  git -C "$charts_git" archive "${commits[$dep]}" "stable/$dep" | tar -x -C "$work/$dep"
  mv "$work/$dep/stable/$dep" "$out/polyaxon/charts/$dep"
done

# The compatibility fix. Go 1.13 and later (every Helm 3) reject the published line
# `( .Values.broker ) and eq .Values.broker "redis"`, which Helm 2 read as `( .Values.broker )`
# alone; the reference uses what it means, as polyaxon-render does (README, "How it is built").
cm=$out/polyaxon/templates/cm.yaml
published='{{ if ( .Values.broker ) and eq .Values.broker "redis" -}}'
meant='{{ if and .Values.broker (eq .Values.broker "redis") -}}'
if ! grep -qF "$published" "$cm"; then
  echo "assemble-reference.sh: $cm does not have the line the fix expects" >&2
  exit 1
fi
sed -i.orig "s/{{ if ( .Values.broker ) and eq .Values.broker \"redis\" -}}/$meant/" "$cm"
rm -f "$cm.orig"
grep -qF "$meant" "$cm"

status=0
for dep in polyaxon "${dependencies[@]}"; do
  chart_yaml=$out/polyaxon/Chart.yaml
  want=0.5.5
  [ "$dep" = polyaxon ] || chart_yaml=$out/polyaxon/charts/$dep/Chart.yaml want=${versions[$dep]}
  got=$(sed -n 's/^version: //p' "$chart_yaml")
  printf '%-16s %s\n' "$dep" "$got"
  [ "$got" = "$want" ] || { echo "assemble-reference.sh: $dep is $got, expected $want" >&2; status=1; }
done
[ $status -eq 0 ] && echo "reference chart ready: $out/polyaxon (REF_CHART)"
exit $status
