// `npm test` runs this first (package.json "pretest"): the test suite reads exported files the way a
// reviewer does (Chromium for the screens, LibreOffice for the workbooks and the Word copy, poppler for
// PDF pages, openpyxl and python-docx as second readers, msoffcrypto to check an encrypted workbook, Noto CJK so Chinese renders, HanaMinB for the
// PDF's Extension B fallback). On a fresh
// Debian/Ubuntu machine they are installed here, quietly, with a one-line notice; where that cannot be
// done the run stops with the exact command to type. Nothing is skipped.
import { spawnSync } from 'node:child_process'
import { accessSync, appendFileSync, constants, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Each tool the tests use, how to tell it is there, and the Debian package that brings it. */
export const TOOLS = [
  { label: 'Chromium', pkg: 'chromium', has: (env) => onPath('chromium', env) },
  { label: 'LibreOffice Calc', pkg: 'libreoffice-calc', has: (env) => onPath('libreoffice', env) && libreOfficeHas('calc', env) },
  { label: 'LibreOffice Writer', pkg: 'libreoffice-writer', has: (env) => onPath('libreoffice', env) && libreOfficeHas('writer', env) },
  { label: 'pdftotext/pdftoppm', pkg: 'poppler-utils', has: (env) => onPath('pdftotext', env) && onPath('pdftoppm', env) },
  { label: 'openpyxl', pkg: 'python3-openpyxl', has: (env) => pythonImports('openpyxl', env) },
  { label: 'python-docx', pkg: 'python3-docx', has: (env) => pythonImports('docx', env) },
  // Decrypts the password-protected .xlsx the import tests build, proving it truly is encrypted.
  { label: 'msoffcrypto', pkg: 'python3-msoffcrypto-tool', has: (env) => pythonImports('msoffcrypto', env) },
  { label: 'Noto CJK 字体', pkg: 'fonts-noto-cjk', has: (env) => notoCjkInstalled(env) },
  // The PDF's fallback for CJK Extension B (𠀀): the export tests find it in /usr/share/fonts.
  { label: '花园明朝 HanaMinB 字体（CJK 扩展 B 区）', pkg: 'fonts-hanazono', has: (env) => fontFamilyInstalled(/HanaMinB/, env) },
]

function onPath(name, env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    try {
      accessSync(join(dir, name), constants.X_OK)
      return true
    } catch {
      // not in this directory
    }
  }
  return false
}

// Debian splits LibreOffice by application: `libreoffice` exists with Calc alone, so look for the module.
function libreOfficeHas(module, env) {
  const root = env.TEST_DEPS_LIBREOFFICE_DIR ?? '/usr/lib/libreoffice/program'
  try {
    accessSync(join(root, module === 'calc' ? 'libsclo.so' : 'libswlo.so'))
    return true
  } catch {
    return false
  }
}

// The tests call Debian's /usr/bin/python3 (python3-openpyxl installs for it; a pyenv shim may hide it).
function pythonImports(module, env) {
  const python = env.TEST_DEPS_PYTHON ?? '/usr/bin/python3'
  return spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore', env }).status === 0
}

function notoCjkInstalled(env) {
  if (!onPath('fc-list', env)) return false
  const out = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', env })
  return out.status === 0 && /Noto (Sans|Serif) CJK/i.test(out.stdout)
}

function fontFamilyInstalled(family, env) {
  if (!onPath('fc-list', env)) return false
  const out = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8', env })
  return out.status === 0 && family.test(out.stdout)
}

export function missingTools(env = process.env) {
  return TOOLS.filter((t) => !t.has(env))
}

export function installCommand(pkgs, sudo = '') {
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${pkgs.join(' ')}`
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

/** Returns the exit status: 0 when every tool is there (or was installed), 1 otherwise. */
export function ensureTestTools(env = process.env, log = console.log) {
  const missing = missingTools(env)
  if (missing.length === 0) return 0
  const pkgs = missing.map((t) => t.pkg)
  const names = missing.map((t) => t.label).join('、')
  const root = env.TEST_DEPS_ROOT ? env.TEST_DEPS_ROOT === '1' : isRoot()
  const canApt = onPath('apt-get', env) && root
  if (!canApt) {
    log(`测试需要 ${names}，本机没有，且无法自动安装（需要 root 权限和 apt-get）。请先运行：`)
    log(`  ${installCommand(pkgs, 'sudo ')}`)
    return 1
  }
  log(`测试需要 ${names}，正在用 apt-get 安装 ${pkgs.join(' ')}（只需一次，约几分钟）…`)
  const logDir = mkdtempSync(join(tmpdir(), 'test-deps-'))
  const logFile = join(logDir, 'apt.log')
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' }
  const run = (args) => {
    const r = spawnSync('apt-get', args, { env: aptEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    appendFileSync(logFile, `$ apt-get ${args.join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}\n`)
    return r.status === 0
  }
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', '--no-install-recommends', ...pkgs])) {
    log(`安装失败（详细输出见 ${logFile}）。请手工运行：`)
    log(`  ${installCommand(pkgs)}`)
    return 1
  }
  const still = missingTools(env)
  if (still.length > 0) {
    log(`安装后仍缺少 ${still.map((t) => t.label).join('、')}（详细输出见 ${logFile}）。请手工运行：`)
    log(`  ${installCommand(still.map((t) => t.pkg))}`)
    return 1
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(ensureTestTools())
