// The budget lines behind a derived figure (a 三公 item or 机关运行经费), with a way to each line.
import { Button, Modal, Table } from 'antd'
import type { RoundedLine } from '../../../../core/calc/rounded-lines'
import { FUND_SOURCE_LABELS } from '../../../../core/model/enums'
import { requestFocus } from '../../state/store'
import { text } from '../../text/zh-CN'
import { useSession } from '../../state/session'
import { wanText, yuanText } from '../shared/sums'

interface Props {
  title: string
  lines: readonly RoundedLine[]
  onClose: () => void
  /** Draft index of each analysed line (lines that do not parse are not in the analysis). */
  draftIndex: (analysedIndex: number) => number
}

export function DrillDown({ title, lines, onClose, draftIndex }: Props) {
  const { template } = useSession()
  const t = text.threePublic
  const name = (code: string, kind: 'functional' | 'economicDepartment') => template?.catalog[kind].get(code)?.name ?? ''
  const total = lines.reduce((a, l) => a + l.fen, 0)
  return (
    <Modal open title={title} onCancel={onClose} footer={<Button onClick={onClose}>{text.common.close}</Button>} width={1000}>
      <Table<RoundedLine>
        size="small"
        rowKey={(l) => l.line.id}
        dataSource={[...lines]}
        pagination={false}
        scroll={{ y: 420 }}
        data-testid="drill-down"
        locale={{ emptyText: t.noLines }}
        columns={[
          { title: text.fields.unitId, render: (_, l) => l.unit.name, width: 180 },
          { title: t.kind, render: (_, l) => (l.line.kind === 'basic' ? text.sections.basicLines : (l.project?.name ?? text.sections.projectLines)), width: 180 },
          { title: text.fields.functionCode, render: (_, l) => `${l.line.functionCode} ${name(l.line.functionCode, 'functional')}` },
          { title: text.fields.economicCode, render: (_, l) => `${l.line.economicCode} ${name(l.line.economicCode, 'economicDepartment')}` },
          { title: text.fields.source, render: (_, l) => FUND_SOURCE_LABELS[l.line.source], width: 110 },
          { title: `${text.fields.amount}（${text.common.yuan}）`, align: 'right', render: (_, l) => yuanText(l.fen), width: 130 },
          {
            title: '',
            width: 70,
            render: (_, l) => (
              <Button
                size="small"
                type="link"
                onClick={() => {
                  onClose()
                  requestFocus({ step: l.line.kind === 'basic' ? 'basic' : 'projects', path: ['lines', draftIndex(l.index), 'amount'] })
                }}
              >
                {t.goTo}
              </Button>
            ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              {t.linesTotal(lines.length, wanText(lines.reduce((a, l) => a + l.wan, 0)))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {yuanText(total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        )}
      />
    </Modal>
  )
}
