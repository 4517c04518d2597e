using System.Net;

namespace FollowUp.Api.Pages;

/// <summary>The frame of every page a candidate opens from an email: no script, nothing loaded from elsewhere, not indexed.</summary>
internal static class CandidatePage
{
    public const string Fonts = "system-ui,-apple-system,\"Hiragino Sans\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans JP\",\"Noto Sans CJK JP\",\"Yu Gothic\",\"Meiryo\",sans-serif";

    public static string Html(string lang, string title, string style, string body) => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>{{style}}</style>
        </head>
        <body>
        <h1>{{WebUtility.HtmlEncode(title)}}</h1>
        {{body}}
        </body>
        </html>
        """;
}
