#!/usr/bin/env bash
# Regenerates every artifact and fails when the committed files differ (STYLE.md §8).
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm -s gen >/dev/null
if ! git diff --exit-code --stat -- . ':!pnpm-lock.yaml' || [ -n "$(git status --porcelain --untracked-files=all -- schemas packages docs examples | grep -v '^ M pnpm-lock.yaml' || true)" ]; then
  git status --short -- schemas packages docs examples
  echo "Generated files are stale: run pnpm gen and commit." >&2
  exit 1
fi
echo "gen:check: generated files are up to date"
