// Counts by status (已完成/超进度/达进度/欠进度/未启动/无数据); each opens the targets list filtered by it.
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import type { Counts } from '../../../shared/api/common';
import { STATUS, STATUS_IDS } from '../../../shared/status';
import { useI18n } from '../../app/i18n';
import { statusHex } from '../../components/StatusTag';

export function StatusCounts({ counts, planId }: { counts: Counts; planId: number }) {
  const { locale } = useI18n();
  return (
    <Row gutter={[12, 12]}>
      {STATUS_IDS.map((status) => (
        <Col key={status} xs={8} sm={8} md={4}>
          <Link to={`/plans/${planId}/targets?status=${status}`} data-testid={`count-${status}`}>
            <Card size="small" hoverable>
              <Statistic
                title={STATUS[status][locale]}
                value={counts[status]}
                styles={{ content: { color: statusHex(status) } }}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
