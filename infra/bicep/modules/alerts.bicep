// What the team watches: a workbook with FollowUp's figures, and log alerts that mail the ops address
// when emails fail, a case needs a person, or a report got no same-day email within 5 minutes.
// The queries read the app's OpenTelemetry metrics (customMetrics, names from MetricNames.cs) and
// log lines (traces); renaming either in the code breaks them, and a test holds them together.

@description('Resource id of the Application Insights the app exports to.')
param applicationInsightsId string

@description('Azure region of the alert rules and the workbook.')
param location string

@description('Tags for the resources.')
param tags object = {}

@description('Where alerts are mailed. Empty deploys the workbook only: no action group, no alert rules.')
param opsEmail string = ''

var alertsOn = !empty(opsEmail)

var deliveryFailuresQuery = '''
customMetrics
| where name == "followup.email.delivery_failures"
| extend failure = tostring(customDimensions["followup.failure"]), kind = tostring(customDimensions["followup.email.kind"])
| summarize failures = sum(valueSum) by failure, kind
| where (failure == "permanent" and failures > 0) or (failure == "transient" and failures >= 5)
'''

var casesNeedingAttentionQuery = '''
let attention = customMetrics
    | where name == "followup.cases.needs_attention"
    | summarize cases = sum(valueSum) by reason = tostring(customDimensions["followup.attention.reason"]);
let failedSpans = requests
    | where name startswith "orchestration:"
    | where success == false or tostring(customDimensions["durabletask.task.status"]) == "Failed"
    | summarize cases = todouble(dcount(tostring(customDimensions["followup.interview_id"])))
    | extend reason = "orchestration_failed";
let failedInHost = traces
    | where tostring(customDimensions.Category) == "Host.Triggers.DurableTask"
    | extend state = tostring(coalesce(customDimensions.prop__state, customDimensions.state)),
             functionType = tostring(coalesce(customDimensions.prop__functionType, customDimensions.functionType)),
             instanceId = tostring(coalesce(customDimensions.prop__instanceId, customDimensions.instanceId))
    | where state == "Failed" and functionType == "Orchestrator"
    | summarize cases = todouble(dcount(instanceId))
    | extend reason = "orchestration_failed";
union attention, failedSpans, failedInHost
| where cases > 0
'''

// Reports accepted 5 to 10 minutes ago (each is checked once at a 5-minute frequency) whose interview
// logged no email outcome within 5 minutes. The phrases are the app's own log messages.
var noSameDayEmailQuery = '''
let interviewId = (d: dynamic) { tostring(coalesce(d["followup.interview_id"], d["InterviewId"])) };
let accepted = traces
    | where timestamp between (ago(10m) .. ago(5m))
    | where message has "report accepted"
    | project id = interviewId(customDimensions), acceptedAt = timestamp;
let firstEmail = traces
    | where timestamp > ago(15m)
    | where message has "sent through" or message has "not sent, the candidate opted out" or message has "could not be delivered"
    | summarize firstAt = min(timestamp) by id = interviewId(customDimensions);
accepted
| join kind=leftouter firstEmail on id
| where isnull(firstAt) or firstAt > acceptedAt + 5m
| project id, acceptedAt, firstAt
'''

var rules = [
  {
    name: 'followup-delivery-failures'
    displayName: 'FollowUp: emails could not be delivered'
    description: 'A candidate or owner email was refused for good, or sends keep failing (5+ transient failures in 15 minutes). The timeline of the interview (GET /api/interviews/{id}) names the email and the reason.'
    severity: 2
    windowSize: 'PT15M'
    query: deliveryFailuresQuery
  }
  {
    name: 'followup-cases-need-attention'
    displayName: 'FollowUp: a case failed or needs attention'
    description: 'An orchestration failed, or a candidate email failed for good and the owner was told (OwnerDeliveryFailed). See docs/operations.md, "A case that needs attention".'
    severity: 1
    windowSize: 'PT15M'
    query: casesNeedingAttentionQuery
  }
  {
    name: 'followup-no-same-day-email'
    displayName: 'FollowUp: no same-day email within 5 minutes of a report'
    description: 'A report was accepted but its interview sent no first email within 5 minutes. Find its trace by the interview id (followup.interview_id) in Transaction search.'
    severity: 1
    windowSize: 'PT15M'
    query: noSameDayEmailQuery
  }
]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (alertsOn) {
  name: 'ag-followup-ops'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'FollowUpOps'
    enabled: true
    emailReceivers: [
      {
        name: 'ops'
        emailAddress: opsEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: if (alertsOn) {
    name: rule.name
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        applicationInsightsId
      ]
      evaluationFrequency: 'PT5M'
      windowSize: rule.windowSize
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: {
        actionGroups: [
          actionGroup.id
        ]
      }
    }
  }
]

func tile(title string, query string, visualization string) object => {
  type: 3
  content: {
    version: 'KqlItem/1.0'
    title: title
    query: query
    size: 0
    timeContext: {
      durationMs: 604800000
    }
    queryType: 0
    resourceType: 'microsoft.insights/components'
    visualization: visualization
  }
}

var workbook = {
  version: 'Notebook/1.0'
  items: [
    {
      type: 1
      content: {
        json: '## FollowUp\nEmails, failures, replies and escalations from the app\'s OpenTelemetry metrics. To follow one report, search Transaction search for its `followup.interview_id`.'
      }
    }
    tile('Reports accepted, by reaction', 'customMetrics | where name == "followup.reports.accepted" | summarize reports = sum(valueSum) by reaction = tostring(customDimensions["followup.reaction"]), bin(timestamp, 1d)', 'barchart')
    tile('Emails sent, by kind and transport', 'customMetrics | where name == "followup.emails.sent" | summarize emails = sum(valueSum) by kind = tostring(customDimensions["followup.email.kind"]), transport = tostring(customDimensions["followup.email.transport"]) | order by emails desc', 'table')
    tile('Delivery failures (transient / permanent)', 'customMetrics | where name == "followup.email.delivery_failures" | summarize failures = sum(valueSum) by failure = tostring(customDimensions["followup.failure"]), bin(timestamp, 1h)', 'timechart')
    tile('Report → first email (seconds)', 'customMetrics | where name == "followup.report_to_first_email" | summarize emails = sum(valueCount), mean_s = sum(valueSum) / sum(valueCount), max_s = max(valueMax) by bin(timestamp, 1h)', 'timechart')
    tile('Replies, escalations, reaction changes, opt-outs, erasures', 'customMetrics | where name in ("followup.replies", "followup.escalations", "followup.reaction_changes", "followup.opt_outs", "followup.erasures") | summarize count_ = sum(valueSum) by name, bin(timestamp, 1d)', 'barchart')
    tile('Cases needing attention', 'customMetrics | where name == "followup.cases.needs_attention" | summarize cases = sum(valueSum) by reason = tostring(customDimensions["followup.attention.reason"]), bin(timestamp, 1d)', 'barchart')
  ]
  '$schema': 'https://github.com/Microsoft/Application-Insights-Workbooks/blob/master/schema/workbook.json'
}

resource figures 'Microsoft.Insights/workbooks@2023-06-01' = {
  name: guid(applicationInsightsId, 'followup-workbook')
  location: location
  tags: tags
  kind: 'shared'
  properties: {
    displayName: 'FollowUp'
    category: 'workbook'
    sourceId: applicationInsightsId
    serializedData: string(workbook)
  }
}

output workbookId string = figures.id
output alertRuleNames string[] = alertsOn ? map(rules, r => r.name) : []
