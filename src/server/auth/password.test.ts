import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('督查室密码123');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('督查室密码123', stored)).toBe(true);
    expect(await verifyPassword('督查室密码124', stored)).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  it('rejects a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  it('generates passwords of the asked length', () => {
    expect(generatePassword(20)).toMatch(/^[a-zA-Z2-9]{20}$/);
  });
});
