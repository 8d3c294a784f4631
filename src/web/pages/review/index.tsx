// Placeholder until this page is built.
import { Empty } from 'antd';

export default function Page() {
  return <Empty />;
}
