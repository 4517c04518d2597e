using System.Buffers.Text;
using System.Text;

namespace FollowUp.Orchestrations.Cases;

/// <summary>
/// What a client holds between pages: the store's own position, wrapped so it reads as one opaque
/// string and a token that was not ours is told apart (a 400) before it reaches a store.
/// </summary>
public static class ContinuationTokens
{
    private const string Mark = "fu1:";

    public static string? Wrap(string? position) =>
        position is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Mark + position));

    /// <summary>The store's position inside <paramref name="token"/>; false when it is not a token of ours.</summary>
    public static bool TryUnwrap(string token, out string position)
    {
        position = string.Empty;
        if (string.IsNullOrEmpty(token) || token.Length > 2048 || !Base64Url.IsValid(token))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(token));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!text.StartsWith(Mark, StringComparison.Ordinal) || text.Length == Mark.Length)
        {
            return false;
        }

        position = text[Mark.Length..];
        return true;
    }
}
