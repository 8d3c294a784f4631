// 用户管理 (admin): the list of users and a form to add one. A reporter must belong to a department.
import { Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { limits } from '../../../../shared/api/limits';
import type { User } from '../../../../shared/api/users';
import { useReportError } from '../../../api/errors';
import { useDepartments } from '../../../api/hooks';
import { formatDateTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { ErrorState } from '../../../components/QueryState';
import { useCreateUser, useUsers } from './api';

const roles = ['admin', 'reporter', 'leader'] as const;

interface Fields {
  username: string;
  name: string;
  role: User['role'];
  departmentId?: number | null;
  password: string;
}

export default function UsersPage() {
  const { t, locale } = useI18n();
  const users = useUsers();
  const departments = useDepartments();
  const create = useCreateUser();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Fields>();
  const role = Form.useWatch('role', form);
  const deptName = new Map((departments.data ?? []).map((d) => [d.id, d.name]));

  const onOk = async () => {
    const v = await form.validateFields();
    create.mutate(
      { ...v, departmentId: v.departmentId ?? null },
      {
        onSuccess: () => {
          setOpen(false);
          form.resetFields();
        },
        onError: (e) => reportError(e, form),
      },
    );
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('admin.users')}
        </Typography.Title>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('admin.newUser')}
        </Button>
      </Space>
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<User>
          rowKey="id"
          size="small"
          loading={users.isPending}
          dataSource={users.data ?? []}
          scroll={{ x: 640 }}
          columns={[
            { title: t('session.username'), dataIndex: 'username' },
            { title: t('admin.personName'), dataIndex: 'name' },
            { title: t('admin.role'), render: (_, u) => t(`role.${u.role}`) },
            {
              title: t('admin.department'),
              render: (_, u) => (u.departmentId ? deptName.get(u.departmentId) : '—'),
            },
            { title: t('admin.createdAt'), render: (_, u) => formatDateTime(u.createdAt, locale) },
          ]}
        />
      )}
      <Modal
        open={open}
        title={t('admin.newUser')}
        onCancel={() => setOpen(false)}
        onOk={() => void onOk()}
        confirmLoading={create.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        forceRender
      >
        <Form<Fields> form={form} layout="vertical" initialValues={{ role: 'reporter' }}>
          <Form.Item
            name="username"
            label={t('session.username')}
            rules={[{ required: true, whitespace: true }, { max: limits.usernameMax }]}
          >
            <Input maxLength={limits.usernameMax} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('admin.personName')}
            rules={[{ required: true, whitespace: true }, { max: limits.nameMax }]}
          >
            <Input maxLength={limits.nameMax} />
          </Form.Item>
          <Form.Item name="role" label={t('admin.role')} rules={[{ required: true }]}>
            <Select options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="departmentId"
            label={t('admin.department')}
            rules={[{ required: role === 'reporter' }]}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="user-department"
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('session.password')}
            rules={[{ required: true }, { min: limits.passwordMin }, { max: limits.passwordMax }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
