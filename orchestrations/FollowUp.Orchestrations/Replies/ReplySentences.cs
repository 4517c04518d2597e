namespace FollowUp.Orchestrations.Replies;

/// <summary>
/// Cuts a reply into the sentences worth reading: quoted lines that survived quote removal are skipped
/// and the signature is dropped, because a title such as "Proceed Ltd." or a company's tagline must not
/// vote. Sentences end at 。 ! ? a line break, or a full stop before a space, which is as far as a rule
/// reader needs: a cue and its negation or contrast sit in one sentence.
/// </summary>
internal static class ReplySentences
{
    public static IReadOnlyList<ReplySentence> Read(string replyText, LexiconMarkers markers)
    {
        var sentences = new List<ReplySentence>();
        foreach (var rawLine in ReplyTextFolding.Fold(replyText).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('>'))
            {
                continue;
            }

            if (StartsSignature(line, markers))
            {
                break;
            }

            Split(line, markers, sentences);
        }

        return sentences;
    }

    private static bool StartsSignature(string line, LexiconMarkers markers)
    {
        if (line.Length >= 2 && line.All(c => "-_=*~━─―—・+#".Contains(c, StringComparison.Ordinal)))
        {
            return true;
        }

        var bare = line.TrimEnd(',', '.', '!', '、', '。', ' ');
        return markers.SignatureLines.Any(s => bare.Equals(s, StringComparison.OrdinalIgnoreCase))
            || markers.SignatureStarts.Any(s => line.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static void Split(string line, LexiconMarkers markers, List<ReplySentence> sentences)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var ends = c is '。' or '!' or '?'
                || (c == '.' && (i + 1 == line.Length || line[i + 1] == ' '));
            if (ends)
            {
                Add(line[start..i], c == '?', markers, sentences);
                start = i + 1;
            }
        }

        Add(line[start..], false, markers, sentences);
    }

    private static void Add(string text, bool questionMark, LexiconMarkers markers, List<ReplySentence> sentences)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            // "Really!?" ends twice; the question belongs to the sentence before the second mark.
            if (questionMark && sentences.Count > 0 && !sentences[^1].IsQuestion)
            {
                sentences[^1] = sentences[^1] with { IsQuestion = true };
            }

            return;
        }

        sentences.Add(new ReplySentence(trimmed, questionMark || EndsAsQuestion(trimmed, markers)));
    }

    // 「〜でしょうか」 asks without a question mark; trailing emoji and 〜 do not change that.
    private static bool EndsAsQuestion(string sentence, LexiconMarkers markers)
    {
        var end = sentence.Length;
        while (end > 0 && !char.IsLetterOrDigit(sentence[end - 1]))
        {
            end--;
        }

        var core = sentence[..end];
        return markers.QuestionEndings.Any(e => core.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
