/** Client for the sitrep HTTP API (shapes in src/api/contract.ts). Same origin only. */
import type { ApiError, ArticleDetail, EventDetail, EventList, IngestResponse } from '../../api/contract.js';

export class ApiFailure extends Error {
  constructor(
    message: string,
    public status: number,
    public code: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'sitrep.token';

export function getToken(): string {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function setToken(t: string): void {
  try {
    if (t) localStorage.setItem(TOKEN_KEY, t);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage disabled */
  }
}

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, signal, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiFailure(`cannot reach the server (${(err as Error).message})`, 0, 'network');
  }
  const body = await res.text();
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    /* not JSON */
  }
  if (!res.ok) {
    const e = (json as ApiError | null)?.error;
    throw new ApiFailure(e?.message ?? `${res.status} ${res.statusText}`, res.status, e?.code ?? String(res.status));
  }
  if (json === null) throw new ApiFailure('the server sent no JSON', res.status, 'bad_response');
  return json as T;
}

export function listEvents(query: string, signal?: AbortSignal): Promise<EventList> {
  return request<EventList>(`/api/events?${query}`, {}, signal);
}

export function getEvent(id: string, signal?: AbortSignal): Promise<EventDetail> {
  return request<EventDetail>(`/api/events/${encodeURIComponent(id)}`, {}, signal);
}

export function getArticle(id: string, signal?: AbortSignal): Promise<ArticleDetail> {
  return request<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`, {}, signal);
}

export interface ArticleInput {
  title?: string;
  url?: string;
  source?: string;
  published?: string;
  text?: string;
  html?: string;
}

export function postArticle(input: ArticleInput): Promise<IngestResponse> {
  const token = getToken();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return request<IngestResponse>('/api/articles', { method: 'POST', headers, body: JSON.stringify(input) });
}

export function exportUrl(format: 'acled-csv' | 'geojson', query: string): string {
  return `/api/export?format=${format}${query ? `&${query}` : ''}`;
}
