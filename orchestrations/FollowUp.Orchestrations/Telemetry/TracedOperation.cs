using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FollowUp.Orchestrations.Telemetry;

/// <summary>
/// One unit of FollowUp's work as a span of <see cref="FollowUpTelemetry.Source"/> and a log scope,
/// both carrying <see cref="TelemetryAttributes.InterviewId"/> once the interview is known, so a
/// case's logs and spans are found by its id. Disposing ends both.
/// </summary>
public sealed class TracedOperation : IDisposable
{
    private readonly ILogger _logger;
    private IDisposable? _scope;

    private TracedOperation(ILogger logger, Activity? activity, string? interviewId)
    {
        _logger = logger;
        Activity = activity;
        if (interviewId is not null)
        {
            ForInterview(interviewId);
        }
    }

    /// <summary>Null when nobody listens to FollowUp's spans (no tracing configured).</summary>
    public Activity? Activity { get; }

    public static TracedOperation Start(ILogger logger, string name, string? interviewId = null, ActivityKind kind = ActivityKind.Internal)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return new TracedOperation(logger, FollowUpTelemetry.Source.StartActivity(name, kind), interviewId);
    }

    /// <summary>
    /// Names the interview once it is known (a reply's token, a new report's id). The enclosing
    /// route span gets it too, so the HTTP request is found by the interview id as well.
    /// </summary>
    public TracedOperation ForInterview(string interviewId)
    {
        Activity?.SetTag(TelemetryAttributes.InterviewId, interviewId);
        if (Activity?.Parent is { } parent
            && parent.Source == FollowUpTelemetry.Source
            && parent.GetTagItem(TelemetryAttributes.InterviewId) is null)
        {
            parent.SetTag(TelemetryAttributes.InterviewId, interviewId);
        }

        _scope ??= _logger.BeginScope(new InterviewLogScope(interviewId));
        return this;
    }

    public TracedOperation Tag(string name, object? value)
    {
        Activity?.SetTag(name, value);
        return this;
    }

    /// <summary>Marks the span failed with the exception's type only: provider messages can quote an address.</summary>
    public void Fail(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
    }

    public void Dispose()
    {
        _scope?.Dispose();
        Activity?.Dispose();
    }
}
