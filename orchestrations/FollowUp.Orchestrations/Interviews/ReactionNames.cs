namespace FollowUp.Orchestrations.Interviews;

/// <summary>The reactions as interviewers and the HTTP contract spell them.</summary>
public static class ReactionNames
{
    public static IReadOnlyList<string> All { get; } = ["proceed", "considering", "undecided", "declined"];

    public static string Of(Reaction reaction) => All[(int)reaction];

    /// <summary>For a name that passed validation.</summary>
    public static Reaction Parse(string? name) =>
        TryParse(name, out var reaction) ? reaction : throw new FormatException($"'{name}' is not a reaction.");

    /// <summary>Exact spelling only: a report is a record, and "Proceed " is more likely a mistake than a choice.</summary>
    public static bool TryParse(string? name, out Reaction reaction)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], name, StringComparison.Ordinal))
            {
                reaction = (Reaction)i;
                return true;
            }
        }

        reaction = default;
        return false;
    }
}
