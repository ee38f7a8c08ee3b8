// 关于: version, runtime, the budget years with templates, the PDF fonts with their licences and
// the third-party notices (app:about).
import { Button, Descriptions, Modal, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { ResponseOf } from '../../../../core/api/contract'
import { call } from '../../api/client'
import { text } from '../../text/zh-CN'

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [about, setAbout] = useState<ResponseOf<'app:about'> | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void call('app:about', {}).then((r) => (r.ok ? setAbout(r.value) : setError(r.error.message)))
  }, [])
  const t = text.about
  return (
    <Modal open title={t.title} onCancel={onClose} footer={<Button onClick={onClose}>{text.common.close}</Button>} width={720}>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {!about && !error && <Spin />}
      {about && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t.product}>{about.productName}</Descriptions.Item>
            <Descriptions.Item label={t.version}>{about.version}</Descriptions.Item>
            <Descriptions.Item label={t.runtime}>{about.runtime}</Descriptions.Item>
            <Descriptions.Item label={t.years}>{about.supportedYears.map((y) => text.format.year(y)).join('、')}</Descriptions.Item>
            {about.fonts.map((f) => (
              <Descriptions.Item key={f.file} label={t.font}>
                {`${f.name}（${f.usedFor.join('、')}）— ${f.licence}`}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Title level={5}>{t.notices}</Typography.Title>
          <pre className="about-notices">{about.notices}</pre>
        </>
      )}
    </Modal>
  )
}
