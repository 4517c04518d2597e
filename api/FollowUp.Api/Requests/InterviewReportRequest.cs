namespace FollowUp.Api.Requests;

/// <summary>
/// The body of <c>POST /api/interviews</c> as the form sends it (camelCase JSON). Every
/// field is optional here so that a missing one becomes a field error, not a parse failure.
/// </summary>
public sealed record InterviewReportRequest
{
    public string? InterviewId { get; init; }

    public DateTimeOffset? InterviewedAt { get; init; }

    public string? Reaction { get; init; }

    public CandidateRequest? Candidate { get; init; }

    public OwnerRequest? Owner { get; init; }

    public NextInterviewRequest? NextInterview { get; init; }

    public FeedbackRequest? Feedback { get; init; }

    public IReadOnlyList<ContactEventRequest>? ContactTimeline { get; init; }

    /// <summary>Times the candidate may pick from a link; each shaped and checked like <see cref="NextInterview"/>.</summary>
    public IReadOnlyList<NextInterviewRequest>? Slots { get; init; }
}

public sealed record CandidateRequest
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Locale { get; init; }

    public string? TimeZone { get; init; }

    public IReadOnlyList<ProfileRequest>? Profiles { get; init; }
}

public sealed record ProfileRequest
{
    public string? Network { get; init; }

    public string? Url { get; init; }
}

public sealed record OwnerRequest
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Locale { get; init; }

    public string? TimeZone { get; init; }
}

public sealed record NextInterviewRequest
{
    public DateTimeOffset? StartsAt { get; init; }

    public int? DurationMinutes { get; init; }

    public string? With { get; init; }

    public string? Location { get; init; }
}

public sealed record FeedbackRequest
{
    public IReadOnlyList<string>? Positive { get; init; }

    public IReadOnlyList<string>? Improve { get; init; }

    public IReadOnlyList<string>? Prepare { get; init; }

    public string? VoiceUrl { get; init; }

    /// <summary>The <c>recordingId</c> an upload to <c>POST /api/interviews/{id}/voice</c> answered; the report must use the same interview id.</summary>
    public string? VoiceRecordingId { get; init; }

    /// <summary>Whom the candidate would meet next, e.g. "代表取締役の山根"; optional.</summary>
    public string? NextStepWith { get; init; }
}

public sealed record ContactEventRequest
{
    public DateTimeOffset? At { get; init; }

    public string? Direction { get; init; }

    public string? Channel { get; init; }
}
