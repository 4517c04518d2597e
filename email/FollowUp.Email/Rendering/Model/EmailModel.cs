namespace FollowUp.Email.Rendering.Model;

/// <summary>
/// The merge fields every template sees, in snake_case (<c>{{ candidate.name }}</c>,
/// <c>{{ next_interview.starts }}</c>). Dates are already formatted in the recipient's language and
/// the candidate's time zone. A field that does not apply to a kind is nil, never absent, so a typo
/// in a template fails loudly instead of rendering a blank.
/// </summary>
public sealed record EmailModel
{
    public required string Company { get; init; }

    public required string RecipientName { get; init; }

    public required PersonModel Candidate { get; init; }

    public required PersonModel Owner { get; init; }

    public required InterviewModel Interview { get; init; }

    public NextInterviewModel? NextInterview { get; init; }

    /// <summary>The booked interview that no longer stands (<c>InterviewCancelled</c>).</summary>
    public NextInterviewModel? CancelledInterview { get; init; }

    /// <summary>The confirmation replaces an earlier date.</summary>
    public bool Rescheduled { get; init; }

    public required FeedbackModel Feedback { get; init; }

    /// <summary>The voice message recorded in the form, for the owner's no-reply escalation; nil otherwise.</summary>
    public VoiceModel? Voice { get; init; }

    public ReplyModel? Reply { get; init; }

    public RetrospectiveModel? Retrospective { get; init; }

    public FailureModel? Failure { get; init; }

    /// <summary>The step that keeps failing (<c>OwnerStepStuck</c>).</summary>
    public StuckStepModel? StuckStep { get; init; }

    public string? RecontactAt { get; init; }

    public int Round { get; init; } = 1;

    /// <summary>The candidate's own reply moved the case here: thank them for writing, not for today's meeting.</summary>
    public bool FollowsReply { get; init; }

    /// <summary>A reply came while nurturing: when the check-in still goes out (owner's reply notice).</summary>
    public string? CheckInAt { get; init; }

    /// <summary>A reply came before a booked interview: its reminder waits for the owner (owner's reply notice).</summary>
    public bool ReminderHeld { get; init; }

    /// <summary>The route that keeps the booked date and releases a held reminder (POST, function key).</summary>
    public required string ConfirmDateUrl { get; init; }

    /// <summary>The candidate wrote back before the check-in.</summary>
    public bool RepliedBefore { get; init; }

    /// <summary>No earlier email of the case reached the candidate: it may thank them for the meeting.</summary>
    public bool FirstEmail { get; init; } = true;

    /// <summary>The email is made on the interview's calendar day in the candidate's zone: "本日"/"today" is true.</summary>
    public bool InterviewWasToday { get; init; } = true;

    public IReadOnlyList<ProfileModel> Profiles { get; init; } = [];

    /// <summary>Only in candidate emails.</summary>
    public string? OptOutUrl { get; init; }

    /// <summary>The page where the candidate books one of the offered slots; only when the case offers some.</summary>
    public string? ScheduleUrl { get; init; }

    /// <summary>The interview's status page in the API, for owner emails.</summary>
    public required string StatusUrl { get; init; }
}
