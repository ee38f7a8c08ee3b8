// Text-level checks of 第三部分 (official-rules (c)5, (c)10, (c)11, (c)12): they read sentences, not
// the model, so they run on our generated narrative and on a published one (the seeds) alike.
// Real published faults they catch: `占 %，比上年减少 万元` (湛江 2017), `公务接待费1.58元` for 万元
// (甘南 2015), shares summing to 99.99% (000, 004), `增加。；` (001), `1750.6万元` (004).
import type { Finding } from '../finding'
import { excerpt, paragraphsOf, parseAmount, textFinding, type NarrativeText, type Paragraph, type TextContext } from './text-context'

/** Left-over template marks (`XX`, `××`, `{单位名称}`), never our own 【请填写…】 placeholders (Y01–Y03 ask for those). */
const RESIDUE: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /[XxＸｘ]{2,}/gu, what: '模板占位符' },
  { pattern: /[×＊*]{2,}/gu, what: '模板占位符' },
  { pattern: /[{｛][^}｝]{0,20}[}｝]/gu, what: '未替换的模板字段' },
  { pattern: /占\s*[%％]/gu, what: '缺少比例数字' },
  { pattern: /[ \t\u3000]*万元/gu, what: '“万元”前缺少金额' },
]

/**
 * What may stand before `万元` in real text: a figure in any writing (`80`, `１２０`, `1,317.51`, `五十`),
 * an approximate one (`80余万元`, `300多万元`, `数十万元`, `近百万元`, `上千万元`), or a unit label
 * (`单位：万元`, `以万元为单位`), or a threshold (`单价在万元以上`, `万元以下的零星采购`). Anything else
 * (`比上年减少 万元`) is a template left unfilled.
 */
const FIGURE_BEFORE_WAN = /[\d０-９.．,，〇零一二两三四五六七八九十百千万亿余多几数]$/u
const UNIT_LABEL_BEFORE_WAN = /(?:[：:（(]|以|按|单位(?:为|是)?)$/u

function missingAmountBeforeWan(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[ \t\u3000]+$/u, '')
  if (before === '' || FIGURE_BEFORE_WAN.test(before) || UNIT_LABEL_BEFORE_WAN.test(before)) return false
  return !/^[ \t\u3000]*万元(?:为单位|以上|以下|以内)/u.test(text.slice(at))
}

const AMOUNT = String.raw`\d[\d,]*(?:\.\d+)?`

function each(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) visit(m)
}

export function residueFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  for (const p of paragraphsOf(text)) {
    for (const r of RESIDUE) {
      each(r.pattern, p.text, (m) => {
        if (r.what.startsWith('“万元”') && !missingAmountBeforeWan(p.text, m.index)) return
        out.push(textFinding(ctx, 'K12', 'error', p, m[0], `模板残留（${r.what}）：“${excerpt(p.text, m.index, m[0].length)}”`))
      })
    }
    each(/[。；，、][。；]|[。；][，、]/gu, p.text, (m) => out.push(textFinding(ctx, 'K12', 'warning', p, m[0], `标点重复“${m[0]}”：“${excerpt(p.text, m.index, m[0].length)}”`)))
  }
  return out
}

/** `1.58元` where 万元 is meant: an amount in 元 inside the narrative (all of 第三部分 speaks 万元). */
export function unitFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  for (const p of paragraphsOf(text)) {
    each(new RegExp(String.raw`(${AMOUNT})元`, 'gu'), p.text, (m) => {
      const before = p.text.slice(0, m.index)
      if (/[万亿千百]$/.test(before)) return
      const amount = parseAmount(m[1] as string)
      // Blocks only when it is a table figure in the tables' format (two decimals, 甘南 `1.58元`);
      // a standard or small sum in 元 (`每人每月300元`) is ordinary text: a reminder, not a fault.
      if (amount !== undefined && /\.\d{2}$/u.test(m[1] as string) && ctx.figures?.has(amount)) {
        out.push(textFinding(ctx, 'K12', 'error', p, m[0], `金额“${m[0]}”应为“${m[1]}万元”（表中为${m[1]}万元）`))
        return
      }
      out.push(textFinding(ctx, 'K12', 'warning', p, m[0], `金额“${m[0]}”以元为单位，请确认（情况说明的金额一般以万元表述）：“${excerpt(p.text, m.index, m[0].length)}”`))
    })
    // Spec §3: 万元 in text has two decimals (004 `1750.6万元`).
    each(new RegExp(String.raw`(?<![\d.,])(\d[\d,]*\.\d)万元`, 'gu'), p.text, (m) =>
      out.push(textFinding(ctx, 'K12', 'warning', p, m[0], `金额“${m[1]}万元”只有一位小数，应保留两位小数（如${m[1]}0万元）`)),
    )
  }
  return out
}

/** Shares listed in one paragraph (二, 三, 五（二）) must add up to 100.00%; 000 and 004 print 99.99%. */
export function shareFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  for (const p of paragraphsOf(text)) {
    const shares: number[] = []
    each(/占(\d+(?:\.\d+)?)%/gu, p.text, (m) => shares.push(Math.round(Number(m[1]) * 100)))
    if (shares.length < 2) continue
    const sum = shares.reduce((a, b) => a + b, 0)
    // A complete list misses 100% by rounding only; a partial list (…等) is far below.
    if (sum === 10000 || Math.abs(sum - 10000) > 10) continue
    const printed = `${Math.trunc(sum / 100)}.${String(sum % 100).padStart(2, '0')}%`
    out.push(textFinding(ctx, 'K12', 'warning', p, '', `各项占比合计为${printed}，不等于100%（各项四舍五入后应调整尾差，使合计为100.00%）`))
  }
  return out
}

/** Clauses of one comparison: split at `；` and `。` so each figure is read with its own words. */
function clauses(p: Paragraph): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = []
  let at = 0
  for (const part of p.text.split(/(?<=[；;。])/u)) {
    out.push({ text: part, at })
    at += part.length
  }
  return out
}

// Built once: the checks run over every clause of the narrative after each edit (none is global, so exec keeps no state).
const UP_THEN_DOWN = new RegExp(String.raw`增加(${AMOUNT})万元[，,]\s*(?:下降|减少)\d`, 'u')
const DOWN_THEN_UP = new RegExp(String.raw`减少(${AMOUNT})万元[，,]\s*(?:增长|增加)\d`, 'u')
const MOVED = new RegExp(String.raw`(?:增加|减少)(${AMOUNT})万元`, 'u')
const GROWTH_FROM_ZERO = new RegExp(String.raw`(${AMOUNT})万元[^；。]*?比上年增加(${AMOUNT})万元[，,]\s*增长(\d+(?:\.\d+)?)%`, 'u')

/**
 * Direction words (official-rules (c)5, (c)12): 增加 goes with 增长, 减少 with 下降; 持平/相同 only for
 * no change; no `增加0万元`; no growth rate when the prior year was 0. 七 reports as K05, others K12.
 */
export function directionFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  for (const p of paragraphsOf(text)) {
    const ruleId = p.section === '七' ? 'K05' : 'K12'
    for (const c of clauses(p)) {
      const report = (message: string, snippet = '') => out.push(textFinding(ctx, ruleId, 'error', p, snippet, `${message}：“${c.text.trim()}”`))
      const up = UP_THEN_DOWN.exec(c.text)
      const down = DOWN_THEN_UP.exec(c.text)
      if (up || down) report('增减方向前后矛盾（金额与比率的增减词不一致）')
      const zero = /(?:增加|减少|增长|下降)0(?:\.0+)?(?:万元|%)/u.exec(c.text)
      if (zero) report(`变动为0时应写“持平”或“与上年预算数相同”，不应写“${zero[0]}”`, zero[0])
      const same = /持平|相同/u.test(c.text)
      const moved = MOVED.exec(c.text)
      if (same && moved && parseAmount(moved[1] as string) !== 0 && !/其中/u.test(c.text)) report(`同一句既称“持平/相同”又写“${moved[0]}”`)
      // 上年为0 ⇒ no rate (spec §9.5): the increase equals the amount itself, yet a rate is printed.
      const growth = GROWTH_FROM_ZERO.exec(c.text)
      if (growth && growth[1] === growth[2]) report(`上年为0时不应计算增长率（增加额${growth[2]}万元等于本年数）`)
    }
  }
  return out
}

/** A 4-digit year that is neither {年} nor {年−1} (official-rules (c)10): text left from another year. */
export function yearFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  const allowed = new Set([ctx.year, ctx.year - 1])
  for (const p of paragraphsOf(text)) {
    each(/(?<![\d〔【[（(－—–-])((?:19|20)\d{2})(?=年)(?![^〔【[]*[〕】\]])/gu, p.text, (m) => {
      const year = Number(m[1])
      const after = p.text.slice(m.index + 4, m.index + 6)
      if (allowed.has(year) || /^年[-－—–~～至]/.test(after) || /^-/.test(p.text.slice(m.index + 4))) return
      // A template sentence that starts with the wrong year blocks; a year inside typed text is a warning.
      const severity = m.index === 0 ? 'error' : 'warning'
      out.push(textFinding(ctx, 'K10', severity, p, m[0], `出现年份“${year}年”，本文档为${ctx.year}年预算（比较年度为${ctx.year - 1}年），疑为沿用其他年度的文字：“${excerpt(p.text, m.index, 5)}”`))
    })
  }
  return out
}

/** Sentence heads `{年}年度{部门名称}预算收入…` must name the department as on the cover ((c)11). */
const NAMED_HEADS = /^(\d{4})年度?(.+?)(?:预算收入|支出预算|财政拨款收支|一般公共预算|财政拨款安排|政府采购预算|纳入绩效目标管理|无(?=政府采购|纳入|一般公共预算|上年))/u

export function nameFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  for (const p of paragraphsOf(text)) {
    const m = NAMED_HEADS.exec(p.text)
    const name = m?.[2]
    // `{部门名称}各单位` is a wording choice (settings.wording.subject), not another name.
    if (name && !/^编报/.test(name) && name !== ctx.departmentName && name !== `${ctx.departmentName}各单位`) {
      out.push(textFinding(ctx, 'K11', 'error', p, name, `单位名称“${name}”与封面和报表的“${ctx.departmentName}”不一致`))
    }
    const count = /机关及下属预算单位(\d+)个/u.exec(p.text)
    if (count && ctx.unitCount !== undefined && Number(count[1]) !== ctx.unitCount) {
      out.push(textFinding(ctx, 'K11', 'error', p, count[0], `称“机关及下属预算单位${count[1]}个”，单位名单和项目支出表中为${ctx.unitCount}个`))
    }
  }
  return out
}
