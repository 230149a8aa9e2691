#!/usr/bin/env bash
# Prints the post-install NOTES that `helm install` would show, without a cluster. `helm template`
# skips NOTES.txt, so a scratch copy of the chart gets one more template that passes NOTES.txt
# through `tpl` into a YAML block scalar, and that block is unwrapped (the `---`, `# Source:` and
# key lines dropped, the two-space indent removed). Used for the golden files of `--notes`
# (scripts/update-fixtures.mjs); see docs/reference.md.
#
#   scripts/reference/helm-notes.sh HELM CHART_DIR [RELEASE] [helm template flags...]
#   e.g. scripts/reference/helm-notes.sh .reference/bin/helm .reference/polyaxon px --set serviceType=NodePort
set -euo pipefail
if [ $# -lt 2 ]; then
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
  exit 2
fi
helm=$1 chart=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# -L and "/.": a chart given through a symlink is copied, never written to.
mkdir "$work/chart"
cp -RL "$chart/." "$work/chart"
cp "$work/chart/templates/NOTES.txt" "$work/chart/notes.txt"
printf 'notes: |\n{{ tpl (.Files.Get "notes.txt") . | indent 2 }}\n' >"$work/chart/templates/zz-notes.yaml"
release=release-name
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  release=$1
  shift
fi
"$helm" template "$release" "$work/chart" -s templates/zz-notes.yaml "$@" | tail -n +4 | sed 's/^  //'
