using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Policy;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Orchestrations.Cases;

/// <summary>
/// The team's figures over the case list: does the same-day email go out the same day, do candidates
/// answer, where do escalations pile up, and did we ourselves take three days or more to answer.
/// </summary>
public sealed class CaseFigures(ICaseList cases, FollowUpPolicy policy)
{
    public async Task<FiguresReport> ComputeAsync(DateTimeOffset? from, DateTimeOffset? to, string? ownerEmail, CancellationToken cancellationToken)
    {
        var rows = new List<CaseSummary>();
        await foreach (var row in cases.ReadAllAsync(new CaseQuery(OwnerEmail: ownerEmail, From: from, To: to), cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var zone = ZonedTime.FindZone(policy.DefaultTimeZone) ?? TimeZoneInfo.Utc;
        return new FiguresReport
        {
            From = from,
            To = to,
            Owner = ownerEmail,
            Total = Figures.Of(rows, policy.ReplyWindow, zone),
            ByReaction = rows
                .GroupBy(r => r.Reaction)
                .OrderBy(g => g.Key)
                .ToDictionary(g => ReactionNames.Of(g.Key), g => Figures.Of(g.ToList(), policy.ReplyWindow, zone), StringComparer.Ordinal),
            ByOwner = rows
                .GroupBy(r => r.OwnerEmail.Trim().ToLowerInvariant(), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new OwnerFigures(g.Key, g.First().OwnerName, Figures.Of(g.ToList(), policy.ReplyWindow, zone)))
                .ToList(),
        };
    }
}

public sealed record FiguresReport
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public string? Owner { get; init; }

    public required Figures Total { get; init; }

    public required IReadOnlyDictionary<string, Figures> ByReaction { get; init; }

    public required IReadOnlyList<OwnerFigures> ByOwner { get; init; }
}

public sealed record OwnerFigures(string OwnerEmail, string OwnerName, Figures Figures);

/// <summary>One group's figures; shares are 0–1, null when the group has nothing to divide by.</summary>
public sealed record Figures
{
    public int Reports { get; init; }

    /// <summary>Cases whose first candidate email went out on the report's calendar day (in the default time zone).</summary>
    public int SameDayEmails { get; init; }

    public double? SameDayShare { get; init; }

    public double? MedianMinutesToFirstEmail { get; init; }

    public double? P90MinutesToFirstEmail { get; init; }

    /// <summary>Cases whose candidate answered within the reply window of the first email.</summary>
    public int RepliedInWindow { get; init; }

    /// <summary>Of the cases that sent the candidate an email.</summary>
    public double? ReplyRate { get; init; }

    public double? MedianMinutesToReply { get; init; }

    public int Escalations { get; init; }

    public int NoResponseClosures { get; init; }

    public int OptOuts { get; init; }

    /// <summary>Cases where we took <see cref="CaseProjection.SlowAnswerDays"/> days or more to answer the candidate before the interview.</summary>
    public int SlowCompanyAnswerCases { get; init; }

    public static Figures Of(IReadOnlyList<CaseSummary> rows, IsoDuration replyWindow, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var emailed = rows.Where(r => r.FirstEmailAt is not null).ToList();
        var toFirstEmail = emailed.Select(r => (r.FirstEmailAt!.Value - r.ReportedAt).TotalMinutes).ToList();
        var toReply = emailed.Where(r => r.FirstReplyAt is not null).Select(r => (r.FirstReplyAt!.Value - r.FirstEmailAt!.Value).TotalMinutes).ToList();
        var sameDay = emailed.Count(r => Day(r.FirstEmailAt!.Value, zone) == Day(r.ReportedAt, zone));
        var inWindow = emailed.Count(r => r.FirstReplyAt is { } reply && reply <= replyWindow.AddTo(r.FirstEmailAt!.Value, zone));
        return new Figures
        {
            Reports = rows.Count,
            SameDayEmails = sameDay,
            SameDayShare = Share(sameDay, rows.Count),
            MedianMinutesToFirstEmail = Percentile(toFirstEmail, 0.5),
            P90MinutesToFirstEmail = Percentile(toFirstEmail, 0.9),
            RepliedInWindow = inWindow,
            ReplyRate = Share(inWindow, emailed.Count),
            MedianMinutesToReply = Percentile(toReply, 0.5),
            Escalations = rows.Sum(r => r.Escalations),
            NoResponseClosures = rows.Count(r => r.Stage == FollowUpStage.NoResponse),
            OptOuts = rows.Count(r => r.OptedOut),
            SlowCompanyAnswerCases = rows.Count(r => r.SlowCompanyAnswers > 0),
        };
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="share"/> of the values at or below it.</summary>
    public static double? Percentile(IReadOnlyCollection<double> values, double share)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(share * sorted.Length);
        return Math.Round(sorted[Math.Clamp(rank, 1, sorted.Length) - 1], 1);
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static DateOnly Day(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(ZonedTime.ToLocal(instant, zone));
}
