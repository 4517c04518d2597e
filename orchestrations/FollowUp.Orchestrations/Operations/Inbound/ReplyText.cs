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
    /// <summary>How far below a ruled line contact details may be for the rule to open a signature.</summary>
    private const int SignatureLookahead = 10;

    public static string Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var kept = new StringBuilder();
        var previousBlank = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var attribution = AttributionLength(lines, i);
            if (attribution > 0)
            {
                if (!AnsweredBetweenQuotes(lines, i + attribution))
                {
                    break;
                }

                // Interleaved answers below: the attribution line goes, the answers stay.
                i += attribution - 1;
                continue;
            }

            if (StartsQuotedMessage(lines, i) || StartsSignature(lines, i))
            {
                break;
            }

            var line = lines[i];
            if (IsQuoted(line))
            {
                continue;
            }

            // Removed quotes leave runs of blank lines behind; one is enough to show a paragraph.
            var blank = line.Trim().Length == 0;
            if (blank && previousBlank)
            {
                continue;
            }

            previousBlank = blank;
            kept.Append(line.TrimEnd()).Append('\n');
        }

        return Cap(kept.ToString().Trim());
    }

    private static bool IsQuoted(string line) => line.TrimStart().StartsWith('>') || line.TrimStart().StartsWith('＞');

    /// <summary>
    /// The signature is the sender's letterhead, not their answer. Only unmistakable starts count: the
    /// RFC 3676 "-- " line, a phone's "Sent from" footer, and the ruled block Japanese mail signatures
    /// use — the latter only when contact details follow, so a candidate's own ruled list of dates stays.
    /// </summary>
    private static bool StartsSignature(string[] lines, int index)
    {
        var line = lines[index];
        if (line.TrimEnd() == "--" || MobileFooter().IsMatch(line.Trim()))
        {
            return true;
        }

        return RuledLine().IsMatch(line.Trim())
            && lines.Skip(index + 1).Take(SignatureLookahead).Any(l => ContactDetail().IsMatch(l));
    }

    /// <summary>How many lines the "On … wrote:" or 「…のメッセージ:」 line at <paramref name="index"/> spans (0: it is none).</summary>
    private static int AttributionLength(string[] lines, int index)
    {
        var line = lines[index].Trim();
        if (line.Length == 0)
        {
            return 0;
        }

        var next = index + 1 < lines.Length ? lines[index + 1].Trim() : string.Empty;

        // Attribution lines are often wrapped: "On Wed, 25 Nov 2026 at 15:00, Yamane <" / "yamane@example.co.jp> wrote:".
        if (line.StartsWith("On ", StringComparison.Ordinal))
        {
            return EndsWithWrote().IsMatch(line) ? 1 : EndsWithWrote().IsMatch(next) ? 2 : 0;
        }

        if (JapaneseAttribution().IsMatch(line))
        {
            return 1;
        }

        // Gmail in Japanese: "2026年11月25日(水) 15:00 山根 健 <yamane@example.co.jp>:". The address keeps a
        // candidate's own "2026年12月1日:" from counting as one.
        if (!JapaneseDateStart().IsMatch(line))
        {
            return 0;
        }

        if (EndsWithColon().IsMatch(line) && line.Contains('@', StringComparison.Ordinal))
        {
            return 1;
        }

        return EndsWithColon().IsMatch(next) && (line + next).Contains('@', StringComparison.Ordinal) ? 2 : 0;
    }

    /// <summary>
    /// Whether the text below an attribution answers between the quoted lines (bottom-posting, as Mutt and
    /// Thunderbird users write), rather than being the quoted thread alone: the first line below is quoted,
    /// and a line of the sender's own follows before any signature.
    /// </summary>
    private static bool AnsweredBetweenQuotes(string[] lines, int start)
    {
        var first = lines.Skip(start).FirstOrDefault(l => l.Trim().Length > 0);
        if (first is null || !IsQuoted(first))
        {
            return false;
        }

        for (var i = start; i < lines.Length; i++)
        {
            if (StartsSignature(lines, i) || StartsQuotedMessage(lines, i) || AttributionLength(lines, i) > 0)
            {
                return false;
            }

            if (lines[i].Trim().Length > 0 && !IsQuoted(lines[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A separator or an Outlook header block: the old message follows, unquoted, to the end.</summary>
    private static bool StartsQuotedMessage(string[] lines, int index)
    {
        var line = lines[index].Trim();
        if (line.Length == 0)
        {
            return false;
        }

        if (OriginalMessageSeparator().IsMatch(line) || OutlookRule().IsMatch(line))
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

    [GeneratedRegex(@"^(Sent from my (iPhone|iPad|Android.*)|(iPhone|iPad)から送信|Get Outlook for (iOS|Android)|(iOS|Android) ?版 ?Outlook ?を入手)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobileFooter();

    // Japanese signatures are framed by rules of ー ━ ─ ＝ = - _ * ~, full-width or not, alone or mixed (=-=-=-).
    [GeneratedRegex(@"^[ー━─＝=\-－_＿*＊~〜～+＋・]{6,}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuledLine();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|\b(TEL|Tel|Phone|Mobile|FAX|Fax)\s*[:：.]|電話|携帯|〒", RegexOptions.CultureInvariant)]
    private static partial Regex ContactDetail();
}
