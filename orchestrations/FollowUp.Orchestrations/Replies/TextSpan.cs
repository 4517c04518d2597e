namespace FollowUp.Orchestrations.Replies;

/// <summary>Characters [<paramref name="Start"/>, <paramref name="End"/>) of a sentence.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
}
