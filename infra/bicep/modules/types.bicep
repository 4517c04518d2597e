// Shapes shared by main.bicep and the modules.

@export()
@description('The follow-up policy (docs/playbook.md); durations are ISO 8601, the send window is HH:mm-HH:mm.')
type followUpPolicy = {
  @description('considering: wait after the thank-you email before the status check.')
  replyWindow: string

  @description('considering: wait after the status check before closing as no-response.')
  noResponseWindow: string

  @description('undecided: wait after the interview before the check-in.')
  nurtureAfter: string

  @description('proceed without a date: wait for the booking before escalating again.')
  bookingWindow: string

  @description('proceed: reminder before the next interview.')
  reminderBefore: string

  @description('How long a case stays open for a new reaction or a late reply once the playbook has done its part.')
  keepOpenFor: string

  @description('The longest one orchestration execution waits; longer waits continue as new so histories stay short.')
  maxWaitPerExecution: string

  @description('How long a failing step is retried before the owner is told.')
  retryFailuresFor: string

  @description('First wait between retries of a failing step.')
  retryBackoffStart: string

  @description('Longest wait between retries of a failing step.')
  retryBackoffCap: string

  @description('How long a step may keep failing before the case shows NeedsAttention.')
  needsAttentionAfter: string

  @description('Candidate\'s local hours for follow-ups; 00:00-24:00 means any time.')
  sendWindow: string

  @description('IANA time zone used when the candidate gives none.')
  defaultTimeZone: string
}
