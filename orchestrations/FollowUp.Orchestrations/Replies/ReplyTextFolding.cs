using System.Text;

namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Brings a reply and the phrase lists to one form, so a phrase is written once: full-width and
/// half-width forms (「？」 and "?", 「ｶﾀｶﾅ」 and 「カタカナ」), typographic and straight apostrophes
/// ("I’ll" and "I'll"), and runs of spaces all compare equal. Case is ignored when matching instead,
/// so the phrases shown to the owner keep the candidate's own spelling.
/// </summary>
internal static class ReplyTextFolding
{
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var folded = new StringBuilder(normalized.Length);
        var lastWasSpace = false;
        foreach (var c in normalized)
        {
            var mapped = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                '\t' or '\u00A0' or '\u3000' => ' ',
                '\r' => '\n',
                _ => c,
            };

            if (mapped == ' ' && lastWasSpace)
            {
                continue;
            }

            lastWasSpace = mapped == ' ';
            folded.Append(mapped);
        }

        return folded.ToString();
    }
}
