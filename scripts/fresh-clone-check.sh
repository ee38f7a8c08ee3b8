#!/usr/bin/env bash
# Reproduces a newcomer's first minutes on this machine: a fresh clone (with ../shared beside it, as CI
# has), an empty npm cache, the README's two commands run verbatim with no extra environment, and the
# test tools' install step run once with a PATH that lacks the tools, so its apt-get branch really runs.
# Usage: bash scripts/fresh-clone-check.sh [--no-test]   (takes about 12 minutes on 2 cores)
set -euo pipefail
src=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
shared=$(cd "$src/../shared" && pwd)
work=$(mktemp -d /tmp/fresh-clone-XXXXXX)
echo "== 全新克隆到 $work/project"
git clone -q "$src" "$work/project"
ln -s "$shared" "$work/shared"
cd "$work/project"
mapfile -t cmds < <(node -e '
  const s = require("fs").readFileSync("README.md", "utf8")
  const b = /```bash\n([\s\S]*?)```/.exec(s.slice(s.indexOf("## 开始使用")))[1]
  for (const l of b.split("\n")) { const c = l.replace(/\s+#.*$/, "").trim(); if (c) console.log(c) }')
[ "${#cmds[@]}" -eq 2 ] || { echo "README 应给出两条命令，实际 ${#cmds[@]} 条"; exit 1; }

echo "== 安装：${cmds[0]}（空的 npm 缓存）"
env -u ELECTRON_SKIP_BINARY_DOWNLOAD npm_config_cache="$work/npm-cache" bash -c "${cmds[0]}"
[ -d node_modules/electron ] && [ -d node_modules/exceljs ] || { echo "安装后缺少依赖"; exit 1; }

echo "== 依赖检查：PATH 中没有 chromium、libreoffice、pdftotext、pdftoppm、fc-list"
hidden="$work/hidden-bin"; mkdir "$hidden"
IFS=: read -ra dirs <<< "$PATH"
for d in "${dirs[@]}"; do
  [ -d "$d" ] || continue
  for f in "$d"/*; do
    n=$(basename "$f")
    case "$n" in chromium|libreoffice|soffice|pdftotext|pdftoppm|fc-list) continue;; esac
    [ -x "$f" ] && [ ! -e "$hidden/$n" ] && ln -s "$f" "$hidden/$n"
  done
done
set +e
out=$(PATH="$hidden" node scripts/test-deps.mjs 2>&1); status=$?
set -e
echo "$out"
# The tools are only hidden, so after apt-get the re-check still misses them: that proves the branch ran.
echo "$out" | grep -q '正在用 apt-get 安装 chromium libreoffice-calc libreoffice-writer poppler-utils' || { echo "没有进入安装分支"; exit 1; }
echo "$out" | grep -q '安装后仍缺少' && [ "$status" -eq 1 ] || { echo "安装分支没有复查（退出状态 $status）"; exit 1; }

if [ "${1:-}" != "--no-test" ]; then
  echo "== 测试：${cmds[1]}"
  bash -c "${cmds[1]}"
fi
echo "== 新电脑流程通过：$work/project"
