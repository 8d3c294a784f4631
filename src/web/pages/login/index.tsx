// Sign-in: user name and password; on success go back where the visitor was heading.
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { limits } from '../../../shared/api/limits';
import { errorText } from '../../api/errors';
import { useLogin, useSession } from '../../api/session';
import { useI18n } from '../../app/i18n';

interface Fields {
  username: string;
  password: string;
}

/** Only same-site paths may follow a sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const next = safeNext(params.get('next'));
  if (session.data) return <Navigate to={next} replace />;

  const onFinish = (values: Fields) => {
    login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) });
  };
  const required = (field: string) => ({ required: true, message: t('session.required', { field }) });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: '#f0f2f5',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('appName')}
          </Typography.Title>
          <Button
            size="small"
            onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
            data-testid="locale-switch"
          >
            {t('locale.switch')}
          </Button>
        </div>
        <Typography.Paragraph type="secondary">{t('appTagline')}</Typography.Paragraph>
        {login.isError && (
          <Alert type="error" showIcon title={errorText(login.error)} style={{ marginBottom: 16 }} />
        )}
        <Form<Fields> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('session.username')}
            rules={[required(t('session.username')), { max: limits.usernameMax }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('session.password')}
            rules={[required(t('session.password')), { max: limits.passwordMax }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('session.login')}
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Link to="/public">{t('session.publicLink')}</Link>
        </div>
      </Card>
    </div>
  );
}
