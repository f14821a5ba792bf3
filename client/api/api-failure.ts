/**
 * What went wrong with one API call, in words a page can show. `status` 0 means the network itself
 * failed (offline, server down); otherwise it is the HTTP status, `code` the server's error code and
 * `details` what the server added (read it typed with `detailsOf` of request.ts).
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }

  get notFound(): boolean {
    return this.status === 404
  }
}
