using System.Net;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Api.Pages;

/// <summary>
/// The pages a candidate sees after clicking the opt-out link: in their language when we know it,
/// in both when we do not. Plain HTML with inline style, no script, nothing loaded from elsewhere.
/// </summary>
public static class OptOutPages
{
    public static string Done(string? locale) => locale switch
    {
        Locales.Japanese => Page("ja", "配信を停止しました", [
            "今後、私たちからフォローアップのメールをお送りすることはありません。",
            "面談にお時間をいただき、ありがとうございました。またご縁がありましたら、いつでもお気軽にご連絡ください。",
        ]),
        Locales.English => Page("en", "You have been unsubscribed", [
            "We will not send you any more follow-up emails.",
            "Thank you for taking the time to meet us. If you would like to talk again some day, just reply to one of our emails.",
        ]),
        _ => Page("ja", "配信を停止しました / You have been unsubscribed", [
            "今後、私たちからフォローアップのメールをお送りすることはありません。",
            "We will not send you any more follow-up emails.",
        ]),
    };

    /// <summary>The page behind the link in an email: it says what the button does and changes nothing by itself.</summary>
    public static string Confirm(string? locale, string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var action = "?token=" + Uri.EscapeDataString(token);
        return locale switch
        {
            Locales.English => Form("en", "Stop follow-up emails?", [
                "If you would rather not hear from us again about this conversation, press the button below. You can still write to us whenever you like.",
            ], action, "Unsubscribe"),
            _ => Form("ja", "配信停止の確認", [
                "今後、この面談に関するフォローアップのメールを受け取らない場合は、下のボタンを押してください。もちろん、いつでもお気軽にご連絡いただけます。",
            ], action, "配信を停止する"),
        };
    }

    public static string InvalidLink() => Page("ja", "リンクが無効です / This link is not valid", [
        "配信停止のリンクが正しくないか、途中で切れています。メールのリンクをもう一度開くか、そのメールに「配信停止」とご返信ください。",
        "The unsubscribe link is incomplete or has been changed. Please open the link from the email again, or reply to that email with \"unsubscribe\".",
    ]);

    private static string Form(string lang, string title, string[] paragraphs, string action, string button) =>
        Page(lang, title, paragraphs, $"""
            <form method="post" action="{WebUtility.HtmlEncode(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="font-size:1rem;padding:.6rem 1.4rem">{WebUtility.HtmlEncode(button)}</button></form>
            """);

    /// <summary>The plain candidate-facing page these and the listening page share; <paramref name="after"/> is trusted HTML.</summary>
    internal static string Page(string lang, string title, string[] paragraphs, string? after = null)
    {
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return CandidatePage.Html(lang, title, "body{font-family:system-ui,-apple-system,\"Hiragino Sans\",\"Noto Sans JP\",sans-serif;max-width:36rem;margin:4rem auto;padding:0 1.25rem;line-height:1.7;color:#1f2933}h1{font-size:1.4rem}", body + after);
    }
}
