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

    public static string InvalidLink() => Page("ja", "リンクが無効です / This link is not valid", [
        "配信停止のリンクが正しくないか、途中で切れています。メールのリンクをもう一度開くか、そのメールに「配信停止」とご返信ください。",
        "The unsubscribe link is incomplete or has been changed. Please open the link from the email again, or reply to that email with \"unsubscribe\".",
    ]);

    private static string Page(string lang, string title, string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return $$"""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;max-width:36rem;margin:4rem auto;padding:0 1.25rem;line-height:1.7;color:#1f2933}h1{font-size:1.4rem}</style>
            </head>
            <body>
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>
            {{body}}
            </body>
            </html>
            """;
    }
}
