namespace FollowUp.Orchestrations.Telemetry;

/// <summary>
/// Every metric of the <see cref="FollowUpTelemetry.Name"/> meter. The alert rules and the workbook in
/// infra/bicep query these names in Application Insights' customMetrics: renaming one breaks them.
/// </summary>
public static class MetricNames
{
    public const string ReportsAccepted = "followup.reports.accepted";
    public const string EmailsSent = "followup.emails.sent";
    public const string DeliveryFailures = "followup.email.delivery_failures";
    public const string Replies = "followup.replies";
    public const string Escalations = "followup.escalations";
    public const string ReactionChanges = "followup.reaction_changes";
    public const string OptOuts = "followup.opt_outs";
    public const string Erasures = "followup.erasures";
    public const string CasesNeedingAttention = "followup.cases.needs_attention";
    public const string ReportToFirstEmail = "followup.report_to_first_email";
}
