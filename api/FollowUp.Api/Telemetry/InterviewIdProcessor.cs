using System.Diagnostics;
using FollowUp.Orchestrations.Telemetry;
using OpenTelemetry;

namespace FollowUp.Api.Telemetry;

/// <summary>
/// Puts <see cref="TelemetryAttributes.InterviewId"/> on spans FollowUp does not create: the Durable
/// Task SDK's (the instance id is the interview id) and any span started inside one of ours (Azure
/// SDK, HTTP client, table storage). Then one query by interview id finds the whole case.
/// </summary>
public sealed class InterviewIdProcessor : BaseProcessor<Activity>
{
    public override void OnStart(Activity data) => Tag(data);

    // The Durable SDK may tag its instance id after the span started.
    public override void OnEnd(Activity data) => Tag(data);

    private static void Tag(Activity? activity)
    {
        if (activity is null || activity.GetTagItem(TelemetryAttributes.InterviewId) is not null)
        {
            return;
        }

        var interviewId = activity.GetTagItem(TelemetryAttributes.DurableInstanceId)
            ?? activity.Parent?.GetTagItem(TelemetryAttributes.InterviewId);
        if (interviewId is not null)
        {
            activity.SetTag(TelemetryAttributes.InterviewId, interviewId);
        }
    }
}
