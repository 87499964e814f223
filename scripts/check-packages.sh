#!/usr/bin/env bash
# publint --strict and attw --pack on every public package (STYLE.md §5). Packages must be built first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
for dir in packages/*/; do
  name=$(node -p "require('./${dir}package.json').name")
  private=$(node -p "Boolean(require('./${dir}package.json').private)")
  [ "$private" = "true" ] && continue
  echo "== $name"
  (cd "$dir" && "$root/node_modules/.bin/publint" --strict && "$root/node_modules/.bin/attw" --pack . --profile node16 --format table-flipped)
done
