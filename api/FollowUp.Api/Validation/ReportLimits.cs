using FollowUp.Orchestrations.Operations.Erasure;

namespace FollowUp.Api.Validation;

/// <summary>Bounds on what a report may carry: enough for a real interview, small enough for the orchestration input.</summary>
public static class ReportLimits
{
    public const int MaxBodyBytes = 64 * 1024;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = CandidateAddress.MaxLength;
    public const int MaxShortTextLength = 500;
    public const int MaxFeedbackItemLength = 2000;
    public const int MaxFeedbackItems = 20;
    public const int MaxProfiles = 10;
    public const int MaxUrlLength = 2000;
    public const int MaxContactEvents = 200;
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 480;
    public const int DefaultDurationMinutes = 60;

    /// <summary>Interview ids become instance ids, storage keys and parts of reply addresses.</summary>
    public const string InterviewIdPattern = "^[A-Za-z0-9_-]{1,64}$";

    /// <summary>Clocks of the interviewer's device and ours differ a little; an interview "now" is not in the future.</summary>
    public static TimeSpan ClockSkew { get; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A report older than this is a mistake (a wrong year) or too late for a same-day email to make
    /// sense; an interview from 1900 would also schedule its 3-month check-in at once.
    /// </summary>
    public static TimeSpan MaxReportAge { get; } = TimeSpan.FromDays(30);

    /// <summary>A next interview further out than this is a typo (year 9999 would overflow the reminder's arithmetic).</summary>
    public static TimeSpan MaxNextInterviewAhead { get; } = TimeSpan.FromDays(365);
}
