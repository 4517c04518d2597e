namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Finds a phrase in a sentence by plain ordinal search (no regular expressions, so no backtracking on
/// a long or hostile reply). A phrase that starts or ends with a Latin letter or digit must sit on a
/// word boundary there, so "proceed" is not found in "Proceedly" nor "yes" in "eyes"; Japanese has no
/// spaces between words, so its phrases match anywhere.
/// </summary>
internal static class PhraseSearch
{
    public static IEnumerable<TextSpan> FindAll(string text, string phrase)
    {
        var from = 0;
        while (from <= text.Length - phrase.Length)
        {
            var start = text.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                yield break;
            }

            var end = start + phrase.Length;
            if (OnBoundary(text, start, end, phrase))
            {
                yield return new TextSpan(start, end);
            }

            from = start + 1;
        }
    }

    private static bool OnBoundary(string text, int start, int end, string phrase)
    {
        if (IsWordChar(phrase[0]) && start > 0 && IsWordChar(text[start - 1]))
        {
            return false;
        }

        return !IsWordChar(phrase[^1]) || end >= text.Length || !IsWordChar(text[end]);
    }

    // The apostrophe belongs to the word, so "don't" is not found in "don't've" and "i'll" not in "i'lll".
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '\'';
}
