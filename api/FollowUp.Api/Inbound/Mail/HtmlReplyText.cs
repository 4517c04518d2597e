using System.Text;
using MimeKit.Text;

namespace FollowUp.Api.Inbound.Mail;

/// <summary>
/// The reply's text from an HTML-only email: tags out, entities decoded, line breaks where the sender saw
/// them, and the quoted thread left behind. Mail clients wrap what they quote in known containers, which
/// are more reliable to drop here than their rendered "On … wrote:" lines are to recognise later.
/// </summary>
public static class HtmlReplyText
{
    // Gmail, Yahoo, Thunderbird and Proton wrap the quote and its attribution; Outlook quotes in a blockquote only on some paths.
    private static readonly string[] QuoteClasses = ["gmail_quote", "gmail_quote_container", "gmail_extra", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote"];

    // Outlook (web, new and desktop via Exchange) does not wrap the quote: it marks where the reply ends and
    // puts the old message after the marker as siblings, so everything from the marker on is history.
    private static readonly string[] ReplyEndIds = ["appendonsend", "x_appendonsend", "divRplyFwdMsg", "x_divRplyFwdMsg", "stopSpelling"];

    private static readonly string[] ReplyEndClasses = ["OutlookMessageHeader"];

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "head", "style", "script", "title", "blockquote", "template" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "p", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "pre", "section", "article", "header", "footer", "address", "center", "body",
    };

    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        var text = new TextLines();
        string? hiddenTag = null;
        var hiddenDepth = 0;
        var preDepth = 0;
        var paragraphs = new Stack<bool>();

        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                var name = tag.Name;
                if (hiddenTag is not null)
                {
                    if (string.Equals(name, hiddenTag, StringComparison.OrdinalIgnoreCase) && !tag.IsEmptyElement)
                    {
                        hiddenDepth += tag.IsEndTag ? -1 : 1;
                        hiddenTag = hiddenDepth == 0 ? null : hiddenTag;
                    }

                    continue;
                }

                if (!tag.IsEndTag && EndsReply(tag))
                {
                    break;
                }

                if (!tag.IsEndTag && !tag.IsEmptyElement && (Hidden.Contains(name) || HasClass(tag, QuoteClasses)))
                {
                    hiddenTag = name;
                    hiddenDepth = 1;
                    continue;
                }

                if (string.Equals(name, "br", StringComparison.OrdinalIgnoreCase))
                {
                    text.Break();
                }
                else if (string.Equals(name, "td", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "th", StringComparison.OrdinalIgnoreCase))
                {
                    text.Space();
                }
                else if (string.Equals(name, "p", StringComparison.OrdinalIgnoreCase))
                {
                    Paragraph(tag, text, paragraphs);
                }
                else if (Blocks.Contains(name))
                {
                    text.EndLine();
                    if (string.Equals(name, "pre", StringComparison.OrdinalIgnoreCase) && !tag.IsEmptyElement)
                    {
                        preDepth = Math.Max(0, preDepth + (tag.IsEndTag ? -1 : 1));
                    }
                }
            }
            else if (hiddenTag is null && token is HtmlDataToken { Kind: HtmlTokenKind.Data } data)
            {
                text.Append(data.Data, preserveWhitespace: preDepth > 0);
            }
        }

        return text.ToString();
    }

    // Outlook desktop writes every line as <p class=MsoNormal> with no margin; other mailers' paragraphs have one.
    private static void Paragraph(HtmlTagToken tag, TextLines text, Stack<bool> paragraphs)
    {
        text.EndLine();
        if (!tag.IsEndTag)
        {
            paragraphs.Push(!HasClass(tag, ["MsoNormal"]));
        }
        else if (paragraphs.TryPop(out var spaced) && spaced)
        {
            text.BlankLine();
        }
    }

    private static bool EndsReply(HtmlTagToken tag) =>
        tag.Attributes.Any(a => string.Equals(a.Name, "id", StringComparison.OrdinalIgnoreCase)
                                && ReplyEndIds.Contains(a.Value?.Trim(), StringComparer.OrdinalIgnoreCase))
        || HasClass(tag, ReplyEndClasses);

    private static bool HasClass(HtmlTagToken tag, string[] classes) =>
        tag.Attributes
            .Where(a => string.Equals(a.Name, "class", StringComparison.OrdinalIgnoreCase))
            .SelectMany(a => (a.Value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Any(c => classes.Contains(c, StringComparer.OrdinalIgnoreCase));

    /// <summary>Text collected line by line with HTML's whitespace rules: runs collapse, block edges end a line, &lt;br&gt; always does.</summary>
    private sealed class TextLines
    {
        private readonly StringBuilder _done = new();
        private readonly StringBuilder _line = new();
        private bool _lineHasContent;

        public void Append(string data, bool preserveWhitespace)
        {
            if (preserveWhitespace)
            {
                var lines = data.ReplaceLineEndings("\n").Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        Break();
                    }

                    _line.Append(lines[i]);
                    _lineHasContent |= lines[i].Length > 0;
                }

                return;
            }

            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    // Collapsible: at most one space, and none at the start of a line.
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }
                }
                else if (c == '\u00A0')
                {
                    // A non-breaking space is content: Outlook's empty paragraph (&nbsp;) is a blank line.
                    _line.Append(' ');
                    _lineHasContent = true;
                }
                else
                {
                    _line.Append(c);
                    _lineHasContent = true;
                }
            }
        }

        public void Space()
        {
            if (_line.Length > 0 && _line[^1] != ' ')
            {
                _line.Append(' ');
            }
        }

        /// <summary>Ends the current line if it has anything: adjacent block edges make one break, not several.</summary>
        public void EndLine()
        {
            if (_lineHasContent)
            {
                Break();
            }
            else
            {
                _line.Clear();
            }
        }

        public void Break()
        {
            _done.Append(_line.ToString().TrimEnd()).Append('\n');
            _line.Clear();
            _lineHasContent = false;
        }

        public void BlankLine()
        {
            EndLine();
            if (_done.Length > 0 && !EndsWithBlankLine())
            {
                _done.Append('\n');
            }
        }

        public override string ToString()
        {
            EndLine();
            return _done.ToString().Trim('\n', ' ');
        }

        private bool EndsWithBlankLine() => _done.Length >= 2 && _done[^1] == '\n' && _done[^2] == '\n';
    }
}
