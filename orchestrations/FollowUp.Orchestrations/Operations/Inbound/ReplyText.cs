using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FollowUp.Orchestrations.Operations.Inbound;

/// <summary>
/// The candidate's own words from a reply: quoted lines and everything from the quoted message's
/// header down are removed, so the owner reads the answer rather than our own email back.
/// </summary>
public static partial class ReplyText
{
    public static string Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var kept = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (StartsQuotedMessage(lines, i))
            {
                break;
            }

            var line = lines[i];
            if (line.TrimStart().StartsWith('>') || line.TrimStart().StartsWith('＞'))
            {
                continue;
            }

            kept.Append(line.TrimEnd()).Append('\n');
        }

        return Cap(kept.ToString().Trim());
    }

    private static bool StartsQuotedMessage(string[] lines, int index)
    {
        var line = lines[index].Trim();
        if (line.Length == 0)
        {
            return false;
        }

        var next = index + 1 < lines.Length ? lines[index + 1].Trim() : string.Empty;
        if (OriginalMessageSeparator().IsMatch(line) || OutlookRule().IsMatch(line))
        {
            return true;
        }

        // Attribution lines are often wrapped: "On Wed, 25 Nov 2026 at 15:00, Yamane <" / "yamane@example.co.jp> wrote:".
        if (line.StartsWith("On ", StringComparison.Ordinal) && (EndsWithWrote().IsMatch(line) || EndsWithWrote().IsMatch(next)))
        {
            return true;
        }

        if (JapaneseAttribution().IsMatch(line))
        {
            return true;
        }

        // Gmail in Japanese: "2026年11月25日(水) 15:00 山根 健 <yamane@example.co.jp>:". The address keeps a
        // candidate's own "2026年12月1日:" from counting as one.
        if (JapaneseDateStart().IsMatch(line)
            && ((EndsWithColon().IsMatch(line) && line.Contains('@', StringComparison.Ordinal))
                || (EndsWithColon().IsMatch(next) && (line + next).Contains('@', StringComparison.Ordinal))))
        {
            return true;
        }

        // Outlook quotes without markers: a From:/差出人: line followed by Sent:/Date:/送信日時: starts the old message.
        return HeaderBlockStart().IsMatch(line) && lines.Skip(index + 1).Take(3).Any(l => HeaderBlockNext().IsMatch(l.Trim()));
    }

    private static string Cap(string text)
    {
        if (text.Length <= InboundEmailLimits.MaxReplyTextLength)
        {
            return text;
        }

        // Cut on a text-element boundary so a surrogate pair or a combined character is never split.
        var elements = StringInfo.ParseCombiningCharacters(text);
        var cut = elements.LastOrDefault(start => start <= InboundEmailLimits.MaxReplyTextLength - 1);
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Forwarded message|元のメッセージ|転送されたメッセージ)\s*-{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessageSeparator();

    [GeneratedRegex(@"^_{20,}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutlookRule();

    [GeneratedRegex(@"wrote:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithWrote();

    [GeneratedRegex(@"(のメッセージ|が書きました|は書きました|さんは書きました)\s*[:：]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseAttribution();

    [GeneratedRegex(@"^\d{4}\s*[年/\-]\s*\d{1,2}\s*[月/\-]\s*\d{1,2}\s*日?", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseDateStart();

    [GeneratedRegex(@"[:：]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithColon();

    [GeneratedRegex(@"^(From|差出人|送信者)\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderBlockStart();

    [GeneratedRegex(@"^(Sent|Date|送信日時|日付|日時)\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderBlockNext();
}
