namespace FollowUp.Orchestrations.Operations.OptOut;

/// <summary>What became of an opt-out link; the HTTP surface shows the matching page.</summary>
public abstract record OptOutResult
{
    /// <summary>The token is not one of ours, or was changed on the way.</summary>
    public sealed record InvalidToken : OptOutResult;

    /// <summary>
    /// The candidate receives no more email. <paramref name="Locale"/> is the candidate's language, or
    /// null when nothing is on record any more (an erased interview).
    /// </summary>
    public sealed record OptedOut(string? Locale) : OptOutResult;

    /// <summary>A genuine link, not acted on yet; <paramref name="Locale"/> as for <see cref="OptedOut"/>.</summary>
    public sealed record Valid(string? Locale) : OptOutResult;
}
