import type { QueryParams } from './client.ts';

/** Paging and sorting sent to every list endpoint: `?limit=25&offset=0&sort=-createdAt`. */
export interface ListParams {
  limit: number;
  offset: number;
  /** Absent for lists the server keeps in a fixed order (outbox, pending actions). */
  sort?: string | undefined;
}

export function toQuery(params: ListParams, filters: Record<string, string | undefined> = {}): QueryParams {
  return { limit: params.limit, offset: params.offset, sort: params.sort, ...filters };
}
