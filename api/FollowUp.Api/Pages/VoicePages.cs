using System.Globalization;
using System.Net;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Voice;

namespace FollowUp.Api.Pages;

/// <summary>
/// The candidate's listening page: a few warm words in their language and a player whose source is the
/// app's own audio route. The player loads nothing until it is started (<c>preload="none"</c>), so a mail
/// scanner opening the link neither downloads the recording nor counts as a listen.
/// </summary>
public static class VoicePages
{
    /// <summary>Relative to <c>/api/voice</c>, so it resolves under either host's route prefix.</summary>
    private const string AudioPath = "voice/audio?token=";

    public static string Playable(InterviewReport report, VoiceRecording recording, string token)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(recording);
        var english = report.Candidate.Locale == Locales.English;
        var player = $"""
            <audio controls preload="none" src="{WebUtility.HtmlEncode(AudioPath + Uri.EscapeDataString(token))}" style="width:100%;margin:1rem 0"></audio>
            """;
        var owner = report.Owner.Name;
        var candidate = report.Candidate.Name;
        var length = Length(recording.DurationSeconds, english);
        return english
            ? OptOutPages.Page("en", $"A voice message from {owner}", [
                $"Dear {candidate}, thank you for taking the time to talk with us. {owner} recorded a short message for you about your conversation{length}.",
                "Press play whenever it suits you. If it will not play, just reply to our email and we will send the feedback in writing.",
            ], player)
            : OptOutPages.Page("ja", $"{owner}からの音声メッセージ", [
                $"{candidate}さん、先日はお時間をいただきありがとうございました。面談でのお話をふまえて、{owner}から声でフィードバックをお届けします{length}。",
                "ご都合のよいときに再生してください。再生できない場合は、メールにご返信いただければ文字でもお送りします。",
            ], player);
    }

    public static string Unavailable(string? locale) => locale == Locales.English
        ? OptOutPages.Page("en", "This voice message is no longer available", [
            "The recording behind this link has been withdrawn. If you would like to hear from us, just reply to our email.",
        ])
        : OptOutPages.Page("ja", "この音声メッセージは再生できなくなりました", [
            "このリンクの録音は公開を終了しました。ご連絡が必要でしたら、メールにご返信ください。",
        ]);

    public static string InvalidLink() => OptOutPages.Page("ja", "リンクが無効です / This link is not valid", [
        "音声メッセージのリンクが正しくないか、途中で切れています。メールのリンクをもう一度開いてください。",
        "The voice message link is incomplete or has been changed. Please open the link from the email again.",
    ]);

    private static string Length(int? seconds, bool english) => seconds is not { } s || s <= 0
        ? string.Empty
        : english
            ? string.Create(CultureInfo.InvariantCulture, $" ({s / 60}:{s % 60:00})")
            : string.Create(CultureInfo.InvariantCulture, $"（約{(s >= 60 ? $"{s / 60}分" : string.Empty)}{s % 60}秒）");
}
