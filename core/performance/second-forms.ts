// A published document may print one project's 绩效目标 under two forms (two filings, or 实施期 and
// 年度 on separate sheets). The app keeps one form per project; a second one that arrives (a file, a
// copy from last year's document, a merged unit document) is kept out of the tables and the export
// and is reported where it arrives and on the form step (P05), never dropped silently.
import type { ProjectForm } from '../model/performance'

export interface SecondForm {
  projectId: string
  /** Index of the second (or later) form in projectForms. */
  index: number
  /** Index of the form the app uses: the first for the project. */
  firstIndex: number
}

export function secondForms(forms: readonly Pick<ProjectForm, 'projectId'>[]): SecondForm[] {
  const first = new Map<string, number>()
  const out: SecondForm[] = []
  forms.forEach((f, index) => {
    const at = first.get(f.projectId)
    if (at === undefined) first.set(f.projectId, index)
    else out.push({ projectId: f.projectId, index, firstIndex: at })
  })
  return out
}

/** What a report says when a second form of a project arrives and is not taken. */
export function secondFormNote(projectName: string): string {
  return `项目“${projectName}”有第二张绩效目标表：每个项目只保留一张（第一张），第二张未采用；如需其中的指标，请合并到保留的表中`
}
