// The one HTTP client of the web app. It sends Accept-Language and, on writes, the x-csrf-token header
// (double submit, notes/api.md), and turns every failure into an ApiError read from the API's error
// envelope `{ error: { code, message } }` (STYLE.md habit 6). How an error is shown is decided in errors.ts.
import { format, type Locale, messages } from '../app/messages';

let language: Locale = 'zh';
let csrfToken: string | null = null;

export function setApiLanguage(next: Locale): void {
  language = next;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function readCsrfCookie(): string | null {
  const match = /(?:^|;\s*)duban_csrf=([^;]*)/.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isEnvelope(
  body: unknown,
): body is { error: { code: string; message: string; fields?: Record<string, string> } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  /** JSON body. */
  body?: unknown;
  /** Multipart body (file uploads); wins over body. */
  form?: FormData;
  signal?: AbortSignal;
}

/** The reads index.html started before the code arrived (window.__dubanBoot), each usable once. */
interface Boot {
  lang: string;
  responses: Record<string, Promise<Response> | undefined>;
}

declare global {
  interface Window {
    __dubanBoot?: Boot;
  }
}

/** Past this, an early read is too old to stand for a fresh one. */
const bootFreshMs = 10_000;

/** A response index.html already asked for, if it was asked in the same language; taken only once. */
function takeBooted(path: string, lang: string): Promise<Response> | undefined {
  const boot = typeof window === 'undefined' ? undefined : window.__dubanBoot;
  const response = boot?.responses[path];
  if (!boot || !response) return undefined;
  delete boot.responses[path];
  return boot.lang === lang && performance.now() < bootFreshMs ? response : undefined;
}

/** A write (sign-in, sign-out, any change) makes the early reads stale. */
function dropBooted(): void {
  if (typeof window !== 'undefined' && window.__dubanBoot) window.__dubanBoot.responses = {};
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  if (method !== 'GET') dropBooted();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language === 'zh' ? 'zh-CN' : 'en',
  };
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') {
    const token = csrfToken ?? readCsrfCookie();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    const booted =
      method === 'GET' && !options.signal ? takeBooted(path, headers['Accept-Language'] ?? '') : undefined;
    response = await (booted ??
      fetch(path, {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal,
      }));
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', messages[language]['error.network']);
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (response.ok && parsed !== undefined) return parsed as T;
  if (isEnvelope(parsed)) {
    throw new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.fields);
  }
  throw new ApiError(
    response.status,
    'UNEXPECTED',
    format(messages[language]['error.unexpected'], { status: response.status }),
  );
}

/** Query-string from a filter object, leaving out empty values; keys keep a stable order. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
