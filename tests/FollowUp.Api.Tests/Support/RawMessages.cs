using System.Text;
using FollowUp.Api.Tests.Inbound.Mail.Support;

namespace FollowUp.Api.Tests.Support;

/// <summary>Received messages as their bytes (what a mailbox exports and raw-MIME webhooks post), written out by hand.</summary>
public static class RawMessages
{
    public const string Japanese = """
        山根様

        ありがとうございます。ぜひ次の面接に進みたいです。
        来週の火曜日の午後が空いています。

        佐藤
        """;

    /// <summary>A reply as an iPhone writes Japanese: ISO-2022-JP, 7-bit, the subject and name as encoded words, our email quoted below.</summary>
    public static byte[] Iso2022Jp(string to, string messageId, string text = Japanese, params string[] extraHeaders)
    {
        string[] headers =
        [
            "Return-Path: <hanako.sato@example.ne.jp>",
            $"From: {MailEncoding.Word("ISO-2022-JP", "佐藤 花子")} <hanako.sato@example.ne.jp>",
            $"To: {to}",
            $"Subject: Re: {MailEncoding.Word("ISO-2022-JP", "本日はありがとうございました")}",
            "Date: Wed, 25 Nov 2026 19:42:08 +0900",
            $"Message-Id: {messageId}",
            "Mime-Version: 1.0 (1.0)",
            "Content-Type: text/plain; charset=iso-2022-jp",
            "Content-Transfer-Encoding: 7bit",
            "X-Mailer: iPhone Mail (22B91)",
            .. extraHeaders,
        ];
        var body = MailEncoding.Jis($"{text}\n\n> 佐藤 花子 様\n> 本日はありがとうございました。\n");

        // ISO-2022-JP is 7-bit, so the whole message is ASCII on the wire; line ends CRLF, as SMTP delivers them.
        return Encoding.ASCII.GetBytes((string.Join("\n", headers) + "\n\n" + body).ReplaceLineEndings("\r\n"));
    }

    /// <summary>A plain UTF-8 reply in English.</summary>
    public static byte[] Utf8(string to, string messageId, string text = "Yes, I would like to proceed.") =>
        Encoding.UTF8.GetBytes($"""
            From: Emily Clarke <emily.clarke@example.com>
            To: {to}
            Subject: Re: Thank you for today
            Date: Wed, 25 Nov 2026 11:14:52 +0000
            Message-ID: {messageId}
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            {text}

            > Dear Emily Clarke,
            """.ReplaceLineEndings("\r\n"));

    public static string NewMessageId() => $"<{Guid.NewGuid():N}@mail.example.com>";
}
