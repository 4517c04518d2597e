using System.Text.Json.Serialization;

namespace FollowUp.Orchestrations.Storage;

/// <summary>One line of an interview's history as an admin reads it: an email sent, skipped or failed, a reply.</summary>
/// <param name="Reply">For a <see cref="TimelineEntryKind.CandidateReplied"/> entry: how the reply was read and what was done.</param>
/// <param name="Key">Deterministic per fact (an email's message key, an inbound message id), so a retry overwrites instead of adding.</param>
public sealed record TimelineEntry(
    string InterviewId,
    string Key,
    DateTimeOffset At,
    TimelineEntryKind Kind,
    string Summary,
    string? ProviderOperationId = null,
    ReplyRecord? Reply = null);

[JsonConverter(typeof(JsonStringEnumConverter<TimelineEntryKind>))]
public enum TimelineEntryKind
{
    EmailSent,
    EmailSkipped,
    EmailFailed,
    CandidateReplied,
    ReactionChanged,
    OptedOut,

    /// <summary>The candidate first played the recorded voice message on its listening page.</summary>
    VoiceListened,
}
