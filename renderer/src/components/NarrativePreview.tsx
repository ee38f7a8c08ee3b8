// 第三部分 情况说明 and 第四部分 名词解释 as the core builds them: every figure read from the tables.
import { chartDisplay } from '../../../core/narrative/chart-display'
import type { ChartSpec, Narrative } from '../../../core/narrative/narrative-model'
import { formatPercent, formatWanText } from '../../../core/money/format'
import { text } from '../text/zh-CN'

/** The chart as bars, or the sentence the PDF and Word print instead of a one-category chart. */
function Chart({ chart }: { chart: ChartSpec }) {
  const shown = chartDisplay(chart)
  if (shown.kind === 'none') return null
  if (shown.kind === 'sentence')
    return (
      <p className="narrative-chart-sentence" data-testid="chart-sentence">
        {shown.text}
      </p>
    )
  return (
    <figure className="narrative-chart" data-testid="chart">
      {shown.items.map((it) => (
        <div key={it.name} className="chart-bar">
          <span className="chart-name">{it.name}</span>
          <span className="chart-track">
            <span className="chart-fill" style={{ width: `${it.share / 100}%` }} />
          </span>
          <span className="chart-value">
            {formatWanText(it.value)}
            {text.common.wan} · {formatPercent(it.share)}
          </span>
        </div>
      ))}
      <figcaption>{chart.caption}</figcaption>
    </figure>
  )
}

export function NarrativePreview({ narrative }: { narrative: Narrative }) {
  return (
    <article className="narrative-preview" data-testid="narrative-preview">
      <h3>
        {text.review.partThree}
        {narrative.title}
      </h3>
      {narrative.sections.map((s) => (
        <section key={s.id} data-section={s.id}>
          <h4>{s.heading}</h4>
          {s.blocks.map((b, i) => {
            switch (b.kind) {
              case 'subheading':
                return <h5 key={i}>{b.text}</h5>
              case 'paragraph':
                return <p key={i}>{b.text}</p>
              case 'chart':
                return <Chart key={i} chart={b.chart} />
              case 'attachments':
                return (
                  <p key={i} className="narrative-attachment">
                    {text.review.attachments[b.slot]}
                  </p>
                )
            }
          })}
        </section>
      ))}
      <h3>{text.review.partFour}</h3>
      {narrative.glossary.map((g) => (
        <p key={g} className="glossary-entry">
          {g}
        </p>
      ))}
    </article>
  )
}
