using System.Globalization;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Replies;

namespace FollowUp.Email.Rendering;

/// <summary>How the owner's reply notice says what a reply meant and what FollowUp did, in the owner's language.</summary>
internal static class ReplyWords
{
    private static readonly Dictionary<ReplyIntent, (string Ja, string En)> Intents = new()
    {
        [ReplyIntent.Proceed] = ("選考に進みたい", "wants to go ahead"),
        [ReplyIntent.NotNow] = ("今はタイミングではない", "not now"),
        [ReplyIntent.Decline] = ("辞退", "declines"),
        [ReplyIntent.Question] = ("質問・条件つき", "asks a question or sets a condition"),
        [ReplyIntent.Other] = ("判断できる内容なし", "no decision in it"),
    };

    private static readonly Dictionary<ReplyOutcome, (string Ja, string En)> Outcomes = new()
    {
        [ReplyOutcome.OwnerOnly] = (
            "ケースは自動では動かしていません。内容を確認し、早めにお返事をお願いします。",
            "FollowUp did not move the case; please read the reply and answer soon."),
        [ReplyOutcome.MovedToProceed] = (
            "選考に進むお返事と判断し、ケースを proceed（日程未定）に切り替えました。候補者にはご都合のよい日時を伺うメールを送っています。本日中に次回面接の設定をお願いします。",
            "FollowUp read this as a yes and moved the case to proceed (no date yet): the candidate has been asked for dates that suit them. Please book the next interview today."),
        [ReplyOutcome.MovedToDeclined] = (
            "辞退のお返事と判断し、ケースを declined に切り替えました。候補者にはお礼のメールを送り、振り返りとSNSでのつながりのお願いを別途お送りします。",
            "FollowUp read this as a decline and moved the case to declined: the candidate gets a thank-you, and you will get the retrospective and a reminder to stay connected."),
        [ReplyOutcome.MovedToUndecided] = (
            "今はタイミングではないというお返事と判断し、ケースを undecided に切り替えました。売り込みは控え、時期をおいてご挨拶のメールをお送りします。",
            "FollowUp read this as \"not now\" and moved the case to undecided: no selling, and a friendly check-in later."),
    };

    private const string OverrideJa = "読み取りが違う場合は、正しいリアクションを報告し直してください。";
    private const string OverrideEn = "If the reading is wrong, report the right reaction and the case follows it.";

    public static string Reading(ReplyReading reading, string locale)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var (ja, en) = Intents[reading.Intent];
        var percent = Math.Round(reading.Confidence * 100).ToString("0", CultureInfo.InvariantCulture);
        return locale == Locales.English ? $"{en} (confidence {percent}%)" : $"{ja}（確信度 {percent}%）";
    }

    public static string Done(ReplyOutcome outcome, string locale)
    {
        var (ja, en) = Outcomes[outcome];
        return outcome == ReplyOutcome.OwnerOnly
            ? (locale == Locales.English ? en : ja)
            : (locale == Locales.English ? $"{en} {OverrideEn}" : $"{ja}{OverrideJa}");
    }
}
