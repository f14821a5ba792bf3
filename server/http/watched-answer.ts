/**
 * For tests under fake timers: the status of an answer once it has come, or 'waiting', without
 * awaiting it (a held refusal must be seen to wait).
 *
 * @example const refused = watchAnswer(app.request('/')); await vi.advanceTimersByTimeAsync(999); expect(refused.status).toBe('waiting')
 */
export function watchAnswer(answer: Response | Promise<Response>): { status: number | 'waiting' } {
  const seen: { status: number | 'waiting' } = { status: 'waiting' }
  void Promise.resolve(answer).then((res) => (seen.status = res.status))
  return seen
}
